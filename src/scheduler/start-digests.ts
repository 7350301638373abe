import type { MetricsSink } from "../../commands/metrics.js";
import type { Config } from "../config/schema.js";
import type { CorpusService } from "../core/corpus-service.js";
import type { Clock, CoreLogger } from "../core/logger.js";
import { systemClock } from "../core/logger.js";
import type { ConfiguredFrontEnd } from "../front-ends/registry.js";
import type { Storage } from "../storage/storage.js";
import { realTimers } from "../timers/timers.js";
import { boundedStorage, STORAGE_TIMEOUT_MS } from "./bounded-storage.js";
import { buildDigest } from "./build-digest.js";
import { type DigestScheduler, startDigestScheduler } from "./digest-scheduler.js";
import { digestTargets } from "./digest-targets.js";

export interface ConfiguredDigestOptions {
  config: Config;
  storage: Storage;
  /** The corpus; it may be reloaded while the scheduler runs. */
  corpus: CorpusService;
  /** The front ends the configuration holds credentials for; digests are posted through them. */
  frontEnds: readonly ConfiguredFrontEnd[];
  logger: CoreLogger;
  clock?: Clock;
  metrics?: MetricsSink;
}

/**
 * The scheduled digest as the configuration describes it, or null when DIGEST_CRON is unset. `loadConfig` has
 * already refused a pattern croner cannot read and a channel without its platform's token; for a configuration
 * assembled otherwise, such channels are logged and skipped, and a bad pattern throws `CronPatternError`.
 */
export function startConfiguredDigests(options: ConfiguredDigestOptions): DigestScheduler | null {
  const { config, storage, logger } = options;
  if (!config.DIGEST_CRON) return null;
  const { targets, problems } = digestTargets(config, options.frontEnds);
  for (const problem of problems) logger.warn({}, problem);
  if (targets.length === 0) {
    logger.warn(
      { cron: config.DIGEST_CRON },
      "DIGEST_CRON is set but there is no digest channel that can be posted to, so no digest is scheduled",
    );
    return null;
  }
  // The build reads the storage too; a hung read there would hold up the scheduler as surely as its own.
  const buildStorage = boundedStorage(storage, STORAGE_TIMEOUT_MS, realTimers);
  const scheduler = startDigestScheduler({
    cron: config.DIGEST_CRON,
    timezone: config.DIGEST_TIMEZONE,
    clock: options.clock ?? systemClock,
    storage,
    targets,
    quiet: config.DIGEST_QUIET,
    logger,
    ...(options.metrics ? { metrics: options.metrics } : {}),
    build: ({ from, to, quiet }) =>
      buildDigest({
        corpus: options.corpus,
        storage: buildStorage,
        from,
        to,
        quiet,
        timezone: config.DIGEST_TIMEZONE,
      }),
  });
  logger.info(
    { cron: config.DIGEST_CRON, timezone: config.DIGEST_TIMEZONE, targets: targets.map((t) => t.id) },
    "digest scheduled",
  );
  return scheduler;
}
