import { type CorpusFile, fingerprintFiles, listCorpusFiles } from "../core/corpus/load-corpus.js";
import type { CoreLogger } from "../core/logger.js";
import { type RepeatingTask, realTimers, repeatTask, type Timers } from "../timers/timers.js";

export interface WatchCorpusOptions {
  corpusDir: string;
  intervalMs: number;
  logger: CoreLogger;
  /** Called once per settled change; the next poll waits for it to finish. */
  onChange: () => void | Promise<void>;
  timers?: Timers;
  /** Lists the corpus; defaults to the loader's own listing, so the watcher sees exactly the files it loads. */
  list?: (dir: string) => Promise<CorpusFile[]>;
}

export type CorpusWatcher = RepeatingTask;

/**
 * Polls the corpus listing (cheap: names, sizes, times) rather than using file-system events, which are unreliable
 * on network and container volumes. A change is reported once the listing has stayed the same for one more poll,
 * so a folder being copied in fires one reload, not one per file.
 */
export function watchCorpus(options: WatchCorpusOptions): CorpusWatcher {
  const timers = options.timers ?? realTimers;
  const list = options.list ?? listCorpusFiles;
  let applied: string | undefined;
  let lastSeen: string | undefined;

  async function poll(): Promise<void> {
    let current: string;
    try {
      current = fingerprintFiles(await list(options.corpusDir));
    } catch (error) {
      options.logger.warn(
        { err: error, corpusDir: options.corpusDir },
        "could not list the corpus; will retry",
      );
      return;
    }
    if (applied === undefined) {
      applied = current;
      lastSeen = current;
      return;
    }
    const settled = current === lastSeen;
    lastSeen = current;
    if (current === applied || !settled) return;
    try {
      options.logger.info({ corpusDir: options.corpusDir }, "corpus changed");
      await options.onChange();
      applied = current;
    } catch (error) {
      // Left unapplied, so the next poll tries again.
      options.logger.error(
        { err: error, corpusDir: options.corpusDir },
        "reloading the changed corpus failed",
      );
    }
  }

  return repeatTask(poll, options.intervalMs, timers);
}
