// What main.ts starts: each platform adapter turns its events into AnswerService calls and
// Answers into messages. Adapters compute nothing (design.md).
export interface Adapter {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}
