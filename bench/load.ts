/**
 * Acknowledgements under load: the bot as `npm start` runs it (real Slack receiver, real Discord client, the corpus
 * pool) over the BBC corpus, in a process of its own, against the local fakes of Slack and Discord, which run here
 * together with the load so nothing this process does can delay the bot's event loop. Reports every
 * acknowledgement's p50/p99/max and whether every command was answered:
 *
 * 1. 50 concurrent mixed commands (Slack and Discord, /verify and /quotes, 5 of them 1,400-character quotations of
 *    common words), half sent before a corpus reload and half while it is being built;
 * 2. 3, then 5, heavy quotations sent together with 10 ordinary commands from other users, on each platform.
 *
 * A benchmark, not a test: the figures are written to BENCHMARKS.md, nothing asserts on time.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { loadImage } from "../src/core/engine.js";
import { articleAt, docCount, quoteAt, speakersOf } from "../src/core/image/corpus-image.js";
import { termFrequency } from "../src/core/match/index-structure.js";
import { indexOfImage } from "../src/core/match/match-index.js";
import {
  APPLICATION_ID,
  BOT_TOKEN as DISCORD_TOKEN,
  FakeDiscord,
} from "../tests/fakes/discord/fake-discord.js";
import { startFakeSlackApi } from "../tests/fakes/slack/fake-slack-api.js";
import { SIGNING_SECRET, BOT_TOKEN as SLACK_TOKEN } from "../tests/fakes/slack/slack-requests.js";
import { corpusOnDisk } from "./corpus-on-disk.js";
import { commonWords, heavyQuote } from "./heavy-quotes.js";
import { type Command, type Outcome, type Platform, send } from "./load-commands.js";
import { latency } from "./measure.js";
import { loadAverage, writeSection } from "./report.js";
import { createRng, type Rng } from "./rng.js";

const root = process.cwd();
const bbcDir = path.resolve(root, "../shared/corpora/bbc");
const log = (line: string) => process.stderr.write(`${line}\n`);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The bot's log lines as they arrive, so the run can wait for "verbatim is running" or a reload. */
function watchLogs(child: ChildProcess) {
  const seen: { msg: string; at: number }[] = [];
  const waiters: { msg: string; after: number; resolve: () => void }[] = [];
  const onLine = (line: string) => {
    let msg: string;
    try {
      msg = (JSON.parse(line) as { msg?: string }).msg ?? "";
    } catch {
      return;
    }
    const at = Date.now();
    seen.push({ msg, at });
    for (const w of [...waiters]) {
      if (msg === w.msg && at >= w.after) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  createInterface({ input: child.stdout! }).on("line", onLine);
  createInterface({ input: child.stderr! }).on("line", onLine);
  return {
    seen,
    when(msg: string, after = 0, timeoutMs = 300_000): Promise<void> {
      if (seen.some((s) => s.msg === msg && s.at >= after)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the bot did not log "${msg}" in time`)), timeoutMs);
        waiters.push({
          msg,
          after,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
  };
}

interface Materials {
  light: string[];
  speakers: string[];
  heavy: (rng: Rng) => string;
}

/** Ordinary quotations (corpus quotations trimmed by a word at each end), speakers, and heavy quotations. */
async function materials(corpusDir: string, dataDir: string): Promise<Materials> {
  const { image } = await loadImage({ corpusDir, dataDir });
  const light: string[] = [];
  for (let doc = 0; doc < docCount(image) && light.length < 200; doc += 7) {
    const article = articleAt(image, doc);
    for (let q = image.docQuotes[doc]!; q < image.docQuotes[doc + 1]!; q++) {
      const words = quoteAt(image, q, article.id, article.body).text.split(/\s+/);
      if (words.length >= 8) light.push(words.slice(1, -1).join(" "));
    }
  }
  const speakers = speakersOf(image)
    .slice(0, 40)
    .map((s) => s.name);
  const index = indexOfImage(image);
  const common = commonWords(index.vocab, (t) => termFrequency(index, t));
  return { light, speakers, heavy: (rng) => heavyQuote(common, rng) };
}

function mixed(m: Materials, rng: Rng, count: number, heavy: number, prefix: string): Command[] {
  const commands: Command[] = [];
  for (let i = 0; i < count; i++) {
    const platform: Platform = i % 2 === 0 ? "slack" : "discord";
    const user = `${prefix}${String(100000 + i)}`;
    if (i < heavy) commands.push({ platform, kind: "heavy", text: m.heavy(rng), user });
    else if (i % 5 === 4) commands.push({ platform, kind: "quotes", text: rng.pick(m.speakers), user });
    else commands.push({ platform, kind: "verify", text: rng.pick(m.light), user });
  }
  // Heavy ones spread through the burst rather than all first.
  for (let i = commands.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [commands[i], commands[j]] = [commands[j]!, commands[i]!];
  }
  return commands;
}

function summary(label: string, outcomes: Outcome[]): string {
  const acks = outcomes.map((o) => o.ackMs).filter((x): x is number => x !== null);
  const answers = outcomes.map((o) => o.answerMs).filter((x): x is number => x !== null);
  const a = latency(acks);
  const b = latency(answers);
  const late = acks.filter((x) => x > 3000).length + (outcomes.length - acks.length);
  const answered = outcomes.filter((o) => o.answerMs !== null && !o.failed).length;
  return `| ${label} | ${outcomes.length} | ${a.p50.toFixed(0)} / ${a.p99.toFixed(0)} / ${a.max.toFixed(0)} ms | ${late} | ${answered} of ${outcomes.length} | ${(b.p50 / 1000).toFixed(1)} / ${(b.max / 1000).toFixed(1)} s |`;
}

async function main(): Promise<void> {
  const corpusDir = await corpusOnDisk(bbcDir, 1, log);
  const dataDir = mkdtempSync(path.join(tmpdir(), "verbatim-load-data-"));
  const slack = await startFakeSlackApi();
  const discord = await FakeDiscord.start();
  const port = await freePort();
  log("starting the bot (npm start's entry point) over the BBC corpus ...");
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: {
      ...process.env,
      CORPUS_DIR: corpusDir,
      DATA_DIR: dataDir,
      LOG_LEVEL: "info",
      SLACK_BOT_TOKEN: SLACK_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_PORT: String(port),
      SLACK_API_URL: slack.apiUrl,
      DISCORD_TOKEN,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_URL: discord.apiUrl,
      WATCH_CORPUS: "true",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs = watchLogs(child);
  const added = path.join(corpusDir, `zz-load-added-${Date.now()}.txt`);
  try {
    await logs.when("verbatim is running");
    await discord.gateway.waitUntilLive(60_000);
    const m = await materials(corpusDir, dataDir);
    const rng = createRng(2025);
    const fakes = { slack, discord, port };
    const load = loadAverage();
    const rows: string[] = [];

    log("50 mixed commands, half before and half during a corpus reload ...");
    const burst = mixed(m, rng, 50, 5, "U");
    const first = await Promise.all(send(fakes, burst.slice(0, 25)));
    const changedAfter = Date.now();
    writeFileSync(
      added,
      `---\ntitle: Load check\nsource: Bench Courier\ndate: 2025-01-03\n---\n"The tide tables are printed every Monday," the clerk said.\n`,
    );
    await logs.when("corpus changed", changedAfter, 60_000);
    const second = await Promise.all(send(fakes, burst.slice(25)));
    await logs.when("corpus loaded", changedAfter, 300_000);
    rows.push(summary("50 mixed (5 heavy), reload in the middle: all", [...first, ...second]));
    rows.push(summary("… the 25 sent while the reload was being built", second));
    rows.push(
      summary(
        "… heavy ones",
        [...first, ...second].filter((o) => o.command.kind === "heavy"),
      ),
    );

    for (const heavy of [3, 5]) {
      for (const platform of ["slack", "discord"] as Platform[]) {
        log(`${heavy} heavy + 10 others on ${platform} ...`);
        const commands = mixed(m, rng, heavy + 10, heavy, `H${heavy}${platform[0]}`).map((c) => ({
          ...c,
          platform,
        }));
        const outcomes = await Promise.all(send(fakes, commands));
        rows.push(
          summary(
            `${heavy} heavy + 10 others on ${platform}: the 10 others`,
            outcomes.filter((o) => o.command.kind !== "heavy"),
          ),
        );
      }
    }
    const section = [
      "## Acknowledgements under load (BBC corpus)",
      "",
      `Measured ${new Date().toISOString().slice(0, 10)}; load average ${load} before the first burst. The bot runs as \`npm start\` does (real Slack receiver and Discord client, corpus pool with one thread per core) in its own process; the fakes and the load run in the benchmark's process.`,
      "",
      "Reproduce with:",
      "",
      "```sh",
      "npm run bench:load",
      "```",
      "",
      "| scenario | commands | ack p50 / p99 / max | acks over 3 s or missing | answered (not an error) | answer p50 / max |",
      "|---|---|---|---|---|---|",
      ...rows,
      "",
    ].join("\n");
    process.stdout.write(`${section}\n`);
    if (!process.argv.includes("--no-write"))
      writeSection(path.resolve(root, "BENCHMARKS.md"), "load", section);
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
    if (existsSync(added)) unlinkSync(added);
    await slack.close();
    await discord.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (!existsSync(bbcDir))
  process.stdout.write(`Skipping the benchmark: the BBC corpus is not at ${bbcDir}.\n`);
else await main();
