import { type MetricsSink, noMetrics } from "../../commands/metrics.js";
import type { Reply } from "../../commands/reply.js";
import { text } from "../../commands/reply.js";
import { inProcessCorpus } from "../../src/core/corpus-service.js";
import { type CoreLogger, silentLogger, systemClock } from "../../src/core/logger.js";
import { createDiscordFrontEnd } from "../../src/front-ends/discord/discord-front-end.js";
import { createSlackFrontEnd } from "../../src/front-ends/slack/slack-front-end.js";
import { createLogger } from "../../src/logging/logger.js";
import type { QuietMode } from "../../src/scheduler/build-digest.js";
import { type DigestScheduler, startDigestScheduler } from "../../src/scheduler/digest-scheduler.js";
import type { DigestTarget } from "../../src/scheduler/digest-target.js";
import { targetFor } from "../../src/scheduler/digest-targets.js";
import type { RetryPolicy } from "../../src/scheduler/post-with-retry.js";
import type { Storage } from "../../src/storage/storage.js";
import type { FakeClock } from "../fakes/digest/fake-clock.js";
import type { FakeDiscordApi } from "../fakes/digest/fake-discord-api.js";
import type { FakeSlackApi } from "../fakes/digest/fake-slack-api.js";
import { fakeEngine } from "../fakes/fake-engine.js";

export const SLACK_TOKEN = "xoxb-scheduler-test-token";
export const DISCORD_TOKEN = "discord-scheduler-test-token";
/** Retries without waiting: the waits themselves are tested with recorded sleeps, never real ones. */
export const fastRetry: RetryPolicy = {
  attempts: 2,
  baseDelayMs: 20,
  maxDelayMs: 100,
  maxRetryAfterMs: 5000,
  sleep: async () => {},
};

const quiet = createLogger({ level: "silent", pretty: false });
const context = { corpus: inProcessCorpus(() => fakeEngine([])), logger: quiet, clock: systemClock };

/** The Slack front end's digest channel, against a fake Slack Web API. */
export function slackTarget(apiUrl: string, timeoutMs = 500, token = SLACK_TOKEN): DigestTarget {
  const slack = createSlackFrontEnd({
    botToken: token,
    port: 0,
    apiUrl,
    context,
    logger: quiet,
    requestTimeoutMs: timeoutMs,
  });
  return targetFor(slack, "C0DIGEST");
}

/** The Discord front end's digest channel, against a fake Discord REST API. */
export function discordTarget(apiUrl: string, timeoutMs = 500, token = DISCORD_TOKEN): DigestTarget {
  const discord = createDiscordFrontEnd({
    token,
    applicationId: "1",
    apiUrl,
    context,
    logger: quiet,
    restTimeoutMs: timeoutMs,
  });
  return targetFor(discord, "1023456789012345678");
}

export function targetsFor(slack: FakeSlackApi, discord: FakeDiscordApi): DigestTarget[] {
  return [slackTarget(slack.apiUrl), discordTarget(discord.apiUrl)];
}

/** A digest that names its period, so tests can see which period each post covered. */
export function periodReply(from: Date, to: Date): Reply {
  return {
    kind: "digest",
    tone: "info",
    emoji: "🗞️",
    title: "Digest",
    summary: `From ${from.toISOString()} to ${to.toISOString()}`,
    fields: [],
    sections: [
      { heading: "Period", items: [[text(`${from.toISOString()} → ${to.toISOString()}`)]], noun: "periods" },
    ],
  };
}

export interface Started {
  scheduler: DigestScheduler;
  builds: { from: Date; to: Date }[];
}

export function startScheduler(
  o: {
    clock: FakeClock;
    storage: Storage;
    targets: DigestTarget[];
    owner?: string;
    quiet?: QuietMode;
    retry?: RetryPolicy;
    metrics?: MetricsSink;
    logger?: CoreLogger;
  },
  build: (period: { from: Date; to: Date; quiet: QuietMode }) => Promise<Reply | null> = async (p) =>
    periodReply(p.from, p.to),
): Started {
  const builds: { from: Date; to: Date }[] = [];
  const scheduler = startDigestScheduler({
    cron: "0 8 * * *",
    timezone: "UTC",
    clock: o.clock,
    timers: o.clock,
    storage: o.storage,
    targets: o.targets,
    logger: o.logger ?? silentLogger,
    quiet: o.quiet ?? "note",
    retry: o.retry ?? fastRetry,
    retryDelayMs: 5 * 60_000,
    leaseMs: 10 * 60_000,
    ...(o.owner ? { owner: o.owner } : {}),
    ...(o.metrics ? { metrics: o.metrics } : {}),
    build: async (period) => {
      builds.push({ from: period.from, to: period.to });
      return build(period);
    },
  });
  return { scheduler, builds };
}

/** The period a Slack post covered, read back from the text the fake received. */
export function postedPeriod(post: { blocks: unknown[] }): string | undefined {
  return /\d{4}-\d\d-\d\dT[\d:.]+Z → \d{4}-\d\d-\d\dT[\d:.]+Z/.exec(JSON.stringify(post.blocks))?.[0];
}

export { freshDataDir } from "../fakes/prepared-data-dir.js";

/** A metrics sink that keeps the digest outcomes it is told, in order. */
export function digestOutcomes(): MetricsSink & { posts: string[] } {
  const posts: string[] = [];
  return {
    posts,
    ...noMetrics,
    digestPost: (target, outcome) => posts.push(`${target} ${outcome}`),
  };
}
