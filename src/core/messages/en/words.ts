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

/**
 * Where a value sits against a reference, in words that match the number shown: "12 bp above",
 * "3 bp under", or `at` when it rounds to 0 bp (never "0 bp above").
 */
export function side(bpValue: number, above: string, below: string, at: string): string {
  const r = Math.round(bpValue);
  return r === 0 ? at : `${Math.abs(r)} bp ${r > 0 ? above : below}`;
}
