// In-process timings of the peer, as a Lambda function would run it (event object in,
// response object out), printed as JSON:
//   node inproc.js first ENVELOPE.json        the first turn after the import, in ms
//   node inproc.js warm ENVELOPE.json ROUNDS  the median and p99 of warm turns, in us
//   node inproc.js cold LAUNCH.json ANSWER.json  import, a launch, then its first answer, in ms
'use strict';
const started = process.hrtime.bigint();
const fs = require('fs');

const [mode, file, rounds] = process.argv.slice(2);
const envelope = JSON.parse(fs.readFileSync(file, 'utf8'));
const { buildSkill } = require('./skill');
const skill = buildSkill();
const imported = process.hrtime.bigint();

async function turn() {
  const event = JSON.parse(JSON.stringify(envelope)); // a fresh event, as Lambda hands over (not timed)
  const started = process.hrtime.bigint();
  const response = await skill.invoke(event);
  const took = Number(process.hrtime.bigint() - started);
  if (!response.response || !response.response.outputSpeech) throw new Error('no speech');
  return took;
}

async function cold() {
  const answer = JSON.parse(fs.readFileSync(rounds, 'utf8'));
  const beforeLaunch = process.hrtime.bigint();
  const launched = await skill.invoke(envelope);
  answer.session.attributes = launched.sessionAttributes || {}; // as Alexa sends them back
  const beforeAnswer = process.hrtime.bigint();
  const answered = await skill.invoke(answer);
  const done = process.hrtime.bigint();
  if (!answered.response || !answered.response.outputSpeech) throw new Error('no speech');
  const ms = (from, to) => Number(to - from) / 1e6;
  process.stdout.write(
    JSON.stringify({
      import_ms: ms(started, imported),
      launch_ms: ms(beforeLaunch, beforeAnswer),
      answer_ms: ms(beforeAnswer, done),
    }),
  );
}

async function main() {
  if (mode === 'cold') {
    await cold();
    return;
  }
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
