import { parseArgs } from "node:util";
import type { Config } from "../config/schema.js";
import { inProcessCorpus } from "../core/corpus-service.js";
import type { Clock, CoreLogger } from "../core/logger.js";
import { systemClock } from "../core/logger.js";
import type { Engine } from "../core/types.js";
import { buildDigest } from "../scheduler/build-digest.js";
import { digestTargetsFromConfig } from "../scheduler/digest-targets.js";
import { defaultRetryPolicy, type RetryPolicy } from "../scheduler/post-with-retry.js";
import { runDigestSlot } from "../scheduler/run-digest-slot.js";
import { MANUAL_SLOT_PREFIX } from "../storage/digest-store.js";
import { openStorage } from "../storage/open-storage.js";
import type { Storage } from "../storage/storage.js";
import { colour, noColour, renderTerminal, wantsColour } from "./render-terminal.js";

export interface DigestCommandDeps {
  config: Config;
  logger: CoreLogger;
  engine: Engine;
  /** Opened from the configuration (and closed again) when not given. */
  storage?: Storage;
  clock?: Clock;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
  retry?: RetryPolicy;
}

const USAGE = `Usage: verbatim digest --print | --post

  --print   show the digest for the period since the last posted digest (or the last 24 hours)
  --post    post that digest now to DIGEST_SLACK_CHANNEL and/or DIGEST_DISCORD_CHANNEL
`;
const DAY_MS = 86_400_000;

function parse(argv: string[]): { print: boolean; post: boolean; help: boolean } | string {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        print: { type: "boolean", default: false },
        post: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    return { print: values.print, post: values.post, help: values.help };
  } catch (error) {
    return (error as Error).message.split("\n")[0] ?? "invalid arguments";
  }
}

async function period(storage: Storage, now: Date): Promise<{ from: Date; to: Date }> {
  const from = (await storage.lastDigestPeriodEnd(now)) ?? new Date(now.getTime() - DAY_MS);
  return { from, to: now };
}

async function printDigest(
  deps: DigestCommandDeps,
  storage: Storage,
  out: NodeJS.WriteStream,
): Promise<number> {
  const { from, to } = await period(storage, (deps.clock ?? systemClock).now());
  const reply = await buildDigest({
    corpus: inProcessCorpus(() => deps.engine),
    storage,
    from,
    to,
    quiet: "note",
    timezone: deps.config.DIGEST_TIMEZONE,
  });
  if (reply) out.write(renderTerminal(reply, wantsColour(out) ? colour : noColour));
  return 0;
}

async function postDigest(
  deps: DigestCommandDeps,
  storage: Storage,
  err: NodeJS.WriteStream,
): Promise<number> {
  const { config, logger } = deps;
  const { targets, problems } = digestTargetsFromConfig(config, logger);
  for (const problem of problems) err.write(`verbatim: ${problem}\n`);
  if (targets.length === 0) {
    err.write(
      "verbatim: no digest channel is configured. Set DIGEST_SLACK_CHANNEL (with SLACK_BOT_TOKEN) and/or " +
        "DIGEST_DISCORD_CHANNEL (with DISCORD_TOKEN).\n",
    );
    return 2;
  }
  const clock = deps.clock ?? systemClock;
  const now = clock.now();
  const slot = `${MANUAL_SLOT_PREFIX}${now.toISOString()}`;
  const outcome = await runDigestSlot(
    {
      storage,
      targets,
      build: (p) =>
        buildDigest({
          corpus: inProcessCorpus(() => deps.engine),
          storage,
          ...p,
          quiet: config.DIGEST_QUIET,
          timezone: config.DIGEST_TIMEZONE,
        }),
      defaultFrom: (to) => new Date(to.getTime() - DAY_MS),
      clock,
      logger,
      owner: `cli:${process.pid}`,
      leaseMs: 10 * 60_000,
      retry: deps.retry ?? defaultRetryPolicy,
    },
    slot,
    now,
  );
  const out = deps.stdout ?? process.stdout;
  if (outcome === "skipped") {
    out.write("Nothing new since the last digest; nothing posted (DIGEST_QUIET=skip).\n");
    return 0;
  }
  const posted = new Set(await storage.postedTargets(slot));
  const missing = targets.filter((t) => !posted.has(t.id)).map((t) => t.id);
  if (posted.size > 0) out.write(`Digest posted to ${[...posted].join(", ")}.\n`);
  if (missing.length === 0) return 0;
  err.write(
    `verbatim: could not post the digest to ${missing.join(", ")} (see the log above). A running bot retries it ` +
      "for the next 24 hours.\n",
  );
  return 1;
}

/** `verbatim digest --print | --post`. Returns the exit status; bad input or configuration gives 2. */
export async function runDigestCommand(argv: string[], deps: DigestCommandDeps): Promise<number> {
  const out = deps.stdout ?? process.stdout;
  const err = deps.stderr ?? process.stderr;
  const args = parse(argv);
  if (typeof args === "string") {
    err.write(`verbatim: ${args}.\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    out.write(USAGE);
    return 0;
  }
  if (args.print === args.post) {
    err.write(`verbatim: choose one of --print or --post.\n${USAGE}`);
    return 2;
  }
  let storage = deps.storage;
  try {
    storage ??= await openStorage({
      ...(deps.config.DATABASE_URL ? { databaseUrl: deps.config.DATABASE_URL } : {}),
      dataDir: deps.config.DATA_DIR,
      logger: deps.logger,
    });
  } catch (error) {
    deps.logger.error({ err: error }, "could not open the database");
    err.write(
      `verbatim: the digest needs the database, which could not be opened: ${(error as Error).message}\n`,
    );
    return 2;
  }
  try {
    // The corpus this run loaded counts as seen just before the period it closes, so a digest made without a
    // running bot (e.g. from a system cron job) still lists new articles, and the next period does not repeat them.
    const now = (deps.clock ?? systemClock).now();
    await storage.noteDocuments(deps.engine.articles, new Date(now.getTime() - 1));
    return args.print ? await printDigest(deps, storage, out) : await postDigest(deps, storage, err);
  } finally {
    if (!deps.storage) await storage.close();
  }
}
