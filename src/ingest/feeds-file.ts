import { readFile } from "node:fs/promises";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { ConfigError } from "../config/load-config.js";
import { normaliseUrl } from "./url-key.js";

/** One source to poll, as the feeds file lists it. */
export interface FeedSpec {
  url: string;
  outlet: string;
  /** Poll interval in milliseconds. */
  everyMs: number;
  tags: readonly string[];
}

export const DEFAULT_EVERY = "15m";
/** Polling more often than this is impolite and gains nothing: outlets update feeds every few minutes at most. */
const MIN_EVERY_MS = 30_000;
const MAX_EVERY_MS = 7 * 86_400_000;
const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DURATION = /^(\d+(?:\.\d+)?)\s*(s|m|h|d)$/;

/** "30s", "10m", "1h", "1d" in milliseconds, or null. */
export function parseDuration(text: string): number | null {
  const m = DURATION.exec(text.trim().toLowerCase());
  if (!m) return null;
  return Math.round(Number(m[1]) * (UNIT_MS[m[2] as string] as number));
}

const Entry = z.strictObject({
  url: z.string({ error: "must be the feed's http(s) address" }).refine((v) => normaliseUrl(v) !== null, {
    error: "must be an http(s) address, e.g. https://example.org/world/rss.xml",
  }),
  outlet: z.string({ error: "must be the outlet's name, e.g. Example News" }).trim().min(1, {
    error: "must be the outlet's name, e.g. Example News",
  }),
  every: z
    .string({ error: "must be a duration like 30s, 10m or 1h" })
    .default(DEFAULT_EVERY)
    .refine(
      (v) => {
        const ms = parseDuration(v);
        return ms !== null && ms >= MIN_EVERY_MS && ms <= MAX_EVERY_MS;
      },
      { error: "must be a duration from 30s to 7d, like 30s, 10m or 1h" },
    ),
  tags: z
    .array(z.string().trim().min(1), { error: "must be a list of words, e.g. [world, politics]" })
    .default([]),
});

const FeedsFile = z.strictObject({
  feeds: z.array(z.unknown(), { error: "must be a list of feeds (feeds: then lines starting with - url:)" }),
});

function describe(value: unknown): string {
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > 60 ? `${shown.slice(0, 60)}…` : shown;
}

function entryProblems(raw: unknown, index: number): { feed?: FeedSpec; problems: string[] } {
  const given = typeof raw === "object" && raw !== null ? (raw as { url?: unknown }).url : undefined;
  const where = `entry ${index + 1}${typeof given === "string" ? ` (${given})` : ""}`;
  const parsed = Entry.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      if (issue.code === "unrecognized_keys") {
        return `${where}: unknown key ${issue.keys.map((k) => `"${k}"`).join(", ")} (expected url, outlet, every, tags)`;
      }
      if (issue.path.length === 0) return `${where}: must be a set of keys (url, outlet, every, tags)`;
      const key = String(issue.path[0]);
      const got = (raw as Record<string, unknown>)[key];
      const shown = got === undefined ? "it is missing" : `got ${describe(got)}`;
      return `${where}: "${key}" ${issue.message}; ${shown}`;
    });
    return { problems };
  }
  const { url, outlet, every, tags } = parsed.data;
  return {
    feed: { url: normaliseUrl(url) as string, outlet, everyMs: parseDuration(every) as number, tags },
    problems: [],
  };
}

/** Reads the feeds file's text; every problem names the entry (number and url) and the key. */
export function parseFeedsFile(text: string, file: string): FeedSpec[] {
  const fail = (problems: string[]): never => {
    throw new ConfigError(problems.map((p) => `FEEDS_FILE ${file}: ${p}`));
  };
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    return fail([`is not valid YAML (${String((error as Error).message).split("\n")[0]})`]);
  }
  const top = FeedsFile.safeParse(data ?? {});
  if (!top.success) {
    const unknown = top.error.issues.find((i) => i.code === "unrecognized_keys");
    return fail([
      unknown
        ? `unknown key ${unknown.keys.map((k) => `"${k}"`).join(", ")} at the top (expected feeds:)`
        : 'must start with "feeds:" followed by a list of feeds',
    ]);
  }
  const feeds: FeedSpec[] = [];
  const problems: string[] = [];
  const firstEntry = new Map<string, number>();
  top.data.feeds.forEach((raw, index) => {
    const result = entryProblems(raw, index);
    problems.push(...result.problems);
    if (!result.feed) return;
    const earlier = firstEntry.get(result.feed.url);
    if (earlier !== undefined) {
      const given = (raw as { url: string }).url;
      problems.push(`entry ${index + 1} (${given}): "url" repeats entry ${earlier + 1}`);
      return;
    }
    firstEntry.set(result.feed.url, index);
    feeds.push(result.feed);
  });
  if (problems.length > 0) fail(problems);
  if (feeds.length === 0) fail(["lists no feeds"]);
  return feeds;
}

export async function loadFeedsFile(file: string): Promise<FeedSpec[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "does not exist" : `could not be read (${code ?? "error"})`;
    throw new ConfigError([`FEEDS_FILE ${file} ${why}. Set FEEDS_FILE to a YAML file listing feeds.`]);
  }
  return parseFeedsFile(text, file);
}
