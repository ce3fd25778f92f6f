// Wires source -> store -> core -> commands into one AnswerService that every adapter uses, with the
// one place where commands, chart renders and upstream requests are observed (log line, metrics).
import { commands } from '../commands/index.js';
import { ObservedAnswerService, type CommandEvent } from './answers/observed.js';
import type { AnswerService, Renderer } from './answers/service.js';
import { InFlight } from './adapters/inflight.js';
import { renderChart } from './charts/render.js';
import type { Config } from './config.js';
import { cacheExpiry } from './core/releases.js';
import type { Metrics } from './http/metrics.js';
import { upstreamReason } from './http/metrics.js';
import { childLogger, configSecrets, createLogger, redacting, type Logger } from './log.js';
import { FRED } from './sources/fred.js';
import { createLiveReader } from './sources/live.js';
import { NYFED } from './sources/nyfed.js';
import { TREASURY } from './sources/treasury.js';
import { createSnapshotReader } from './sources/snapshot.js';
import type { SeriesReader } from './sources/types.js';
import { openDatabase } from './store/db.js';
import { createObservationStore } from './store/observations.js';
import type { Store } from './store/store.js';

export type App = {
  service: AnswerService;
  reader: SeriesReader;
  log: Logger;
  /** Answers being computed and delivered; a shutdown drains it (optional for hand-built apps in tests). */
  work?: InFlight;
  /** Set when the HTTP server serves /metrics. */
  metrics?: Metrics;
  /**
   * The durable store (subscriptions, alert state, delivery ledger), opened by main.ts when a
   * platform adapter or the HTTP server runs; absent for the terminal and hand-built test apps.
   */
  store?: Store;
  close(): void;
};

export type AppOptions = { now?: () => Date; log?: Logger; metrics?: Metrics; store?: Store };

export function createApp(config: Config, opts: AppOptions = {}): App {
  // The one place secrets leave the log: whichever logger is used, it goes through redacting().
  const secrets = configSecrets(config);
  const log = opts.log ? redacting(opts.log, secrets) : createLogger(config.LOG_LEVEL, undefined, secrets);
  const sourceLog = childLogger(log, { component: 'sources' });
  const metrics = opts.metrics;
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
      log: (level, message) => sourceLog[level](message),
      ...(metrics
        ? {
            http: {
              onAttempt: (upstream, failure) => {
                const source = sourceOf(upstream);
                metrics.upstreamRequests.labels(source).inc();
                if (failure) metrics.upstreamFailures.labels(source, upstreamReason(failure.status, failure.timedOut)).inc();
              },
            },
          }
        : {}),
    });
    close = () => db.close();
  }
  const render: Renderer = metrics
    ? async (spec, theme) => {
        const end = metrics.chartSeconds.startTimer();
        try {
          return await renderChart(spec, theme);
        } finally {
          end();
        }
      }
    : renderChart;
  const observe = (e: CommandEvent) => {
    log.info('command', { command: e.command, outcome: e.outcome, ms: Math.round(e.ms), ...(e.ref ? { ref: e.ref } : {}) });
    if (metrics) {
      metrics.commands.labels(e.command, e.outcome).inc();
      metrics.answerSeconds.labels(e.command).observe(e.ms / 1000);
    }
  };
  const service = new ObservedAnswerService(
    {
      commands,
      reader,
      render,
      theme: config.CHART_THEME,
      deadlineMs: config.ANSWER_DEADLINE_MS,
      log,
      ...(opts.now ? { now: opts.now } : {}),
    },
    observe,
  );
  return { service, reader, log, work: new InFlight(), ...(metrics ? { metrics } : {}), ...(opts.store ? { store: opts.store } : {}), close };
}

/** The metrics label of an upstream name ("NY Fed SOFR", "FRED WRESBAL"): its source alone, so the label stays a handful of values. */
export function sourceOf(upstream: string): string {
  for (const s of [NYFED, FRED, TREASURY]) if (upstream === s || upstream.startsWith(`${s} `)) return s;
  return 'other';
}
