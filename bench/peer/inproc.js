// In-process timings of the peer, as a Lambda function would run it (event object in,
// response object out), printed as JSON:
//   node inproc.js first ENVELOPE.json        the first turn after the import, in ms
//   node inproc.js warm ENVELOPE.json ROUNDS  the median and p99 of warm turns, in us
'use strict';
const fs = require('fs');

const [mode, file, rounds] = process.argv.slice(2);
const envelope = JSON.parse(fs.readFileSync(file, 'utf8'));
const { buildSkill } = require('./skill');
const skill = buildSkill();

async function turn() {
  const event = JSON.parse(JSON.stringify(envelope)); // a fresh event, as Lambda hands over (not timed)
  const started = process.hrtime.bigint();
  const response = await skill.invoke(event);
  const took = Number(process.hrtime.bigint() - started);
  if (!response.response || !response.response.outputSpeech) throw new Error('no speech');
  return took;
}

async function main() {
  if (mode === 'first') {
    const took = await turn();
    process.stdout.write(JSON.stringify({ first_turn_ms: took / 1e6 }));
    return;
  }
  const n = Number(rounds || 2000);
  for (let i = 0; i < Math.min(500, n); i += 1) await turn();
  const samples = [];
  for (let i = 0; i < n; i += 1) samples.push(await turn());
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] / 1e3;
  process.stdout.write(JSON.stringify({ median_us: at(0.5), p99_us: at(0.99) }));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exit(1);
});
