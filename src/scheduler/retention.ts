import type { Clock, CoreLogger } from "../core/logger.js";
import type { Storage } from "../storage/storage.js";
import { type RepeatingTask, realTimers, repeatTask, type Timers } from "../timers/timers.js";

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
export function startRetention(options: RetentionOptions): RepeatingTask {
  const timers = options.timers ?? realTimers;
  const intervalMs = options.intervalMs ?? 6 * 3_600_000;
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

  return repeatTask(prune, intervalMs, timers);
}
