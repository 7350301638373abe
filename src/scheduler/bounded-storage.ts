import type { Storage } from "../storage/storage.js";
import { type Timers, withTimeout } from "../timers/timers.js";

/** Longest the scheduler waits for one storage call before treating the database as unavailable. */
export const STORAGE_TIMEOUT_MS = 30_000;

export class StorageTimeoutError extends Error {
  constructor(call: string, ms: number) {
    super(`the database did not answer ${call} within ${ms / 1000} s`);
    this.name = "StorageTimeoutError";
  }
}

/**
 * The same storage with every call bounded in time. The drivers bound their own statements, but a scheduler that
 * waits on a connection that never answers would stop posting for good; with this bound the call fails, and the
 * scheduler's recovery takes over. The abandoned call is left to finish or fail on its own.
 */
export function boundedStorage(storage: Storage, timeoutMs: number, timers: Timers): Storage {
  return new Proxy(storage, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      const call = String(property);
      return (...args: unknown[]) =>
        withTimeout(
          // Async, so a call that throws at once rejects like one that fails later.
          (async () => (value as (...a: unknown[]) => unknown).apply(target, args))(),
          timeoutMs,
          timers,
          () => new StorageTimeoutError(call, timeoutMs),
        );
    },
  });
}
