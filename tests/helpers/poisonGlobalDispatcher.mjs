// Preloaded with `node --import` by tests/e2e/entry.test.ts: occupies the process-wide undici
// dispatcher slot (shared by every undici copy and by Node's own fetch) with one that fails on any
// use. undici only installs its Agent there when the slot is empty, so this one stays. Any HTTP
// client that relies on the shared dispatcher instead of its own fails loudly.
const slot = Symbol.for('undici.globalDispatcher.1');

class PoisonedDispatcher {
  dispatch() {
    throw new Error('the process-wide undici dispatcher was used');
  }
  close() {
    return Promise.resolve();
  }
  destroy() {
    return Promise.resolve();
  }
  on() {
    return this;
  }
  once() {
    return this;
  }
  off() {
    return this;
  }
  emit() {
    return false;
  }
}

globalThis[slot] = new PoisonedDispatcher();
