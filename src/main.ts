import { installProcessGuards } from "./app/process-guards.js";
import { ConfigError, loadConfig } from "./config/load-config.js";
import { type Config, secretValues } from "./config/schema.js";
import { configuredServices, NOTHING_TO_SERVE } from "./config/services.js";
import { isVerbatimError } from "./core/errors.js";
import { loadFeedsFile } from "./ingest/feeds-file.js";
import { createLogger, type Logger } from "./logging/logger.js";
import { OpsServerError } from "./ops/ops-server.js";
import { DataDirBusyError } from "./storage/data-dir-lock.js";
import { DatabaseUnavailableError } from "./storage/database-unavailable.js";

/** Failures whose message says what to fix; anything else is a bug, logged with its stack. */
function isOperatorError(error: unknown): error is Error {
  return (
    error instanceof ConfigError ||
    isVerbatimError(error) ||
    error instanceof OpsServerError ||
    error instanceof DataDirBusyError ||
    error instanceof DatabaseUnavailableError
  );
}

/** Start-up failures are the operator's to fix: one clear line, no stack trace. */
function explain(error: unknown): string {
  if (isOperatorError(error)) return error.message;
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
  if (configuredServices(config).length === 0) {
    process.stderr.write(NOTHING_TO_SERVE);
    process.exit(2);
  }
  const logger: Logger = createLogger({ level: config.LOG_LEVEL, secrets: secretValues(config) });
  installProcessGuards(process, logger);
  let app: Awaited<ReturnType<typeof import("./app/start-app.js").startApp>>;
  try {
    // Loaded only once the configuration is known to be good, so a bad one is refused without loading every SDK.
    const { startApp } = await import("./app/start-app.js");
    app = await startApp(config, logger);
  } catch (error) {
    if (isOperatorError(error)) logger.error({ reason: error.message }, "start-up failed");
    else logger.error({ err: error }, "start-up failed");
    process.stderr.write(`${explain(error)}\n`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  }
  logger.info(
    {
      services: app.services,
      ...(app.corpus ? { articles: app.corpus.stats().articles } : {}),
      ...(app.opsPort !== null ? { healthPort: app.opsPort } : {}),
    },
    "verbatim is running",
  );
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
