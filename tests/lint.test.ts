// The lint rule that keeps src/core/ pure (eslint.config.js): a core file may import core files,
// and nothing from elsewhere in the project or from node:.
import { ESLint } from 'eslint';
import { expect, it } from 'vitest';

const eslint = new ESLint();
async function problems(code: string, filePath: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath });
  return r!.messages.filter((m) => m.ruleId === 'liquidity/core-boundary').map((m) => m.message);
}

it('refuses an import from outside src/core/ in a core file, and node: built-ins', async () => {
  expect(await problems("import { createHttpClient } from '../sources/http.js';\nexport const x = createHttpClient;\n", 'src/core/example.ts')).toHaveLength(1);
  expect(await problems("import type { App } from '../../app.js';\nexport type X = App;\n", 'src/core/messages/example.ts')).toHaveLength(1);
  expect(await problems("export * from '../../commands/index.js';\n", 'src/core/example.ts')).toHaveLength(1);
  expect(await problems("import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'src/core/example.ts')).toHaveLength(1);
});

it('allows core-to-core imports, and anything outside core', async () => {
  expect(await problems("import type { IsoDate } from '../types.js';\nexport type D = IsoDate;\n", 'src/core/messages/example.ts')).toEqual([]);
  expect(await problems("import { addDays } from './dates.js';\nexport const a = addDays;\n", 'src/core/example.ts')).toEqual([]);
  expect(await problems("import { createHttpClient } from '../sources/http.js';\nexport const x = createHttpClient;\n", 'src/http/example.ts')).toEqual([]);
});
