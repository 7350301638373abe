import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type MetricsSink, noMetrics } from "../../commands/metrics.js";
import type { Reply } from "../../commands/reply.js";
import { text } from "../../commands/reply.js";
import { silentLogger } from "../../src/core/logger.js";
import type { QuietMode } from "../../src/scheduler/build-digest.js";
import { type DigestScheduler, startDigestScheduler } from "../../src/scheduler/digest-scheduler.js";
import type { DigestTarget } from "../../src/scheduler/digest-target.js";
import { discordDigestTarget } from "../../src/scheduler/discord-digest-target.js";
import type { RetryPolicy } from "../../src/scheduler/post-with-retry.js";
import { slackDigestTarget } from "../../src/scheduler/slack-digest-target.js";
import { openStorage } from "../../src/storage/open-storage.js";
import type { Storage } from "../../src/storage/storage.js";
import type { FakeClock } from "../fakes/digest/fake-clock.js";
import type { FakeDiscordApi } from "../fakes/digest/fake-discord-api.js";
import type { FakeSlackApi } from "../fakes/digest/fake-slack-api.js";

export const SLACK_TOKEN = "xoxb-scheduler-test-token";
export const DISCORD_TOKEN = "discord-scheduler-test-token";
export const fastRetry: RetryPolicy = {
  attempts: 2,
  baseDelayMs: 20,
  maxDelayMs: 100,
  maxRetryAfterMs: 5000,
};

export function targetsFor(slack: FakeSlackApi, discord: FakeDiscordApi): DigestTarget[] {
  return [
    slackDigestTarget({
      token: SLACK_TOKEN,
      channel: "C0DIGEST",
      apiUrl: slack.apiUrl,
      timeoutMs: 500,
      logger: silentLogger,
    }),
    discordDigestTarget({
      token: DISCORD_TOKEN,
      channel: "1023456789012345678",
      apiUrl: discord.apiUrl,
      timeoutMs: 500,
      logger: silentLogger,
    }),
  ];
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
    shareable: false,
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
    metrics?: MetricsSink;
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
    logger: silentLogger,
    quiet: o.quiet ?? "note",
    retry: fastRetry,
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

let template: Promise<string> | undefined;

/**
 * A DATA_DIR with an already created and migrated embedded database: creating one takes seconds, copying one
 * does not, and every test still gets a database of its own.
 */
export async function freshDataDir(): Promise<string> {
  template ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), "verbatim-template-"));
    await (await openStorage({ dataDir: dir, logger: silentLogger })).close();
    return dir;
  })();
  const dataDir = await mkdtemp(join(tmpdir(), "verbatim-digest-"));
  await cp(join(await template, "db"), join(dataDir, "db"), { recursive: true });
  return dataDir;
}

export async function removeTemplate(): Promise<void> {
  if (template) await rm(await template, { recursive: true, force: true });
  template = undefined;
}

/** A metrics sink that keeps the digest outcomes it is told, in order. */
export function digestOutcomes(): MetricsSink & { posts: string[] } {
  const posts: string[] = [];
  return {
    posts,
    ...noMetrics,
    digestPost: (target, outcome) => posts.push(`${target} ${outcome}`),
  };
}
