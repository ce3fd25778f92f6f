// `npm run ask -- "/sofr range:1y" [--json]`: answers one question and exits.
// Exit codes: 0 answered, 1 refused (the user's input), 2 failed (our side or configuration).
import { createApp } from '../../app.js';
import { ConfigError, loadConfig } from '../../config.js';
import { asOfStamp } from './stamp.js';
import { answerJson, answerText } from './render.js';
import { writeOutputs } from './output.js';

export async function askOnce(argv: string[], out: (s: string) => void = (s) => process.stdout.write(`${s}\n`)): Promise<number> {
  const json = argv.includes('--json');
  const question = argv.filter((a) => a !== '--json').join(' ').trim();
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    const error = e instanceof ConfigError ? e.message : String(e);
    out(json ? JSON.stringify({ error }) : error);
    return 2;
  }
  if (!question) {
    const error = 'Ask a question, e.g. npm run ask -- "/sofr range:1y".';
    out(json ? JSON.stringify({ error }) : error);
    return 1;
  }
  const app = createApp(config);
  try {
    const r = await app.service.askText(question);
    if (!r.ok) {
      out(json ? JSON.stringify({ error: r.error }) : r.error);
      return r.kind === 'user' ? 1 : 2;
    }
    const paths = writeOutputs(r.answer, config.OUT_DIR, asOfStamp(r.answer));
    out(json ? JSON.stringify(answerJson(r.answer, paths.chart, paths.files), null, 2) : answerText(r.answer, paths.chart));
    return 0;
  } finally {
    app.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  askOnce(process.argv.slice(2)).then((code) => process.exit(code));
}
