// Lint (npm test runs it): eslint with typescript-eslint's recommended rules, without type
// information (fast on a small machine), and one rule of our own: src/core/ imports nothing from
// outside src/core/ (design.md: the pure core; no I/O, no platform types). Formatting is not
// linted: the codebase is not reformatted.
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const CORE = path.resolve(import.meta.dirname, 'src/core');
/** Known debt, allowed by name until it moves into core: the chart spec type that commands return. */
const CORE_MAY_IMPORT = new Set([path.resolve(import.meta.dirname, 'src/charts/spec.ts')]);

/** Resolves a relative import written with .js (TypeScript's NodeNext style) to its .ts file. */
const resolved = (from, spec) => path.resolve(path.dirname(from), spec).replace(/\.js$/, '.ts');

const coreBoundary = {
  meta: { type: 'problem', messages: { outside: "src/core/ is pure: '{{spec}}' is outside it (design.md). Move the code into core or pass it in." } },
  create(context) {
    const file = context.filename;
    if (!file.startsWith(CORE + path.sep)) return {};
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string') return;
      // Packages (zod-like pure libraries) are judged in review; relative paths must stay inside.
      if (!spec.startsWith('.')) {
        if (spec.startsWith('node:')) context.report({ node, messageId: 'outside', data: { spec } });
        return;
      }
      const target = resolved(file, spec);
      if (!target.startsWith(CORE + path.sep) && !CORE_MAY_IMPORT.has(target)) context.report({ node, messageId: 'outside', data: { spec } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.tools/', 'out/', 'var/', 'bench/results/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', Buffer: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', fetch: 'readonly', AbortSignal: 'readonly', performance: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly' } },
    plugins: { liquidity: { rules: { 'core-boundary': coreBoundary } } },
    rules: {
      'liquidity/core-boundary': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true, caughtErrors: 'none' }],
      // The /ask router marks consumed words with \u0000 on purpose.
      'no-control-regex': 'off',
    },
  },
);
