// Turns a zod failure on an upstream answer into one UpstreamFormatError that says where the
// answer drifted (path, expectation), so a renamed field reads as such in logs.
import type { z } from 'zod';
import { UpstreamFormatError } from './types.js';

export function parseUpstream<T extends z.ZodType>(schema: T, data: unknown, upstream: string, what: string): z.output<T> {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issues = r.error.issues.slice(0, 3).map((i) => {
    const path = i.path.length ? i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') : '(root)';
    return `${path.replace(/^\./, '')}: ${i.message}`;
  });
  const more = r.error.issues.length > 3 ? ` (+${r.error.issues.length - 3} more)` : '';
  throw new UpstreamFormatError(upstream, `unexpected ${what} shape: ${issues.join('; ')}${more}`);
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
