import type { Config } from "../config/schema.js";
import type { Clock, CoreLogger } from "../core/logger.js";
import type { Storage } from "../storage/storage.js";
import { loadFeedsFile } from "./feeds-file.js";
import { type Ingester, startIngest } from "./ingest-runner.js";

export interface ConfiguredIngestOptions {
  config: Config;
  storage: Storage;
  logger: CoreLogger;
  clock?: Clock;
}

/**
 * Feed polling as the configuration describes it, or null when FEEDS_FILE is unset. Throws `ConfigError` naming
 * the entry and key for a bad feeds file.
 */
export async function startConfiguredIngest(options: ConfiguredIngestOptions): Promise<Ingester | null> {
  const { config } = options;
  if (!config.FEEDS_FILE || !config.INGEST_CONTACT) return null;
  const feeds = await loadFeedsFile(config.FEEDS_FILE);
  return startIngest({
    feeds,
    storage: options.storage,
    corpusDir: config.CORPUS_DIR,
    contact: config.INGEST_CONTACT,
    allowPrivateNetworks: config.INGEST_ALLOW_PRIVATE,
    logger: options.logger,
    ...(options.clock ? { clock: options.clock } : {}),
  });
}
