// Concurrent callers that need the same upstream answer share one request. A caller joins a
// flight already under way for the same key when that flight's coverage includes what it needs.
export type SingleFlight<C, T> = {
  run(key: string, coverage: C, covers: (inFlight: C) => boolean, start: () => Promise<T>): Promise<T>;
  /** Flights currently under way (for tests and diagnostics). */
  size(): number;
};

export function createSingleFlight<C, T>(): SingleFlight<C, T> {
  const flights = new Map<string, { coverage: C; promise: Promise<T> }[]>();
  return {
    run(key, coverage, covers, start) {
      const list = flights.get(key) ?? [];
      const joined = list.find((f) => covers(f.coverage));
      if (joined) return joined.promise;
      const flight = { coverage, promise: Promise.resolve().then(start) };
      list.push(flight);
      flights.set(key, list);
      const done = () => {
        const rest = (flights.get(key) ?? []).filter((f) => f !== flight);
        if (rest.length) flights.set(key, rest);
        else flights.delete(key);
      };
      flight.promise.then(done, done);
      return flight.promise;
    },
    size: () => [...flights.values()].reduce((n, l) => n + l.length, 0),
  };
}
