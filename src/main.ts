import { startApp } from "./app/start-app.js";
import { ConfigError, loadConfig } from "./config/load-config.js";
import { type Config, secretValues } from "./config/schema.js";
import { isVerbatimError } from "./core/errors.js";
import { loadFeedsFile } from "./ingest/feeds-file.js";
import { createLogger, type Logger } from "./logging/logger.js";

const NOTHING_TO_RUN = `Verbatim has nothing to serve: no front end is configured.
Set SLACK_BOT_TOKEN (with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET) for Slack, DISCORD_TOKEN and
DISCORD_APPLICATION_ID for Discord, DIGEST_CRON with a digest channel, or FEEDS_FILE (with INGEST_CONTACT)
to ingest news feeds — see README.md and .env.example.
To check a quotation from the terminal instead: npx verbatim verify "All is well"
`;

/** Start-up failures are the operator's to fix: one clear line, no stack trace. */
function explain(error: unknown): string {
  if (error instanceof ConfigError || isVerbatimError(error)) return error.message;
  return `Verbatim could not start: ${error instanceof Error ? error.message : String(error)}`;
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
    // A bad feeds file is a configuration error: said before anything slow starts.
    if (config.FEEDS_FILE) await loadFeedsFile(config.FEEDS_FILE);
  } catch (error) {
    process.stderr.write(`${explain(error)}\n`);
    process.exit(2);
  }
  const wanted =
    config.SLACK_BOT_TOKEN ||
    (config.DISCORD_TOKEN && config.DISCORD_APPLICATION_ID) ||
    config.DIGEST_CRON ||
    config.FEEDS_FILE;
  if (!wanted) {
    process.stderr.write(NOTHING_TO_RUN);
    process.exit(2);
  }
  const logger: Logger = createLogger({ level: config.LOG_LEVEL, secrets: secretValues(config) });
  let app: Awaited<ReturnType<typeof startApp>>;
  try {
    app = await startApp(config, logger);
  } catch (error) {
    logger.error({ err: error }, "start-up failed");
    process.stderr.write(`${explain(error)}\n`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  }
  logger.info({ services: app.services, articles: app.corpus.stats().articles }, "verbatim is running");
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: finishing requests in flight");
    await app.stop();
    logger.info({}, "stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

await main();
