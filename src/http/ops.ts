// The operator's routes: /healthz (the process answers), /readyz (adapters connected, sources not
// overdue; 503 otherwise, with the details either way) and /metrics (Prometheus text format).
import type { Metrics } from './metrics.js';
import { checkReadiness, type ReadinessDeps } from './readiness.js';
import { sendJson, type HttpServer } from './server.js';

export function addOpsRoutes(server: HttpServer, deps: { metrics: Metrics; readiness: ReadinessDeps }): void {
  server.add({ method: 'GET', path: '/healthz', handle: (_req, res) => sendJson(res, 200, { ok: true }) });
  server.add({
    method: 'GET',
    path: '/readyz',
    async handle(_req, res) {
      const r = await checkReadiness(deps.readiness);
      sendJson(res, r.ready ? 200 : 503, r);
    },
  });
  server.add({
    method: 'GET',
    path: '/metrics',
    async handle(_req, res) {
      const text = await deps.metrics.registry.metrics();
      res.writeHead(200, { 'content-type': deps.metrics.registry.contentType }).end(text);
    },
  });
}
