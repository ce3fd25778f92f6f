// Chart.js squeezes text that is too wide for its box (skia then draws it condensed), so long titles
// are wrapped and, past the line budget, cut with an ellipsis before Chart.js sees them.
//
// Lines break at spaces, and between characters where Chinese (or Japanese, Korean) text is on
// either side: CJK text has no spaces, and breaking only at spaces left a Chinese title as one
// unbreakable word, cut with an ellipsis after its first line. A Latin word or a number ("SOFR",
// "4.22%", "2025-10-31") is never split, a line never starts with closing punctuation (，。）…) and
// never ends with an opening one (（「).

type Measure = { font: string; measureText(text: string): { width: number } };

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
/** Closing punctuation: no line starts with it. */
const NO_START = /[，。、；：）」』】！？…％,.;:!?)\]}%]/u;
/** Opening punctuation: no line ends with it. */
const NO_END = /[（「『【([{]/u;

/** Whether a line may break between the characters `a` and `b` of one space-free run. */
export function breaksBetween(a: string, b: string): boolean {
  return (CJK.test(a) || CJK.test(b)) && !NO_START.test(b) && !NO_END.test(a);
}

/** A piece no line breaks inside, and whether a space separates it from the piece before. */
type Piece = { text: string; space: boolean };

function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const chars = [...word];
    let current = chars[0]!;
    let space = out.length > 0;
    for (let i = 1; i < chars.length; i++) {
      if (breaksBetween(chars[i - 1]!, chars[i]!)) {
        out.push({ text: current, space });
        current = '';
        space = false;
      }
      current += chars[i]!;
    }
    out.push({ text: current, space });
  }
  return out;
}

/** Pieces as one line: a space where the text had one, none at the line's start. */
const join = (ps: Piece[]) => ps.map((p, i) => (i > 0 && p.space ? ` ${p.text}` : p.text)).join('');

export function fitLines(ctx: Measure, text: string, font: string, maxWidth: number, maxLines: number): string[] {
  ctx.font = font;
  const fits = (s: string) => ctx.measureText(s).width <= maxWidth;
  if (fits(text)) return [text];
  if (maxLines <= 1) return [ellipsize(text, fits)];
  const lines: string[] = [];
  let current: Piece[] = [];
  const all = pieces(text);
  for (let i = 0; i < all.length; i++) {
    const candidate = [...current, all[i]!];
    if (current.length === 0 || fits(join(candidate))) {
      current = candidate;
      continue;
    }
    lines.push(join(current));
    current = [all[i]!];
    if (lines.length === maxLines - 1) {
      current = all.slice(i);
      break;
    }
  }
  lines.push(join(current));
  const last = lines.length - 1;
  lines[last] = ellipsize(lines[last]!, fits);
  return lines;
}

function ellipsize(line: string, fits: (s: string) => boolean): string {
  if (fits(line)) return line;
  let cut = [...line];
  while (cut.length > 1 && !fits(`${cut.join('')}…`)) cut = cut.slice(0, -1);
  return `${cut.join('').trimEnd()}…`;
}
