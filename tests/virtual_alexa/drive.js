// Drives the running skill over HTTP with virtual-alexa (an independent Alexa client),
// resolving each utterance from a locale's interaction model, and prints every turn as JSON.
// An age is typed as digits ("45", "I'm 45"): virtual-alexa resolves an AMAZON.NUMBER slot only from
// digits or the words one to twenty, and sends a word as it was said ("twelve"), where Alexa sends "12".
// usage: node drive.js SKILL_URL MODEL_FILE LOCALE UTTERANCE...
const va = require("virtual-alexa");

async function main() {
  const [url, modelFile, locale, ...utterances] = process.argv.slice(2);
  const alexa = va.VirtualAlexa.Builder()
    .skillURL(url)
    .interactionModelFile(modelFile)
    .locale(locale)
    .create();
  const turns = [];
  for (const utterance of utterances) {
    const reply = await alexa.utter(utterance);
    turns.push({ utterance, reply });
    if (reply.response && reply.response.shouldEndSession) break;
  }
  process.stdout.write(JSON.stringify(turns));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exit(1);
});
