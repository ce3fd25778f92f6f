// The image's promises that can be read from its files (Docker does not run here; the steps are
// rehearsed by scripts/image-rehearsal.sh from .ci/run): a pinned Node 24 slim base, a build stage
// with dev dependencies and a runtime with production ones only, a non-root user, tini as PID 1,
// /data as the volume, a HEALTHCHECK that needs no curl, no secret in any layer.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { SECRET_KEYS } from '../../src/config.js';

const dockerfile = readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8');
const dockerignore = readFileSync(new URL('../../.dockerignore', import.meta.url), 'utf8').split('\n');
const compose = readFileSync(new URL('../../compose.yaml', import.meta.url), 'utf8');
const nodeVersion = readFileSync(new URL('../../.node-version', import.meta.url), 'utf8').trim();

it('pins the Node 24 slim base to the version the project runs (.node-version)', () => {
  expect(dockerfile).toContain(`ARG NODE_VERSION=${nodeVersion}`);
  expect(nodeVersion).toMatch(/^24\.\d+\.\d+$/);
  expect(dockerfile.match(/^FROM .*$/gm)).toEqual(['FROM node:${NODE_VERSION}-slim AS build', 'FROM node:${NODE_VERSION}-slim AS deps', 'FROM node:${NODE_VERSION}-slim']);
});

it('runs production dependencies only, as a non-root user, under tini, with /data as the volume', () => {
  expect(dockerfile).toMatch(/npm ci --omit=dev/);
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
  expect(runtime).toMatch(/^USER node$/m);
  expect(runtime).toContain('ENTRYPOINT ["/usr/bin/tini", "--"]');
  expect(runtime).toContain('CMD ["node", "dist/src/main.js"]');
  expect(runtime).toContain('VOLUME ["/data"]');
  expect(runtime).toContain('DB_PATH=/data/liquidity.sqlite');
  expect(runtime).toContain('COPY data/snapshot ./data/snapshot');
});

it('checks health with node itself (no curl) and keeps secrets out of every layer', () => {
  const hc = /HEALTHCHECK[\s\S]*?CMD (\[.*\])/.exec(dockerfile)![1]!;
  expect(JSON.parse(hc).slice(0, 2)).toEqual(['node', '-e']);
  expect(dockerfile).not.toMatch(/curl|wget/);
  for (const key of SECRET_KEYS) expect(dockerfile).not.toContain(key);
  expect(dockerfile).not.toMatch(/^ARG (?!NODE_VERSION)/m);
  expect(dockerfile).not.toMatch(/COPY \.env|COPY \. /);
  expect(dockerignore).toContain('.env');
  expect(dockerignore).toContain('node_modules');
  for (const key of SECRET_KEYS) expect(compose).not.toContain(key);
});

it('compose has the bot and PostgreSQL as a profile', () => {
  expect(compose).toMatch(/^ {2}bot:$/m);
  expect(compose).toMatch(/^ {2}postgres:\n {4}profiles: \["postgres"\]$/m);
  expect(compose).toMatch(/image: postgres:\d+\.\d+/);
});

it("the build stage has every script `npm run build` runs (the image builds from its own copy, not the repo)", () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
  const build = dockerfile.slice(0, dockerfile.indexOf('AS deps'));
  const scripts = [...pkg.scripts.build!.matchAll(/node (scripts\/[\w.-]+)/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  for (const s of scripts) expect(build).toMatch(new RegExp(`^COPY ${s.replace('.', '\\.')} `, 'm'));
});
