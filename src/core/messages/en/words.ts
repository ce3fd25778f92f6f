// Words the English sentences share: distances and moves in basis points.

/** "12 bp" without a sign, for prose that says "above" or "below". */
export function abs(bpValue: number): string {
  return `${Math.abs(Math.round(bpValue))} bp`;
}

/** "up 18 bp", "down 3 bp", "unchanged". */
export function moveWords(bpValue: number): string {
  const r = Math.round(bpValue);
  return r === 0 ? 'unchanged' : `${r > 0 ? 'up' : 'down'} ${Math.abs(r)} bp`;
}
