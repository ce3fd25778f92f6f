// `npm run ask -- "/sofr range:1y" [--json]`: answers one question and exits.
// Exit codes: 0 answered, 1 refused (the user's input), 2 failed (our side or configuration).
import { createApp } from '../../app.js';
import { ConfigError, loadConfig } from '../../config.js';
import { terminalLocale } from '../../core/locale.js';
import { messagesFor } from '../../core/messages/index.js';
import { answerJson, answerText } from './render.js';
import { OutputError, saveAnswer } from './output.js';

export async function askOnce(argv: string[], out: (s: string) => void = (s) => process.stdout.write(`${s}\n`)): Promise<number> {
  const locale = terminalLocale(argv, process.env);
  const msg = messagesFor(locale);
  const json = argv.includes('--json');
  // --lang X / --lang=X chooses the language (src/core/locale.ts); it is not part of the question.
  const question = argv.filter((a, i) => a !== '--json' && a !== '--lang' && argv[i - 1] !== '--lang' && !a.startsWith('--lang=')).join(' ').trim();
  const fail = (error: string, code: number) => {
    out(json ? JSON.stringify({ error }) : error);
    return code;
  };
  let config;
  try {
    // One question from a terminal: the per-command log line is for operators of a running bot, so
    // the one-shot CLI logs warnings and errors only unless LOG_LEVEL says otherwise.
    config = loadConfig({ LOG_LEVEL: 'warn', ...process.env });
  } catch (e) {
    return fail(e instanceof ConfigError ? e.message : String(e), 2);
  }
  if (!question) return fail(msg.cli.askUsage, 1);
  const app = createApp(config);
  try {
    const r = await app.service.askText(question, locale);
    if (!r.ok) return fail(r.error, r.kind === 'user' ? 1 : 2);
    let paths;
    try {
      paths = saveAnswer(r.answer, question, { outDir: config.OUT_DIR, theme: config.CHART_THEME, commands: app.service.commands });
    } catch (e) {
      // OUT_DIR is ours to get right (configuration): one sentence, exit 2, never a stack trace.
      if (e instanceof OutputError) return fail(msg.cli.cannotWrite(e.dir), 2);
      throw e;
    }
    out(json ? JSON.stringify(answerJson(r.answer, paths.chart, paths.files), null, 2) : answerText(r.answer, paths.chart, msg));
    return 0;
  } finally {
    app.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  askOnce(process.argv.slice(2)).then((code) => process.exit(code));
}
