import type { Clock } from "../../../src/core/logger.js";
import type { Storage } from "../../../src/storage/storage.js";

export type Outage = "refuse" | "hang";

/**
 * A storage that fails while the clock is inside an outage: every call is refused at once (as PostgreSQL refusing
 * connections), or never answers (as a connection that hangs). Calls made during a hang stay unanswered for good,
 * as on a dead socket; calls after the outage reach the real storage.
 */
export function flakyStorage(inner: Storage, clock: Clock) {
  const outages: { kind: Outage; from: number; until: number }[] = [];
  const hangWaiters: (() => void)[] = [];
  let refused = 0;
  let hung = 0;

  const current = (): Outage | null => {
    const now = clock.now().getTime();
    return outages.find((o) => o.from <= now && now < o.until)?.kind ?? null;
  };

  const storage = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function" || property === "close") return value;
      return (...args: unknown[]) => {
        const outage = current();
        if (outage === "refuse") {
          refused += 1;
          const error = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
            code: "ECONNREFUSED",
          });
          return Promise.reject(error);
        }
        if (outage === "hang") {
          hung += 1;
          for (const wake of hangWaiters.splice(0)) wake();
          return new Promise(() => undefined);
        }
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });

  return {
    storage,
    /** Fails every call made while the clock is in [from, until). */
    outage(kind: Outage, from: Date | string, until: Date | string) {
      outages.push({ kind, from: new Date(from).getTime(), until: new Date(until).getTime() });
    },
    refusedCalls: () => refused,
    hungCalls: () => hung,
    /** Resolves at the next call left hanging: the caller is then waiting on a timer, not on storage. */
    nextHang: () => new Promise<void>((resolve) => hangWaiters.push(resolve)),
  };
}
