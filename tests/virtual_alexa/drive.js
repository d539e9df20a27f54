// Drives the running skill over HTTP with virtual-alexa (an independent Alexa client),
// resolving each utterance from a locale's interaction model, and prints every turn as JSON.
// An age is typed as digits ("45", "I'm 45"): virtual-alexa resolves an AMAZON.NUMBER slot only from
// digits or the words one to twenty, and sends a word as it was said ("twelve"), where Alexa sends "12".
// usage: node drive.js SKILL_URL MODEL_FILE LOCALE UTTERANCE...
//
// virtual-alexa knows English only: it opens a skill on "open …" (or ask, launch, talk to, tell) and
// resolves the built-in intents (AMAZON.YesIntent…) from English phrases. For another language, the
// environment variable DRIVE_LANGUAGE holds, as JSON, what Alexa understands in it:
//   {"launch": ["abre", …], "builtIns": {"AMAZON.YesIntent": ["sí", …], …}}
// An utterance "<launch verb> <invocation name>" then opens the skill (a LaunchRequest), and each
// built-in intent in the model also takes those phrases as its samples.
const va = require("virtual-alexa");
const fs = require("fs");

function withBuiltIns(model, builtIns) {
  for (const intent of model.interactionModel.languageModel.intents) {
    const phrases = builtIns[intent.name];
    if (phrases) intent.samples = [...(intent.samples || []), ...phrases];
  }
  return model;
}

function launches(utterance, verbs, invocationName) {
  const said = utterance.trim().toLowerCase();
  return verbs.some((verb) => said === `${verb.toLowerCase()} ${invocationName.toLowerCase()}`);
}

async function main() {
  const [url, modelFile, locale, ...utterances] = process.argv.slice(2);
  const language = process.env.DRIVE_LANGUAGE ? JSON.parse(process.env.DRIVE_LANGUAGE) : null;
  const builder = va.VirtualAlexa.Builder().skillURL(url).locale(locale);
  let invocationName = null;
  if (language) {
    const model = withBuiltIns(JSON.parse(fs.readFileSync(modelFile, "utf8")), language.builtIns || {});
    invocationName = model.interactionModel.languageModel.invocationName;
    builder.interactionModel(model);
  } else {
    builder.interactionModelFile(modelFile);
  }
  const alexa = builder.create();
  const turns = [];
  for (const utterance of utterances) {
    const opens = language && launches(utterance, language.launch || [], invocationName);
    const reply = opens ? await alexa.launch() : await alexa.utter(utterance);
    turns.push({ utterance, reply });
    if (reply.response && reply.response.shouldEndSession) break;
  }
  process.stdout.write(JSON.stringify(turns));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exit(1);
});
