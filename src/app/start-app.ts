import type { CommandContext } from "../../commands/context.js";
import { startDiscord } from "../adapters/discord/discord-bot.js";
import { startSlack } from "../adapters/slack/slack-app.js";
import { type Config, secretValues } from "../config/schema.js";
import { type CorpusService, inProcessCorpus } from "../core/corpus-service.js";
import { openEngine } from "../core/engine.js";
import { type Clock, systemClock } from "../core/logger.js";
import type { Engine } from "../core/types.js";
import type { Ingester } from "../ingest/ingest-runner.js";
import { startConfiguredIngest } from "../ingest/start-configured-ingest.js";
import { type Logger, scrubSecrets } from "../logging/logger.js";
import { AppReadiness } from "../ops/app-readiness.js";
import { type OpsServer, startOpsServer } from "../ops/ops-server.js";
import { createPrometheusMetrics, type PrometheusMetrics } from "../ops/prometheus-metrics.js";
import { startRetention } from "../scheduler/retention.js";
import { startConfiguredDigests } from "../scheduler/start-digests.js";
import type { Timers } from "../scheduler/timers.js";
import { watchCorpus } from "../scheduler/watch-corpus.js";
import { openStorage } from "../storage/open-storage.js";
import type { Storage } from "../storage/storage.js";

export interface RunningApp {
  /** The front ends and jobs that started, for the start-up log and tests. */
  readonly services: readonly string[];
  engine(): Engine;
  corpus: CorpusService;
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
  const readiness = new AppReadiness();
  const ops = config.HTTP_PORT ? await startOps(config, logger, metrics, readiness, options.timers) : null;
  const started: Stoppable[] = [];
  let storage: Storage | undefined;
  const stopAll = async () => {
    readiness.markStopping();
    for (const service of started.reverse()) {
      await service
        .stop()
        .catch((err) => logger.error({ err, service: service.name }, "error while stopping"));
    }
    await storage?.close();
    await ops?.stop();
  };
  try {
    const corpusOptions = { corpusDir: config.CORPUS_DIR, dataDir: config.DATA_DIR, logger, clock };
    let engine = await openEngine(corpusOptions);
    const corpus = inProcessCorpus(() => engine);
    readiness.corpus = corpus;
    metrics.observeCorpus(() => corpus.stats());
    const openedStorage = await openStorage({
      dataDir: config.DATA_DIR,
      logger,
      ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}),
    });
    storage = openedStorage;
    readiness.storage = openedStorage;
    await openedStorage.noteDocuments(engine.articles, clock.now());
    const context: CommandContext = {
      corpus,
      logger,
      clock,
      metrics,
      recordCheck: (check) => openedStorage.recordCheck(check),
      latestDigest: () => openedStorage.latestPostedDigest(),
    };
    if (config.WATCH_CORPUS) {
      const watcher = watchCorpus({
        corpusDir: config.CORPUS_DIR,
        intervalMs: options.watchIntervalMs ?? WATCH_INTERVAL_MS,
        logger,
        onChange: async () => {
          try {
            const next = await openEngine(corpusOptions);
            await openedStorage.noteDocuments(next.articles, clock.now());
            engine = next;
          } catch (error) {
            metrics.corpusReload("failed");
            throw error;
          }
          metrics.corpusReload("succeeded");
        },
      });
      started.push({ name: "corpus watcher", stop: () => watcher.stop() });
    }
    started.push({
      name: "retention",
      ...startRetention({ storage: openedStorage, retentionDays: config.RETENTION_DAYS, clock, logger }),
    });
    if (config.SLACK_BOT_TOKEN) {
      readiness.frontEnd("slack", "starting");
      const slack = await startSlack({
        botToken: config.SLACK_BOT_TOKEN,
        port: config.SLACK_PORT,
        context,
        logger,
        ...(config.SLACK_SIGNING_SECRET ? { signingSecret: config.SLACK_SIGNING_SECRET } : {}),
        ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}),
        ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}),
      });
      readiness.frontEnd("slack", () => slack.status());
      started.push({ name: "slack", stop: () => slack.stop() });
    }
    if (config.DISCORD_TOKEN && config.DISCORD_APPLICATION_ID) {
      readiness.frontEnd("discord", "starting");
      const discord = await startDiscord({
        token: config.DISCORD_TOKEN,
        applicationId: config.DISCORD_APPLICATION_ID,
        context,
        logger,
        ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
      });
      readiness.frontEnd("discord", () => discord.status());
      started.push({ name: "discord", stop: () => discord.stop() });
    }
    const digests = startConfiguredDigests({
      config,
      storage: openedStorage,
      corpus,
      logger,
      clock,
      metrics,
    });
    if (digests) started.push({ name: "digests", stop: () => digests.stop() });
    const ingest = await startConfiguredIngest({ config, storage: openedStorage, logger, clock });
    if (ingest) started.push({ name: "ingest", stop: () => ingest.stop() });
    return {
      services: started.map((s) => s.name),
      engine: () => engine,
      corpus,
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
