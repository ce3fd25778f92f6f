// What main.ts starts: each platform adapter turns its events into AnswerService calls and
// Answers into messages. Adapters compute nothing (design.md).
export interface Adapter {
  readonly name: string;
  start(): Promise<void>;
  /**
   * Stops taking new work, lets what is in flight finish (at most `graceMs`), then disconnects.
   */
  stop(graceMs?: number): Promise<void>;
  /** Connected to its platform and taking work (for /readyz); absent means always. */
  connected?(): boolean;
}
