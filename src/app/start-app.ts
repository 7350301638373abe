import { actionCodec, type CommandContext } from "../../commands/index.js";
import type { Config } from "../config/schema.js";
import { type CorpusService, inProcessCorpus } from "../core/corpus-service.js";
import { openEngine } from "../core/engine.js";
import { type Clock, systemClock } from "../core/logger.js";
import type { Article, Engine } from "../core/types.js";
import type { FrontEnd } from "../front-ends/front-end.js";
import { configuredFrontEnds } from "../front-ends/registry.js";
import type { Logger } from "../logging/logger.js";
import { startRetention } from "../scheduler/retention.js";
import { startConfiguredDigests } from "../scheduler/start-digests.js";
import { watchCorpus } from "../scheduler/watch-corpus.js";
import { openStorage } from "../storage/open-storage.js";
import type { Storage } from "../storage/storage.js";

export interface RunningApp {
  /** The front ends and jobs that started, for the start-up log and tests. */
  readonly services: readonly string[];
  /** The front ends taking requests. */
  readonly frontEnds: readonly FrontEnd[];
  engine(): Engine;
  corpus: CorpusService;
  storage: Storage;
  stop(): Promise<void>;
}

interface Stoppable {
  name: string;
  stop(): Promise<void>;
}

const WATCH_INTERVAL_MS = 5_000;

export interface StartAppOptions {
  clock?: Clock;
  /** How often the corpus directory is polled for changes. */
  watchIntervalMs?: number;
}

interface OpenedCorpus {
  corpus: CorpusService;
  engine(): Engine;
  /** Starts reloading on file changes; `onReload` sees each new corpus's articles before it answers. */
  watch(onReload: (articles: readonly Article[]) => Promise<void>): Stoppable | null;
}

/** The corpus, opened once and swapped for a new one when its files change. */
async function openCorpus(
  config: Config,
  logger: Logger,
  clock: Clock,
  intervalMs: number,
): Promise<OpenedCorpus> {
  const corpusOptions = { corpusDir: config.CORPUS_DIR, dataDir: config.DATA_DIR, logger, clock };
  let engine = await openEngine(corpusOptions);
  return {
    corpus: inProcessCorpus(() => engine),
    engine: () => engine,
    watch(onReload) {
      if (!config.WATCH_CORPUS) return null;
      const watcher = watchCorpus({
        corpusDir: config.CORPUS_DIR,
        intervalMs,
        logger,
        onChange: async () => {
          const next = await openEngine(corpusOptions);
          await onReload(next.articles);
          engine = next;
        },
      });
      return { name: "corpus watcher", stop: () => watcher.stop() };
    },
  };
}

/**
 * Starts everything the configuration enables. Front ends are stopped before storage so that answers in flight can
 * still record their check while shutting down.
 */
export async function startApp(
  config: Config,
  logger: Logger,
  options: StartAppOptions = {},
): Promise<RunningApp> {
  const clock = options.clock ?? systemClock;
  const opened = await openCorpus(config, logger, clock, options.watchIntervalMs ?? WATCH_INTERVAL_MS);
  const { corpus } = opened;
  const storage = await openStorage({
    dataDir: config.DATA_DIR,
    logger,
    ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}),
  });
  const started: Stoppable[] = [];
  const stopAll = async () => {
    for (const service of started.reverse()) {
      await service
        .stop()
        .catch((err) => logger.error({ err, service: service.name }, "error while stopping"));
    }
    await storage.close();
  };
  const serving: FrontEnd[] = [];
  try {
    await storage.noteDocuments(opened.engine().articles, clock.now());
    const watcher = opened.watch((articles) => storage.noteDocuments(articles, clock.now()).then(() => {}));
    if (watcher) started.push(watcher);
    started.push({
      name: "retention",
      ...startRetention({ storage, retentionDays: config.RETENTION_DAYS, clock, logger }),
    });
    const context: CommandContext = {
      corpus,
      logger,
      clock,
      recordCheck: (check) => storage.recordCheck(check),
    };
    const frontEnds = configuredFrontEnds(config, {
      context,
      actions: actionCodec(storage, clock, logger),
      logger,
    });
    for (const { plugin, frontEnd } of frontEnds) {
      if (!plugin.takesRequests(config)) continue;
      await frontEnd.start();
      started.push({ name: frontEnd.name, stop: () => frontEnd.stop() });
      serving.push(frontEnd);
    }
    const digests = startConfiguredDigests({ config, storage, corpus, frontEnds, logger, clock });
    if (digests) started.push({ name: "digests", stop: () => digests.stop() });
  } catch (error) {
    await stopAll();
    throw error;
  }
  return {
    services: started.map((s) => s.name),
    frontEnds: serving,
    engine: opened.engine,
    corpus,
    storage,
    stop: stopAll,
  };
}
