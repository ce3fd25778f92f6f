// The embedded SQLite database: one file (DB_PATH), WAL, schema versioned with user_version.
// Other parts of the store (subscriptions, alert state, post log) add their tables here.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

const MIGRATIONS: string[] = [
  `CREATE TABLE observations (
     series_id TEXT NOT NULL,
     date      TEXT NOT NULL,
     value     REAL NOT NULL,
     PRIMARY KEY (series_id, date)
   ) WITHOUT ROWID;
   CREATE TABLE series_meta (
     series_id     TEXT PRIMARY KEY,
     unit          TEXT NOT NULL,
     calendar      TEXT NOT NULL,
     provenance    TEXT NOT NULL,
     fetched_at    TEXT,
     expires_at    TEXT,
     covered_from  TEXT,
     covered_to    TEXT,
     last_error    TEXT,
     last_error_at TEXT
   );`,
];

/** Opens (creating the folder and file if needed) and migrates the database. ':memory:' for tests. */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return db;
}
