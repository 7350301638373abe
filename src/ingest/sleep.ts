import type { Timers } from "../timers/timers.js";
import { FetchError } from "./fetch-error.js";

/** Waits `ms`; rejects at once when `signal` aborts (the ingester is stopping). */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export function timersSleep(timers: Timers): Sleep {
  return (ms, signal) =>
    new Promise((resolve, reject) => {
      const stopped = () => new FetchError("stopped", { url: "" });
      if (signal?.aborted) return reject(stopped());
      const onAbort = () => {
        timers.clearTimeout(handle);
        reject(stopped());
      };
      const handle = timers.setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
}
