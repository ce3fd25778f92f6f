// Chart.js squeezes text that is too wide for its box (skia then draws it condensed), so long titles
// are wrapped and, past the line budget, cut with an ellipsis before Chart.js sees them.

type Measure = { font: string; measureText(text: string): { width: number } };

export function fitLines(ctx: Measure, text: string, font: string, maxWidth: number, maxLines: number): string[] {
  ctx.font = font;
  const fits = (s: string) => ctx.measureText(s).width <= maxWidth;
  if (fits(text)) return [text];
  if (maxLines <= 1) return [ellipsize(text, fits)];
  const lines: string[] = [];
  let current = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate) || !current) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = word;
    if (lines.length === maxLines - 1) {
      current = words.slice(i).join(' ');
      break;
    }
  }
  lines.push(current);
  const last = lines.length - 1;
  lines[last] = ellipsize(lines[last]!, fits);
  return lines;
}

function ellipsize(line: string, fits: (s: string) => boolean): string {
  if (fits(line)) return line;
  let cut = line;
  while (cut.length > 1 && !fits(`${cut}…`)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
