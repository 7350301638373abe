export { type BuildDigestOptions, buildDigest, type QuietMode } from "./build-digest.js";
export { CronPatternError } from "./cron-schedule.js";
export {
  type DigestScheduler,
  type DigestSchedulerOptions,
  startDigestScheduler,
} from "./digest-scheduler.js";
export { type DigestTarget, PostError } from "./digest-target.js";
export { digestTargetsFromConfig } from "./digest-targets.js";
export { startRetention } from "./retention.js";
export { startConfiguredDigests } from "./start-digests.js";
export { type CorpusWatcher, watchCorpus } from "./watch-corpus.js";
