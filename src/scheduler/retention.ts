import type { Clock, CoreLogger } from "../core/logger.js";
import type { Storage } from "../storage/storage.js";
import { realTimers, type Timers } from "./timers.js";

export interface RetentionOptions {
  storage: Storage;
  /** RETENTION_DAYS. */
  retentionDays: number;
  clock: Clock;
  logger: CoreLogger;
  /** How often to prune; default every 6 hours. */
  intervalMs?: number;
  timers?: Timers;
}

/** Prunes the record of checks at start and then periodically; a failed prune is logged and tried next time. */
export function startRetention(options: RetentionOptions): { stop(): Promise<void>; idle(): Promise<void> } {
  const timers = options.timers ?? realTimers;
  const intervalMs = options.intervalMs ?? 6 * 3_600_000;
  let stopped = false;
  let timer: unknown;
  let running: Promise<void> = Promise.resolve();

  async function prune(): Promise<void> {
    try {
      const removed = await options.storage.prune(options.clock.now(), options.retentionDays);
      if (removed.checks > 0 || removed.digests > 0) {
        options.logger.info({ ...removed, retentionDays: options.retentionDays }, "old records pruned");
      }
    } catch (error) {
      options.logger.warn({ err: error }, "pruning old records failed; will try again");
    }
  }

  function schedule(): void {
    if (stopped) return;
    timer = timers.setTimeout(() => {
      running = prune().finally(schedule);
    }, intervalMs);
  }

  running = prune().finally(schedule);
  return {
    async stop() {
      stopped = true;
      timers.clearTimeout(timer);
      await running;
    },
    /** Resolves once the prune in progress, if any, has finished. */
    idle: () => running,
  };
}
