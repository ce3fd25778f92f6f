// After a build: the compiled commands whose source is gone are removed from dist/commands.
// commands/index.ts registers every file of its folder, and tsc never deletes what it emitted
// before, so a command deleted or renamed in commands/ would otherwise live on in `npm start`.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const built = join(root, 'dist', 'commands');
if (existsSync(built)) {
  for (const f of readdirSync(built)) {
    const m = /^(.+)\.js(\.map)?$/.exec(f);
    if (m && !existsSync(join(root, 'commands', `${m[1]}.ts`))) {
      rmSync(join(built, f));
      if (!m[2]) process.stdout.write(`removed dist/commands/${f}: its source is gone\n`);
    }
  }
}
