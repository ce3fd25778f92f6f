// Telegram HTML parse mode: text is escaped (only < > & matter outside tags) and lines are kept as
// segments so that their visible length (what Telegram counts against its limits) is known and a
// line can be cut without ever cutting a tag or an entity.

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export type Style = 'plain' | 'b' | 'i';
export type Segment = { text: string; style: Style };
/** One line of a message: segments, shown one after another. */
export type Line = Segment[];

export const plain = (text: string): Segment => ({ text, style: 'plain' });
export const bold = (text: string): Segment => ({ text, style: 'b' });
export const italic = (text: string): Segment => ({ text, style: 'i' });

/**
 * Visible length as Telegram counts it: UTF-16 code units of the text after entity parsing.
 * (An emoji counts 2; counting code units never undercounts.)
 */
export function visibleLength(lines: readonly Line[]): number {
  if (lines.length === 0) return 0;
  let n = lines.length - 1; // the newlines
  for (const line of lines) for (const seg of line) n += seg.text.length;
  return n;
}

function segmentHtml(seg: Segment): string {
  if (!seg.text) return '';
  const t = escapeHtml(seg.text);
  return seg.style === 'plain' ? t : `<${seg.style}>${t}</${seg.style}>`;
}

export function toHtml(lines: readonly Line[]): string {
  return lines.map((line) => line.map(segmentHtml).join('')).join('\n');
}

/** The first `max` UTF-16 units of `s`, never splitting a surrogate pair. */
function cutText(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = '';
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** A line shortened to `max` visible units, ending with `mark` when anything was cut. */
export function cutLine(line: Line, max: number, mark: string): Line {
  const length = line.reduce((n, s) => n + s.text.length, 0);
  if (length <= max) return line;
  let budget = Math.max(0, max - mark.length);
  const out: Line = [];
  for (const seg of line) {
    if (budget <= 0) break;
    const text = cutText(seg.text, budget);
    out.push({ ...seg, text });
    budget -= text.length;
  }
  out.push(plain(mark));
  return out;
}

/**
 * Lines packed into as few messages as possible, each at most `max` visible units; a line longer
 * than a whole message is split over several.
 */
export function packMessages(lines: readonly Line[], max: number): Line[][] {
  const messages: Line[][] = [];
  let current: Line[] = [];
  const flush = () => {
    // Blank lines at the edges of a message are dropped (Telegram trims them anyway).
    while (current.length && visibleLength([current[0]!]) === 0) current.shift();
    while (current.length && visibleLength([current[current.length - 1]!]) === 0) current.pop();
    if (current.length) messages.push(current);
    current = [];
  };
  for (const line of lines) {
    if (visibleLength([...current, line]) <= max) {
      current.push(line);
      continue;
    }
    flush();
    let rest = line;
    while (visibleLength([rest]) > max) {
      const head = cutLine(rest, max, '');
      messages.push([head]);
      rest = dropLeading(rest, visibleLength([head]));
    }
    current = [rest];
  }
  flush();
  return messages;
}

/** `line` without its first `n` visible units. */
function dropLeading(line: Line, n: number): Line {
  const out: Line = [];
  let skip = n;
  for (const seg of line) {
    if (skip >= seg.text.length) {
      skip -= seg.text.length;
      continue;
    }
    out.push({ ...seg, text: seg.text.slice(skip) });
    skip = 0;
  }
  return out;
}
