import { ConfigError, loadConfig } from "../config/load-config.js";
import { type Config, secretValues } from "../config/schema.js";
import { openEngine } from "../core/engine.js";
import { isVerbatimError } from "../core/errors.js";
import type { Engine } from "../core/types.js";
import { terminalProgress } from "../front-ends/terminal/progress.js";
import { createLogger, type Logger } from "../logging/logger.js";

/** Raised for problems the user can fix; printed as a plain message with exit status 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export interface CliContext {
  config: Config;
  logger: Logger;
}

export function cliContext(): CliContext {
  const config = loadConfig();
  // Logs go to stderr so that stdout carries only the answer (JSON Lines for tooling).
  const logger = createLogger({
    level: config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL,
    pretty: Boolean(process.stderr.isTTY),
    destination: process.stderr,
    secrets: secretValues(config),
  });
  return { config, logger };
}

export async function openCliEngine(ctx: CliContext, corpusDir: string | undefined): Promise<Engine> {
  const progress = terminalProgress(process.stderr);
  try {
    return await openEngine({
      corpusDir: corpusDir ?? ctx.config.CORPUS_DIR,
      dataDir: ctx.config.DATA_DIR,
      logger: ctx.logger,
      ...(progress ? { onProgress: progress.onProgress } : {}),
    });
  } finally {
    progress?.done();
  }
}

/** Turns any failure into a message and an exit status; only a bug prints more than one line. */
export function reportFailure(error: unknown, logger?: Logger): number {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  if (error instanceof UsageError || isVerbatimError(error)) {
    process.stderr.write(`verbatim: ${error.message}\n`);
    return 2;
  }
  logger?.error({ err: error }, "unexpected failure");
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`verbatim: something went wrong: ${message}\n`);
  return 1;
}
