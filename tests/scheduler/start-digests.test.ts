import { describe, expect, it } from "vitest";
import { actionCodec } from "../../commands/index.js";
import { loadConfig } from "../../src/config/load-config.js";
import type { Config } from "../../src/config/schema.js";
import { inProcessCorpus } from "../../src/core/corpus-service.js";
import type { CoreLogger } from "../../src/core/logger.js";
import { systemClock } from "../../src/core/logger.js";
import { configuredFrontEnds } from "../../src/front-ends/registry.js";
import { createLogger } from "../../src/logging/logger.js";
import { CronPatternError } from "../../src/scheduler/cron-schedule.js";
import { startConfiguredDigests } from "../../src/scheduler/start-digests.js";
import type { Storage } from "../../src/storage/storage.js";
import { fakeEngine } from "../fakes/fake-engine.js";

function recordingLogger(): CoreLogger & { warnings: string[] } {
  const warnings: string[] = [];
  const none = () => undefined;
  return { warnings, debug: none, info: none, error: none, warn: (_o, msg) => warnings.push(msg ?? "") };
}

// The scheduler is not reached in these cases, so the storage is never touched.
const storage = {} as Storage;
const corpus = inProcessCorpus(() => fakeEngine([]));
const quiet = createLogger({ level: "silent", pretty: false });
const frontEndsFor = (config: Config) =>
  configuredFrontEnds(config, {
    context: { corpus, logger: quiet, clock: systemClock },
    actions: actionCodec(null, systemClock),
    logger: quiet,
  });

describe("startConfiguredDigests", () => {
  it("does nothing when DIGEST_CRON is unset", () => {
    const logger = recordingLogger();
    const config = loadConfig(
      { SLACK_BOT_TOKEN: "xoxb-1-2", SLACK_APP_TOKEN: "xapp-1", DIGEST_SLACK_CHANNEL: "C1" },
      {},
    );
    expect(
      startConfiguredDigests({ config, storage, corpus, frontEnds: frontEndsFor(config), logger }),
    ).toBeNull();
  });

  // loadConfig refuses the configurations below; a caller that assembles one itself still gets no half-start.
  it("warns, and schedules nothing, when no channel can be posted to", () => {
    const logger = recordingLogger();
    const config = {
      ...loadConfig({}, {}),
      DIGEST_CRON: "0 8 * * *",
      DIGEST_DISCORD_CHANNEL: "1023456789012345678",
    };
    expect(
      startConfiguredDigests({ config, storage, corpus, frontEnds: frontEndsFor(config), logger }),
    ).toBeNull();
    expect(logger.warnings).toEqual([
      "DIGEST_DISCORD_CHANNEL is set but DISCORD_TOKEN is not, so the Discord digest cannot be posted.",
      "DIGEST_CRON is set but there is no digest channel that can be posted to, so no digest is scheduled",
    ]);
  });

  it("rejects a cron pattern croner cannot read, naming the variable and an example", () => {
    const config = {
      ...loadConfig(
        { SLACK_BOT_TOKEN: "xoxb-1-2", SLACK_APP_TOKEN: "xapp-1", DIGEST_SLACK_CHANNEL: "C1" },
        {},
      ),
      DIGEST_CRON: "61 8 * * *",
    };
    const start = () =>
      startConfiguredDigests({
        config,
        storage,
        corpus,
        frontEnds: frontEndsFor(config),
        logger: recordingLogger(),
      });
    expect(start).toThrow(CronPatternError);
    expect(start).toThrow(/DIGEST_CRON "61 8 \* \* \*".*Example: DIGEST_CRON=0 8 \* \* 1-5/);
  });
});
