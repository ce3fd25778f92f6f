// The bot's Prometheus metrics (prom-client), in a registry of their own so that two apps in one
// process (tests) never share counters. Names follow Prometheus conventions: a unit suffix, _total
// for counters, a `liquidity_` prefix for ours next to prom-client's default process metrics.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type CommandOutcome = 'ok' | 'cached' | 'user_error' | 'internal_error';
export type UpstreamOutcome = 'ok' | 'http_4xx' | 'http_5xx' | 'http_429' | 'timeout' | 'network';

export type Metrics = {
  registry: Registry;
  commands: Counter<'command' | 'outcome'>;
  answerSeconds: Histogram<'command'>;
  chartSeconds: Histogram;
  upstreamRequests: Counter<'source'>;
  upstreamFailures: Counter<'source' | 'reason'>;
  postsSent: Counter<'platform'>;
  postsFailed: Counter<'platform'>;
};

export const PLATFORMS = ['discord', 'telegram'] as const;

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const m: Metrics = {
    registry,
    commands: new Counter({ name: 'liquidity_commands_total', help: 'Commands answered, by command and outcome (ok, cached, user_error, internal_error).', labelNames: ['command', 'outcome'], registers }),
    answerSeconds: new Histogram({
      name: 'liquidity_answer_duration_seconds',
      help: 'Time from a parsed command to its finished Answer (chart included), by command.',
      labelNames: ['command'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
      registers,
    }),
    chartSeconds: new Histogram({ name: 'liquidity_chart_render_duration_seconds', help: 'Time to draw one chart into PNG bytes.', buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2], registers }),
    upstreamRequests: new Counter({ name: 'liquidity_upstream_requests_total', help: 'HTTP requests to the data sources (each retry counts), by source.', labelNames: ['source'], registers }),
    upstreamFailures: new Counter({ name: 'liquidity_upstream_failures_total', help: 'Upstream requests that failed, by source and reason (http_4xx, http_429, http_5xx, timeout, network).', labelNames: ['source', 'reason'], registers }),
    postsSent: new Counter({ name: 'liquidity_posts_sent_total', help: 'Scheduled posts (release and threshold alerts) delivered, by platform.', labelNames: ['platform'], registers }),
    postsFailed: new Counter({ name: 'liquidity_posts_failed_total', help: 'Scheduled posts that could not be delivered, by platform.', labelNames: ['platform'], registers }),
  };
  // Shown at 0 from the start, so an alert on their rate has a series to read.
  for (const p of PLATFORMS) {
    m.postsSent.labels(p).inc(0);
    m.postsFailed.labels(p).inc(0);
  }
  return m;
}

/** A failed upstream attempt's reason, from its status (or none: timeout or network). */
export function upstreamReason(status: number | undefined, timedOut: boolean): UpstreamOutcome {
  if (status === undefined) return timedOut ? 'timeout' : 'network';
  if (status === 429) return 'http_429';
  return status >= 500 ? 'http_5xx' : 'http_4xx';
}
