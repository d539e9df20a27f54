// Validates APL documents with Amazon's apl-suggester (pinned in package.json) and prints
// one JSON object: { "file": [findings...] }. An empty list is a document with no findings.
// usage: node validate.js DOCUMENT.json...
'use strict';
const fs = require('fs');
const { StaticAplTemplateValidator } = require('apl-suggester');

async function main() {
  const validator = new StaticAplTemplateValidator();
  const found = {};
  for (const file of process.argv.slice(2)) {
    found[file] = await validator.validate(JSON.parse(fs.readFileSync(file, 'utf8')));
  }
  process.stdout.write(JSON.stringify(found));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exit(1);
});
