// The Node.js peer: the smallest ask-sdk-core skill (one handler), and the same skill on
// Express with ask-sdk-express-adapter, signature and timestamp checks on. The benchmark
// runs it beside the Python skill (bench/__main__.py).
'use strict';
const fs = require('fs');
const path = require('path');
const Alexa = require('ask-sdk-core');

const NextQuestion = {
  canHandle: () => true,
  handle: (input) => input.responseBuilder.speak('Next question?').reprompt('Next question?').getResponse(),
};

function buildSkill() {
  return Alexa.SkillBuilders.custom().addRequestHandlers(NextQuestion).create();
}

// The bench signs requests with a CA it makes on the spot, so the adapter must trust it.
// Patched in this harness only, and only these two things: where the adapter gets the
// certificate chain (from LOCAL_CA_DIR instead of s3.amazonaws.com) and the CA store it
// verifies the chain against (the local root instead of Node's root certificates).
// Everything else, the URL rules, the chain check, the RSA check and the timestamp check,
// runs as shipped.
function trustLocalCa(folder) {
  const chain = fs.readFileSync(path.join(folder, 'chain.pem'), 'utf8');
  const root = fs.readFileSync(path.join(folder, 'root.pem'), 'utf8');
  const verifier = require('ask-sdk-express-adapter/dist/verifier');
  verifier.SkillRequestSignatureVerifier.prototype._getCertChainByUrl = () => Promise.resolve(chain);
  const helper = require('ask-sdk-express-adapter/dist/verifier/helper');
  const generateCAStore = helper.generateCAStore;
  helper.generateCAStore = () => generateCAStore([root]);
}

function buildApp() {
  const express = require('express');
  const { ExpressAdapter } = require('ask-sdk-express-adapter');
  if (process.env.LOCAL_CA_DIR) trustLocalCa(process.env.LOCAL_CA_DIR);
  const app = express();
  const adapter = new ExpressAdapter(buildSkill(), true, true);
  app.post('/alexa', adapter.getRequestHandlers());
  app.get('/healthz', (req, res) => res.json({ status: 'ok' }));
  return app;
}

module.exports = { buildSkill, buildApp };
