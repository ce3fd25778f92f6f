// `npm start` with no platform token: an interactive prompt. Type /sofr range:1y, /help, or quit.
import { createInterface } from 'node:readline';
import type { App } from '../../app.js';
import type { Config } from '../../config.js';
import { terminalLocale } from '../../core/locale.js';
import { messagesFor } from '../../core/messages/index.js';
import { OutputError, saveAnswer } from './output.js';
import { answerText } from './render.js';

export async function runPrompt(app: App, config: Config, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout, locale: string = terminalLocale(process.argv.slice(2), process.env)): Promise<void> {
  const msg = messagesFor(locale);
  const rl = createInterface({ input, output, prompt: 'liquidity> ', terminal: (input as { isTTY?: boolean }).isTTY === true });
  const say = (s: string) => output.write(`${s}\n`);
  // The input can end while an answer is being computed (a pipe, Ctrl-D): since Node 24 a closed
  // readline throws on prompt(), so prompt only while it is open.
  let closed = false;
  rl.once('close', () => (closed = true));
  say(msg.cli.promptWelcome(config.DATA_MODE));
  rl.prompt();
  for await (const line of rl) {
    const q = line.trim();
    if (q === 'quit' || q === 'exit' || q === '/quit') break;
    if (q) {
      const r = await app.service.askText(q, locale);
      if (r.ok) {
        try {
          const paths = saveAnswer(r.answer, q, { outDir: config.OUT_DIR, theme: config.CHART_THEME, commands: app.service.commands });
          say(answerText(r.answer, paths.chart, msg));
        } catch (e) {
          // A folder we cannot write is configuration: say so in one sentence and keep the prompt open.
          if (!(e instanceof OutputError)) throw e;
          say(msg.cli.cannotWrite(e.dir));
        }
      } else say(r.error);
      say('');
    }
    if (!closed) rl.prompt();
  }
  rl.close();
}
