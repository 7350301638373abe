/**
 * What every `verbatim` command shares: its streams and environment, the configuration (read only when a command
 * needs it), a logger that writes readable lines to a terminal, the corpus, and how failures become one line.
 */
import { ConfigError, loadConfig, readDotenv } from "../config/load-config.js";
import { type Config, secretValues } from "../config/schema.js";
import { openEngine } from "../core/engine.js";
import { isVerbatimError } from "../core/errors.js";
import type { Engine } from "../core/types.js";
import { terminalProgress } from "../front-ends/terminal/progress.js";
import type { TerminalIo } from "../front-ends/terminal/terminal-front-end.js";
import { pullIngestedArticles } from "../ingest/pull-ingested.js";
import { createLogger, type Logger } from "../logging/logger.js";
import { DataDirBusyError } from "../storage/data-dir-lock.js";
import { DatabaseUnavailableError } from "../storage/database-unavailable.js";

/** Raised for problems the user can fix; printed as a plain message with exit status 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export interface CliIo extends TerminalIo {
  stdin: NodeJS.ReadableStream;
  /** Values from `.env`; the environment wins over them. */
  dotenv?: Readonly<Record<string, string | undefined>>;
}

export interface CliSession {
  io: CliIo;
  config(): Config;
  logger(): Logger;
  /** Opens the corpus of `--corpus DIR`, else CORPUS_DIR; once per run. */
  engine(corpusDir: string | undefined): Promise<Engine>;
}

export function cliSession(io: CliIo): CliSession {
  let config: Config | undefined;
  let logger: Logger | undefined;
  let engine: Promise<Engine> | undefined;
  const session: CliSession = {
    io,
    config() {
      config ??= loadConfig(io.env, io.dotenv ?? readDotenv());
      return config;
    },
    logger() {
      const settings = session.config();
      // Logs go to stderr so that stdout carries only the answer (JSON Lines for tooling); readable on a terminal.
      logger ??= createLogger({
        level: settings.LOG_LEVEL === "info" ? "warn" : settings.LOG_LEVEL,
        pretty: Boolean(io.stderr.isTTY),
        destination: io.stderr,
        secrets: secretValues(settings),
      });
      return logger;
    },
    engine(corpusDir) {
      engine ??= (async () => {
        const progress = terminalProgress(io.stderr);
        try {
          // The configured corpus is the bots' corpus: it also holds what they ingested, wherever that ran.
          if (corpusDir === undefined) {
            await pullIngestedArticles(session.config(), session.config().CORPUS_DIR, session.logger());
          }
          return await openEngine({
            corpusDir: corpusDir ?? session.config().CORPUS_DIR,
            dataDir: session.config().DATA_DIR,
            logger: session.logger(),
            ...(progress ? { onProgress: progress.onProgress } : {}),
          });
        } finally {
          progress?.done();
        }
      })();
      return engine;
    },
  };
  return session;
}

/** Failures whose message says what to fix, so a stack trace would only hide it. */
function isOperatorError(error: unknown): error is Error {
  return (
    error instanceof UsageError ||
    isVerbatimError(error) ||
    error instanceof DatabaseUnavailableError ||
    error instanceof DataDirBusyError
  );
}

/** Turns any failure into a message and an exit status; only a bug prints more than one line. */
export function reportFailure(error: unknown, io: CliIo, logger?: Logger): number {
  if (error instanceof ConfigError) {
    io.stderr.write(`${error.message}\n`);
    return 2;
  }
  if (isOperatorError(error)) {
    io.stderr.write(`verbatim: ${error.message}\n`);
    return 2;
  }
  logger?.error({ err: error }, "unexpected failure");
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`verbatim: something went wrong: ${message}\n`);
  return 1;
}
