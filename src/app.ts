// Wires source -> store -> core -> commands into one AnswerService that every adapter uses.
import { commands } from '../commands/index.js';
import { AnswerService } from './answers/service.js';
import { renderChart } from './charts/render.js';
import type { Config } from './config.js';
import { cacheExpiry } from './core/releases.js';
import { createLogger, type Logger } from './log.js';
import { createLiveReader } from './sources/live.js';
import { createSnapshotReader } from './sources/snapshot.js';
import type { SeriesReader } from './sources/types.js';
import { openDatabase } from './store/db.js';
import { createObservationStore } from './store/observations.js';

export type App = { service: AnswerService; reader: SeriesReader; log: Logger; close(): void };

export function createApp(config: Config, opts: { now?: () => Date; log?: Logger } = {}): App {
  const log = opts.log ?? createLogger(config.LOG_LEVEL);
  const snapshot = createSnapshotReader();
  let reader: SeriesReader = snapshot;
  let close = () => {};
  if (config.DATA_MODE === 'live') {
    const db = openDatabase(config.DB_PATH);
    const store = createObservationStore(db);
    reader = createLiveReader({
      config,
      store,
      fallback: snapshot,
      expiresAt: cacheExpiry,
      ...(opts.now ? { now: opts.now } : {}),
      log: (level, message) => log[level](message),
    });
    close = () => db.close();
  }
  const service = new AnswerService({
    commands,
    reader,
    render: renderChart,
    theme: config.CHART_THEME,
    deadlineMs: config.ANSWER_DEADLINE_MS,
    log,
    ...(opts.now ? { now: opts.now } : {}),
  });
  return { service, reader, log, close };
}
