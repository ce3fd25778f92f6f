// A strict reading of Telegram's HTML parse mode, for tests: only the tags Telegram supports,
// properly nested; only &lt; &gt; &amp; &quot; and numeric entities; every '<' and '&' part of
// one of those. Returns the visible text (what Telegram counts) or throws like "can't parse entities".
const TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'tg-spoiler', 'code', 'pre', 'blockquote', 'a', 'span', 'tg-emoji']);
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

export function parseTelegramHtml(html: string): string {
  const stack: string[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === '<') {
      const end = html.indexOf('>', i);
      if (end === -1) throw new Error(`can't parse entities: unclosed tag at ${i}`);
      const tag = html.slice(i + 1, end);
      const m = /^(\/?)([a-z-]+)(\s[^<>]*)?$/.exec(tag);
      if (!m || !TAGS.has(m[2]!)) throw new Error(`can't parse entities: unsupported start tag "${tag}" at ${i}`);
      if (m[1]) {
        if (stack.pop() !== m[2]) throw new Error(`can't parse entities: unmatched end tag "${tag}" at ${i}`);
      } else stack.push(m[2]!);
      i = end + 1;
    } else if (ch === '>') {
      throw new Error(`can't parse entities: bare '>' at ${i}`);
    } else if (ch === '&') {
      const m = /^&(?:([a-z]+)|#(\d+)|#x([0-9a-f]+));/i.exec(html.slice(i));
      if (!m) throw new Error(`can't parse entities: bare '&' at ${i}`);
      if (m[1]) {
        const v = NAMED[m[1]];
        if (!v) throw new Error(`can't parse entities: unknown entity "${m[0]}"`);
        text += v;
      } else text += String.fromCodePoint(m[2] ? Number(m[2]) : parseInt(m[3]!, 16));
      i += m[0].length;
    } else {
      text += ch;
      i++;
    }
  }
  if (stack.length) throw new Error(`can't parse entities: unclosed <${stack.join('>, <')}>`);
  return text;
}
