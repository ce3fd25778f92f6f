// Telegram keeps every uploaded photo: re-sending its file_id costs no upload. Charts are keyed by
// the SHA-256 of their PNG bytes, so an identical chart is uploaded once per bot (file_ids belong
// to the bot that uploaded them). Least recently used entries leave first.
import { createHash } from 'node:crypto';

export function pngKey(png: Uint8Array): string {
  return createHash('sha256').update(png).digest('hex');
}

export class FileIdStore {
  private readonly ids = new Map<string, string>();

  constructor(private readonly max = 1000) {}

  get(key: string): string | undefined {
    const id = this.ids.get(key);
    if (id !== undefined) {
      this.ids.delete(key);
      this.ids.set(key, id);
    }
    return id;
  }

  set(key: string, fileId: string): void {
    this.ids.delete(key);
    this.ids.set(key, fileId);
    while (this.ids.size > this.max) {
      const oldest = this.ids.keys().next().value;
      if (oldest === undefined) break;
      this.ids.delete(oldest);
    }
  }

  forget(key: string): void {
    this.ids.delete(key);
  }

  get size(): number {
    return this.ids.size;
  }
}
