import type { Config } from "../config/schema.js";
import type { CoreLogger } from "../core/logger.js";
import type { Storage } from "../storage/storage.js";
import { openConfiguredStorage } from "./ingest-command.js";
import { Materialiser } from "./materialise.js";

export type OpenStorage = (config: Config, logger: CoreLogger) => Promise<Storage>;

/**
 * Writes into `corpusDir` the articles that any instance sharing this PostgreSQL database has ingested and the
 * folder does not hold yet, so a command run on another machine answers from the same corpus as the bots. Only
 * with DATABASE_URL: the embedded database belongs to the bot on this machine, which shares its corpus folder
 * already. An unreachable database costs a warning, not the answer: the folder is used as it is.
 */
export async function pullIngestedArticles(
  config: Config,
  corpusDir: string,
  logger: CoreLogger,
  open: OpenStorage = openConfiguredStorage,
): Promise<number | null> {
  if (!config.DATABASE_URL) return null;
  let storage: Storage | undefined;
  try {
    storage = await open(config, logger);
    return await new Materialiser(storage.ingest, corpusDir, logger).catchUp();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    logger.warn(
      { reason },
      "could not bring in the articles ingested by other instances; using the corpus folder as it is",
    );
    return null;
  } finally {
    await storage?.close().catch(() => undefined);
  }
}
