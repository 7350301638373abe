/**
 * `verbatim digest --print | --post`, an operator command: the digest for the period since the last posted one,
 * previewed exactly as each configured channel would show it, or posted now (also without a running bot, e.g. from
 * a system cron job, using the same database).
 */
import type { Command } from "commander";
import { actionCodec, type CommandContext } from "../../commands/index.js";
import type { Config } from "../config/schema.js";
import { type CorpusService, inProcessCorpus } from "../core/corpus-service.js";
import type { Clock } from "../core/logger.js";
import { systemClock } from "../core/logger.js";
import type { Engine } from "../core/types.js";
import { configuredFrontEnds } from "../front-ends/registry.js";
import { colour, noColour, renderTerminal, wantsColour } from "../front-ends/terminal/render-terminal.js";
import type { Logger } from "../logging/logger.js";
import { buildDigest } from "../scheduler/build-digest.js";
import type { DigestTarget } from "../scheduler/digest-target.js";
import { digestTargets } from "../scheduler/digest-targets.js";
import { defaultRetryPolicy, type RetryPolicy } from "../scheduler/post-with-retry.js";
import { runDigestSlot } from "../scheduler/run-digest-slot.js";
import { MANUAL_SLOT_PREFIX } from "../storage/digest-store.js";
import { openStorage } from "../storage/open-storage.js";
import type { Storage } from "../storage/storage.js";
import type { CliSession } from "./cli-context.js";

type Output = NodeJS.WritableStream & { isTTY?: boolean };

export interface DigestDeps {
  config: Config;
  logger: Logger;
  engine: Engine;
  /** Opened from the configuration (and closed again) when not given. */
  storage?: Storage;
  clock?: Clock;
  stdout: Output;
  stderr: Output;
  retry?: RetryPolicy;
}

const DAY_MS = 86_400_000;
const ONE_OF = "choose one of --print or --post. Run verbatim help digest for details.";

async function period(storage: Storage, now: Date): Promise<{ from: Date; to: Date }> {
  const from = (await storage.lastDigestPeriodEnd(now)) ?? new Date(now.getTime() - DAY_MS);
  return { from, to: now };
}

function targetsFor(deps: DigestDeps, storage: Storage, corpus: CorpusService) {
  const clock = deps.clock ?? systemClock;
  const context: CommandContext = { corpus, logger: deps.logger, clock };
  const frontEnds = configuredFrontEnds(deps.config, {
    context,
    actions: actionCodec(storage, clock),
    logger: deps.logger,
  });
  return digestTargets(deps.config, frontEnds);
}

function heading(target: DigestTarget): string {
  return `── ${target.id} ${"─".repeat(Math.max(3, 60 - target.id.length))}\n`;
}

/** The digest as each channel would show it: the same renderer and the same cuts as the post. */
async function printDigest(deps: DigestDeps, storage: Storage, corpus: CorpusService): Promise<number> {
  const { from, to } = await period(storage, (deps.clock ?? systemClock).now());
  const reply = await buildDigest({
    corpus,
    storage,
    from,
    to,
    quiet: "note",
    timezone: deps.config.DIGEST_TIMEZONE,
  });
  if (!reply) return 0;
  const { targets, problems } = targetsFor(deps, storage, corpus);
  for (const problem of problems) deps.stderr.write(`verbatim: ${problem}\n`);
  if (targets.length === 0) {
    deps.stderr.write(
      "verbatim: no digest channel is configured, so this is the digest as a terminal shows it. Set DIGEST_SLACK_CHANNEL and/or DIGEST_DISCORD_CHANNEL to preview what each channel would get.\n",
    );
    deps.stdout.write(renderTerminal(reply, wantsColour(deps.stdout) ? colour : noColour));
    return 0;
  }
  for (const [index, target] of targets.entries()) {
    deps.stdout.write(`${index > 0 ? "\n" : ""}${heading(target)}${target.preview(reply)}`);
  }
  return 0;
}

async function postDigest(deps: DigestDeps, storage: Storage, corpus: CorpusService): Promise<number> {
  const { config, logger, stdout, stderr } = deps;
  const { targets, problems } = targetsFor(deps, storage, corpus);
  for (const problem of problems) stderr.write(`verbatim: ${problem}\n`);
  if (targets.length === 0) {
    if (problems.length === 0) {
      stderr.write(
        "verbatim: no digest channel is configured. Set DIGEST_SLACK_CHANNEL (with SLACK_BOT_TOKEN) and/or " +
          "DIGEST_DISCORD_CHANNEL (with DISCORD_TOKEN).\n",
      );
    }
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
        buildDigest({ corpus, storage, ...p, quiet: config.DIGEST_QUIET, timezone: config.DIGEST_TIMEZONE }),
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
  if (outcome === "skipped") {
    stdout.write("Nothing new since the last digest; nothing posted (DIGEST_QUIET=skip).\n");
    return 0;
  }
  const posted = new Set(await storage.postedTargets(slot));
  const missing = targets.filter((t) => !posted.has(t.id)).map((t) => t.id);
  if (posted.size > 0) stdout.write(`Digest posted to ${[...posted].join(", ")}.\n`);
  if (missing.length === 0) return 0;
  stderr.write(
    `verbatim: could not post the digest to ${missing.join(", ")} (see the log above). A running bot retries it ` +
      "for the next 24 hours.\n",
  );
  return 1;
}

/** Prints or posts the digest; the exit status: 0 done, 2 bad input or configuration, 1 a post failed. */
export async function runDigest(
  choice: { print: boolean; post: boolean },
  deps: DigestDeps,
): Promise<number> {
  if (choice.print === choice.post) {
    deps.stderr.write(`verbatim: ${ONE_OF}\n`);
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
    deps.stderr.write(
      `verbatim: the digest needs the database, which could not be opened: ${(error as Error).message}\n`,
    );
    return 2;
  }
  try {
    const corpus = inProcessCorpus(() => deps.engine);
    // The corpus this run loaded counts as seen just before the period it closes, so a digest made without a
    // running bot (e.g. from a system cron job) still lists new articles, and the next period does not repeat them.
    const now = (deps.clock ?? systemClock).now();
    await storage.noteDocuments(deps.engine.articles, new Date(now.getTime() - 1));
    return choice.print ? await printDigest(deps, storage, corpus) : await postDigest(deps, storage, corpus);
  } finally {
    if (!deps.storage) await storage.close();
  }
}

export function addDigestCommand(program: Command, session: CliSession, setExitCode: (code: number) => void) {
  program
    .command("digest")
    .description("preview or post the digest for the period since the last posted one (or the last 24 hours)")
    .option("--print", "show the digest exactly as each configured channel would get it")
    .option("--post", "post it now to DIGEST_SLACK_CHANNEL and/or DIGEST_DISCORD_CHANNEL")
    .option("--corpus <dir>", "folder of articles (default: CORPUS_DIR, then ./corpus)")
    .action(async (flags: { print?: boolean; post?: boolean; corpus?: string }) => {
      const choice = { print: Boolean(flags.print), post: Boolean(flags.post) };
      if (choice.print === choice.post) {
        session.io.stderr.write(`verbatim: ${ONE_OF}\n`);
        setExitCode(2);
        return;
      }
      const engine = await session.engine(flags.corpus);
      setExitCode(
        await runDigest(choice, {
          config: session.config(),
          logger: session.logger(),
          engine,
          stdout: session.io.stdout,
          stderr: session.io.stderr,
        }),
      );
    });
}
