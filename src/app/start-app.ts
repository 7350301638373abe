import { actionCodec, type CommandContext, parseStoredReply } from "../../commands/index.js";
import { type Config, secretValues } from "../config/schema.js";
import { servesCorpus } from "../config/services.js";
import { documentNotes } from "../core/image/document-notes.js";
import { type Clock, systemClock } from "../core/logger.js";
import { openPooledCorpus, type PooledCorpus } from "../core/pool/pooled-corpus.js";
import type { Engine } from "../core/types.js";
import type { FrontEnd } from "../front-ends/front-end.js";
import { configuredFrontEnds } from "../front-ends/registry.js";
import type { Ingester } from "../ingest/ingest-runner.js";
import { startConfiguredIngest } from "../ingest/start-configured-ingest.js";
import { type Logger, scrubSecrets } from "../logging/logger.js";
import { AppReadiness } from "../ops/app-readiness.js";
import { type OpsServer, startOpsServer } from "../ops/ops-server.js";
import { createPrometheusMetrics, type PrometheusMetrics } from "../ops/prometheus-metrics.js";
import { startRetention } from "../scheduler/retention.js";
import { startConfiguredDigests } from "../scheduler/start-digests.js";
import { watchCorpus } from "../scheduler/watch-corpus.js";
import { openStorage } from "../storage/open-storage.js";
import type { Storage } from "../storage/storage.js";
import type { Timers } from "../timers/timers.js";

export interface RunningApp {
  /** The front ends and jobs that started, for the start-up log and tests. */
  readonly services: readonly string[];
  /** The front ends taking requests. */
  readonly frontEnds: readonly FrontEnd[];
  /**
   * The engine over the image served now, on this thread (for tests; the bot searches in the pool); null, like
   * `corpus`, for an instance that only ingests.
   */
  engine: (() => Engine) | null;
  /** Searched by a pool of threads; reloaded in the background when the corpus folder changes. */
  corpus: PooledCorpus | null;
  storage: Storage;
  metrics: PrometheusMetrics;
  /** The health and metrics server's port; null when HTTP_PORT is unset. */
  opsPort: number | null;
  /** Feed polling, when FEEDS_FILE is set: its `status()` is the per-feed status to export. */
  ingest: Ingester | null;
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
  /** The health server's timers (readiness check deadlines); tests pass fakes. */
  timers?: Timers;
  /** Threads answering queries (default: one per core). */
  threads?: number;
}

interface OpenedCorpus {
  corpus: PooledCorpus;
  engine(): Engine;
  /** Starts reloading on file changes; `onReload` runs once the new corpus answers. */
  watch(onReload: () => Promise<void>): Stoppable | null;
}

/**
 * The corpus, loaded in a background thread and searched by a pool of threads; when its files change, the next
 * image is built in the background and swapped in, and answers never pause.
 */
async function openCorpus(
  config: Config,
  logger: Logger,
  metrics: PrometheusMetrics,
  intervalMs: number,
  threads: number | undefined,
): Promise<OpenedCorpus> {
  const corpus = await openPooledCorpus({
    corpusDir: config.CORPUS_DIR,
    dataDir: config.DATA_DIR,
    logger,
    ...(threads ? { threads } : {}),
  });
  return {
    corpus,
    engine: () => corpus.current().engine,
    watch(onReload) {
      if (!config.WATCH_CORPUS) return null;
      const watcher = watchCorpus({
        corpusDir: config.CORPUS_DIR,
        intervalMs,
        logger,
        onChange: async () => {
          try {
            await corpus.reload();
            await onReload();
          } catch (error) {
            metrics.corpusReload("failed");
            throw error;
          }
          metrics.corpusReload("succeeded");
        },
      });
      return { name: "corpus watcher", stop: () => watcher.stop() };
    },
  };
}

/**
 * Starts everything the configuration enables. The health server comes first, so an orchestrator sees the
 * process alive (and not yet ready) while the corpus loads; front ends are stopped before storage so that
 * answers in flight can still record their check while shutting down.
 */
export async function startApp(
  config: Config,
  logger: Logger,
  options: StartAppOptions = {},
): Promise<RunningApp> {
  const clock = options.clock ?? systemClock;
  // The process figures (event-loop lag, GC) keep observers running; only worth it when someone can scrape them.
  const metrics = createPrometheusMetrics({ processMetrics: Boolean(config.HTTP_PORT) });
  const answers = servesCorpus(config);
  const readiness = new AppReadiness(answers);
  const ops = config.HTTP_PORT ? await startOps(config, logger, metrics, readiness, options.timers) : null;
  const started: Stoppable[] = [];
  let storage: Storage | undefined;
  let pool: PooledCorpus | undefined;
  const stopAll = async () => {
    readiness.markStopping();
    for (const service of started.reverse()) {
      await service
        .stop()
        .catch((err) => logger.error({ err, service: service.name }, "error while stopping"));
    }
    // After the front ends (whose answers in flight still need the pool), before storage.
    await pool?.close().catch((err) => logger.error({ err, service: "corpus pool" }, "error while stopping"));
    await storage?.close();
    await ops?.stop();
  };
  try {
    const opened = answers
      ? await openCorpus(
          config,
          logger,
          metrics,
          options.watchIntervalMs ?? WATCH_INTERVAL_MS,
          options.threads,
        )
      : null;
    if (opened) {
      pool = opened.corpus;
      readiness.corpus = opened.corpus;
      metrics.observeCorpus(() => opened.corpus.stats());
    }
    const openedStorage = await openStorage({
      dataDir: config.DATA_DIR,
      logger,
      ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}),
    });
    storage = openedStorage;
    readiness.storage = openedStorage;
    const watcher = opened ? await noteAndWatch(opened, openedStorage, clock) : null;
    if (watcher) started.push(watcher);
    started.push({
      name: "retention",
      ...startRetention({ storage: openedStorage, retentionDays: config.RETENTION_DAYS, clock, logger }),
    });
    const serving = opened
      ? await startServing(config, opened.corpus, openedStorage, {
          logger,
          clock,
          metrics,
          readiness,
          started,
        })
      : [];
    const ingest = await startConfiguredIngest({ config, storage: openedStorage, logger, clock });
    if (ingest) {
      started.push({ name: "ingest", stop: () => ingest.stop() });
      metrics.observeFeeds(() => ingest.status());
    }
    return {
      services: started.map((s) => s.name),
      frontEnds: serving,
      engine: opened?.engine ?? null,
      corpus: opened?.corpus ?? null,
      storage: openedStorage,
      metrics,
      opsPort: ops?.port ?? null,
      ingest,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/**
 * Records the corpus's documents in storage (what digests report as new), and again after each reload. Content
 * hashes were computed when the corpus was read: this thread never holds article texts.
 */
async function noteAndWatch(opened: OpenedCorpus, storage: Storage, clock: Clock): Promise<Stoppable | null> {
  const noteCorpus = () =>
    storage.noteDocuments(documentNotes(opened.corpus.current().engine.image), clock.now());
  await noteCorpus();
  return opened.watch(async () => {
    await noteCorpus();
  });
}

interface Services {
  logger: Logger;
  clock: Clock;
  metrics: PrometheusMetrics;
  readiness: AppReadiness;
  /** Each service started is added here, to be stopped in reverse. */
  started: Stoppable[];
}

/** The front ends that take requests, and the digests: everything that answers from the corpus. */
async function startServing(
  config: Config,
  corpus: PooledCorpus,
  storage: Storage,
  { logger, clock, metrics, readiness, started }: Services,
): Promise<FrontEnd[]> {
  const context: CommandContext = {
    corpus,
    logger,
    clock,
    metrics,
    recordCheck: (check) => storage.recordCheck(check),
    latestDigest: async () => {
      const posted = await storage.latestPostedDigest();
      return posted ? { reply: parseStoredReply(posted.reply), postedAt: posted.postedAt } : null;
    },
  };
  const actions = actionCodec(storage, clock, logger);
  const frontEnds = configuredFrontEnds(config, { context, actions, logger });
  const serving: FrontEnd[] = [];
  for (const { plugin, frontEnd } of frontEnds) {
    if (!plugin.settings.takesRequests(config)) continue;
    readiness.frontEnd(frontEnd.name, "starting");
    await frontEnd.start();
    readiness.frontEnd(frontEnd.name, () => frontEnd.status());
    started.push({ name: frontEnd.name, stop: () => frontEnd.stop() });
    serving.push(frontEnd);
  }
  const digests = startConfiguredDigests({ config, storage, corpus, frontEnds, logger, clock, metrics });
  if (digests) started.push({ name: "digests", stop: () => digests.stop() });
  return serving;
}

function startOps(
  config: Config,
  logger: Logger,
  metrics: PrometheusMetrics,
  readiness: AppReadiness,
  timers: Timers | undefined,
): Promise<OpsServer> {
  const secrets = secretValues(config).filter((s): s is string => typeof s === "string" && s.length >= 8);
  return startOpsServer({
    port: config.HTTP_PORT ?? 0,
    logger,
    readiness: () => readiness.checks(),
    metrics: () => metrics.render(),
    scrub: (text) => scrubSecrets(text, secrets),
    ...(timers ? { timers } : {}),
  });
}
