import type { CommandContext } from "../../commands/context.js";
import { startDiscord } from "../adapters/discord/discord-bot.js";
import { startSlack } from "../adapters/slack/slack-app.js";
import type { Config } from "../config/schema.js";
import { type CorpusService, inProcessCorpus } from "../core/corpus-service.js";
import { openEngine } from "../core/engine.js";
import { type Clock, systemClock } from "../core/logger.js";
import type { Engine } from "../core/types.js";
import type { Ingester } from "../ingest/ingest-runner.js";
import { startConfiguredIngest } from "../ingest/start-configured-ingest.js";
import type { Logger } from "../logging/logger.js";
import { startRetention } from "../scheduler/retention.js";
import { startConfiguredDigests } from "../scheduler/start-digests.js";
import { watchCorpus } from "../scheduler/watch-corpus.js";
import { openStorage } from "../storage/open-storage.js";
import type { Storage } from "../storage/storage.js";

export interface RunningApp {
  /** The front ends and jobs that started, for the start-up log and tests. */
  readonly services: readonly string[];
  engine(): Engine;
  corpus: CorpusService;
  storage: Storage;
  /** Feed polling, when FEEDS_FILE is set: its `status()` is the per-feed status to export. */
  ingest: Ingester | null;
  stop(): Promise<void>;
}

interface Stoppable {
  name: string;
  stop(): Promise<void>;
}

const WATCH_INTERVAL_MS = 5_000;

/**
 * Starts everything the configuration enables. Front ends are stopped before storage so that answers in flight can
 * still record their check while shutting down.
 */
export interface StartAppOptions {
  clock?: Clock;
  /** How often the corpus directory is polled for changes. */
  watchIntervalMs?: number;
}

export async function startApp(
  config: Config,
  logger: Logger,
  options: StartAppOptions = {},
): Promise<RunningApp> {
  const clock = options.clock ?? systemClock;
  const corpusOptions = { corpusDir: config.CORPUS_DIR, dataDir: config.DATA_DIR, logger, clock };
  let engine = await openEngine(corpusOptions);
  const corpus = inProcessCorpus(() => engine);
  const storage = await openStorage({
    dataDir: config.DATA_DIR,
    logger,
    ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}),
  });
  const started: Stoppable[] = [];
  let ingest: Ingester | null = null;
  const stopAll = async () => {
    for (const service of started.reverse()) {
      await service
        .stop()
        .catch((err) => logger.error({ err, service: service.name }, "error while stopping"));
    }
    await storage.close();
  };
  try {
    await storage.noteDocuments(engine.articles, clock.now());
    const context: CommandContext = {
      corpus,
      logger,
      clock,
      recordCheck: (check) => storage.recordCheck(check),
    };
    if (config.WATCH_CORPUS) {
      const watcher = watchCorpus({
        corpusDir: config.CORPUS_DIR,
        intervalMs: options.watchIntervalMs ?? WATCH_INTERVAL_MS,
        logger,
        onChange: async () => {
          const next = await openEngine(corpusOptions);
          await storage.noteDocuments(next.articles, clock.now());
          engine = next;
        },
      });
      started.push({ name: "corpus watcher", stop: () => watcher.stop() });
    }
    started.push({
      name: "retention",
      ...startRetention({ storage, retentionDays: config.RETENTION_DAYS, clock, logger }),
    });
    if (config.SLACK_BOT_TOKEN) {
      const slack = await startSlack({
        botToken: config.SLACK_BOT_TOKEN,
        port: config.SLACK_PORT,
        context,
        logger,
        ...(config.SLACK_SIGNING_SECRET ? { signingSecret: config.SLACK_SIGNING_SECRET } : {}),
        ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}),
        ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}),
      });
      started.push({ name: "slack", stop: () => slack.stop() });
    }
    if (config.DISCORD_TOKEN && config.DISCORD_APPLICATION_ID) {
      const discord = await startDiscord({
        token: config.DISCORD_TOKEN,
        applicationId: config.DISCORD_APPLICATION_ID,
        context,
        logger,
        ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
      });
      started.push({ name: "discord", stop: () => discord.stop() });
    }
    const digests = startConfiguredDigests({ config, storage, corpus, logger, clock });
    if (digests) started.push({ name: "digests", stop: () => digests.stop() });
    ingest = await startConfiguredIngest({ config, storage, logger, clock });
    if (ingest) started.push({ name: "ingest", stop: () => (ingest as Ingester).stop() });
  } catch (error) {
    await stopAll();
    throw error;
  }
  return {
    services: started.map((s) => s.name),
    engine: () => engine,
    corpus,
    storage,
    ingest,
    stop: stopAll,
  };
}
