// Work in flight (an answer being computed and delivered), so that a shutdown can stop taking new
// work and still finish what it started, within a bound.
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();
  private closed = false;

  /** False once a shutdown began: adapters refuse new work then. */
  get accepting(): boolean {
    return !this.closed;
  }

  get size(): number {
    return this.running.size;
  }

  track<T>(p: Promise<T>): Promise<T> {
    const held = p.then(
      () => undefined,
      () => undefined,
    );
    this.running.add(held);
    void held.then(() => this.running.delete(held));
    return p;
  }

  /** Stops taking work and waits for what runs, at most `ms`. True when all of it finished. */
  async drain(ms: number): Promise<boolean> {
    this.closed = true;
    const deadline = Date.now() + ms;
    while (this.running.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((r) => (timer = setTimeout(r, left)));
      await Promise.race([Promise.all([...this.running]), timeout]);
      clearTimeout(timer);
    }
    return true;
  }
}
