// A throwaway PostgreSQL database per test file on the machine's server (TEST_DATABASE_URL, by
// default the local server with trust auth and database `test`; .ci/run starts it when it is down).
// A whole database rather than a schema: the store (and Kysely's migrator) then sees exactly what a
// deployment's own database would show it.
import pg from 'pg';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';

async function admin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

export async function freshDatabase(prefix = 'liq_test'): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const u = new URL(TEST_DATABASE_URL);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    name,
    // Not WITH (FORCE): that kills the backends of pools still ending, whose clients then raise
    // 'terminating connection' with nobody listening. Wait for them to go instead.
    async drop() {
      for (let i = 0; ; i++) {
        try {
          await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}"`));
          return;
        } catch (e) {
          if (i >= 50 || !/being accessed by other users/.test(String(e))) throw e;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    },
  };
}
