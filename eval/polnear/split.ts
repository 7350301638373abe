/**
 * The one split of PolNeAR train into articles to tune on and articles held out. Each article's side is decided
 * by a SHA-256 of a fixed seed and its name alone, so the split never changes and does not shift when articles
 * are added or missing. Nothing tuned (rules, features, model weights) may look at the held-out articles or
 * their errors.
 */
import { createHash } from "node:crypto";

export const SPLIT_SEED = "verbatim-polnear-split-1";
/** About 200 of the 840 articles. */
export const HELD_OUT_SHARE = 200 / 840;

export type Split = "tune" | "held-out";

/** The split an article belongs to, by its name (the file name without extension). */
export function splitOf(name: string): Split {
  const hash = createHash("sha256").update(`${SPLIT_SEED}:${name}`).digest();
  return hash.readUInt32BE(0) / 2 ** 32 < HELD_OUT_SHARE ? "held-out" : "tune";
}
