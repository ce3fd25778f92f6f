// `npm start` with no platform token: an interactive prompt. Type /sofr range:1y, /help, or quit.
import { createInterface } from 'node:readline';
import type { App } from '../../app.js';
import type { Config } from '../../config.js';
import { writeOutputs } from './output.js';
import { answerText } from './render.js';
import { asOfStamp } from './stamp.js';

export async function runPrompt(app: App, config: Config, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<void> {
  const rl = createInterface({ input, output, prompt: 'liquidity> ', terminal: (input as { isTTY?: boolean }).isTTY === true });
  const say = (s: string) => output.write(`${s}\n`);
  say(`US dollar liquidity desk (${config.DATA_MODE} data). Type /help for the commands, quit to leave.`);
  rl.prompt();
  for await (const line of rl) {
    const q = line.trim();
    if (q === 'quit' || q === 'exit' || q === '/quit') break;
    if (q) {
      const r = await app.service.askText(q);
      if (r.ok) {
        const paths = writeOutputs(r.answer, config.OUT_DIR, asOfStamp(r.answer));
        say(answerText(r.answer, paths.chart));
      } else say(r.error);
      say('');
    }
    rl.prompt();
  }
  rl.close();
}
