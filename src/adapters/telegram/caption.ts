// An Answer as a Telegram photo caption (at most 1024 visible characters) plus follow-up messages
// (at most 4096 each) for what does not fit. The caption keeps, in this order: the stale note (first
// and always visible), the title, the key fields, every number's source and date, the next release.
// The summary joins them when everything fits; otherwise it goes to the follow-up with any fields
// that had to leave the caption.
import type { Messages } from '../../core/messages/index.js';
import type { Answer } from '../../core/types.js';
import { bold, cutLine, italic, packMessages, plain, toHtml, visibleLength, type Line } from './html.js';

export const CAPTION_LIMIT = 1024;
export const MESSAGE_LIMIT = 4096;

export type Layout = {
  /** HTML for the photo's caption. */
  caption: string;
  /** HTML messages sent after the photo, in order (often none). */
  rest: string[];
};

type Parts = { head: Line[]; summary: Line[]; fields: Line[]; tail: Line[] };

function parts(a: Answer, m: Messages): Parts {
  const head: Line[] = [];
  if (a.stale) head.push([plain(`${m.telegram.staleMark} `), italic(a.stale)]);
  head.push([bold(a.title)]);
  const summary = a.summary.map((s): Line => [plain(s)]);
  const fields = a.fields.map((f): Line => [plain(`${f.label}: `), bold(f.value)]);
  const tail: Line[] = [];
  if (a.asOf.length) {
    tail.push([italic(m.telegram.sources)]);
    for (const x of a.asOf) tail.push([plain(m.telegram.asOf(x.series, x.date, x.source))]);
  }
  if (a.nextRelease) tail.push([italic(a.nextRelease)]);
  return { head, summary, fields, tail };
}

/** Blocks separated by one blank line; empty blocks vanish. */
function blocks(...groups: Line[][]): Line[] {
  const out: Line[] = [];
  for (const g of groups) {
    if (!g.length) continue;
    if (out.length) out.push([]);
    out.push(...g);
  }
  return out;
}

/** Lines kept whole while they fit in `max`; the first that does not is cut to the room left. */
function clip(lines: readonly Line[], max: number, mark: string): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const room = max - visibleLength(out) - (out.length ? 1 : 0);
    if (visibleLength([line]) <= room) {
      out.push(line);
      continue;
    }
    if (room > mark.length) out.push(cutLine(line, room, mark));
    break;
  }
  return out;
}

function messages(lines: readonly Line[]): string[] {
  return packMessages(lines, MESSAGE_LIMIT).map(toHtml);
}

/** The caption for a photo answer and the messages that follow it. */
export function photoLayout(a: Answer, m: Messages, limit = CAPTION_LIMIT): Layout {
  const { head, summary, fields, tail } = parts(a, m);
  const all = blocks(head, summary, fields, tail);
  if (visibleLength(all) <= limit) return { caption: toHtml(all), rest: [] };
  let shown = fields.length;
  while (shown > 0 && visibleLength(blocks(head, fields.slice(0, shown), tail)) > limit) shown--;
  const caption = blocks(head, fields.slice(0, shown), tail);
  if (visibleLength(caption) <= limit) return { caption: toHtml(caption), rest: messages(blocks(summary, fields.slice(shown))) };
  // Only absurdly long titles, notes or sources get here: cut the caption, and send everything
  // in full after it so nothing is lost.
  return { caption: toHtml(clip(blocks(head, tail), limit, m.telegram.cut)), rest: messages(all) };
}

/**
 * A post's layout (a brief, a digest, an alert sent to subscribers): one message when it can be.
 * The summary is what a subscriber reads, so it stays in the caption; the fields (the summary's
 * numbers again, as a table) give way first, then the sources shrink to one line (each summary
 * line carries its date), then go to the chart's footer alone. Past that, the reply's layout.
 * One message a post also halves a broadcast's time against Telegram's message limit.
 */
export function postLayout(a: Answer, m: Messages, limit = CAPTION_LIMIT): Layout {
  const { head, summary, fields, tail } = parts(a, m);
  const next: Line[] = a.nextRelease ? [[italic(a.nextRelease)]] : [];
  const sources = [...new Set(a.asOf.map((x) => x.source))];
  const short: Line[] = sources.length ? [[italic(m.telegram.sourcesShort(sources))]] : [];
  for (const lines of [blocks(head, summary, fields, tail), blocks(head, summary, tail), blocks(head, summary, [...short, ...next]), blocks(head, summary, next)]) {
    if (visibleLength(lines) <= limit) return { caption: toHtml(lines), rest: [] };
  }
  return photoLayout(a, m, limit);
}

/** An answer without a chart: the whole text as one or more messages. */
export function textLayout(a: Answer, m: Messages): string[] {
  const { head, summary, fields, tail } = parts(a, m);
  return messages(blocks(head, summary, fields, tail));
}

/** A plain sentence (an error) as one escaped message. */
export function plainMessage(text: string): string {
  return toHtml([cutLine([plain(text)], MESSAGE_LIMIT, '…')]);
}
