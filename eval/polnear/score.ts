/**
 * Scores extracted quotations against PolNeAR gold direct quotations.
 *
 * Rules: a gold quotation is found when our quotations cover at least half of its characters; one of our
 * quotations is correct when gold direct quotations cover at least half of its characters. Speaker accuracy is
 * measured on the gold quotations we found, against the one of ours that overlaps it most; names are compared
 * leniently (the surname of one appears among the words of the other).
 *
 * Pronoun speaker, hand-resolved referent: the same pronoun quotations scored against the person or group a careful
 * reader resolved the pronoun Source to (referents.ts) instead of gold.ts's nearest-named-Source guess; Sources not
 * annotated, or annotated as undeterminable (null), are left out. Proxy agreement: over every gold pronoun
 * quotation with a hand-resolved referent, found or not, how often the guess names that referent (a missing guess
 * disagrees); it measures the proxy, not our extractor.
 */

import { speakerIsSure } from "../../src/core/extract/extract-quotes.js";
import type { ExtractedQuote } from "../../src/core/extract/extracted-quote.js";
import type { GoldQuote } from "./gold.js";

export interface Tally {
  gold: number;
  found: number;
  ours: number;
  correct: number;
  /** unknown: no speaker named (neither right nor a wrong name). */
  named: { total: number; right: number; unknown: number };
  pronoun: { total: number; right: number; unknown: number };
  /** Pronoun quotations scored against their hand-resolved referent. */
  resolved: { total: number; right: number; unknown: number };
  /** Gold pronoun quotations whose nearest-named-Source guess names the hand-resolved referent. */
  proxyAgreement: { total: number; agree: number };
  /**
   * Quotations with a named gold speaker (or hand-resolved referent) whose speaker we name clearly enough for a
   * verdict to state it (`speakerIsSure`): how often that stated name is right.
   */
  stated: { total: number; right: number };
  /**
   * The same at other bars (STATED_BARS), with `base` the quotations the stated figure is drawn from: what share
   * of them a verdict would state, and how often right, if the bar were set elsewhere.
   */
  statedAt: { base: number; bars: Array<{ total: number; right: number }> };
  /**
   * Gold quotations of at least LONG_QUOTE_WORDS words, and how many of them we found: the titles, slogans,
   * nicknames and scare quotes PolNeAR also annotates as quotations (and Verbatim deliberately leaves out) are
   * mostly shorter, so this recall shows what is missed among quotations of spoken words.
   */
  long: { gold: number; found: number };
}

export const LONG_QUOTE_WORDS = 4;

/** Speaker probabilities at which the stated figure is also tallied. */
export const STATED_BARS = [0.7, 0.8, 0.9] as const;

/** The words of a quoted part, as counted against LONG_QUOTE_WORDS. */
export function quoteWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

export interface Miss {
  kind: "missed" | "spurious" | "speaker" | "pronoun";
  document: string;
  text: string;
  detail: string;
}

export function emptyTally(): Tally {
  return {
    gold: 0,
    found: 0,
    ours: 0,
    correct: 0,
    named: { total: 0, right: 0, unknown: 0 },
    pronoun: { total: 0, right: 0, unknown: 0 },
    resolved: { total: 0, right: 0, unknown: 0 },
    proxyAgreement: { total: 0, agree: 0 },
    stated: { total: 0, right: 0 },
    statedAt: { base: 0, bars: STATED_BARS.map(() => ({ total: 0, right: 0 })) },
    long: { gold: 0, found: 0 },
  };
}

export function coverage(
  start: number,
  end: number,
  spans: ReadonlyArray<{ start: number; end: number }>,
): number {
  const covered = new Uint8Array(end - start);
  for (const s of spans) {
    for (let i = Math.max(s.start, start); i < Math.min(s.end, end); i++) covered[i - start] = 1;
  }
  return covered.reduce((a, b) => a + b, 0) / Math.max(1, end - start);
}

export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

const TITLE = /^(?:mr|mrs|ms|dr|sen|rep|gov|gen|president|senator|secretary|the|former)$/;

function nameWords(name: string): string[] {
  const head = name
    .replace(/\([^)]*\)/g, " ")
    .split(/,|\s(?:of|who|from|at|for)\s/)[0]!
    .replace(/['’]s?\b/g, "")
    .toLowerCase();
  return head.split(/[^\p{L}\p{N}-]+/u).filter((w) => w && !TITLE.test(w.replace(/\.$/, "")));
}

/** Lenient comparison: our surname appears among the gold Source's words, or the gold surname among ours. */
export function sameSpeaker(ours: string | null, gold: string): boolean {
  if (!ours) return false;
  const a = nameWords(ours);
  const b = nameWords(gold);
  const goldWords = gold
    .toLowerCase()
    .replace(/['’]s?\b/g, "")
    .split(/[^\p{L}\p{N}-]+/u);
  const lastA = a.at(-1);
  const lastB = b.at(-1);
  return (lastB !== undefined && a.includes(lastB)) || (lastA !== undefined && goldWords.includes(lastA));
}

function tallySpeaker(bucket: Tally["resolved"], ours: string | null, expected: string): void {
  bucket.total++;
  if (sameSpeaker(ours, expected)) bucket.right++;
  else if (!ours) bucket.unknown++;
}

/** A quotation with a known speaker: whether a verdict would state ours, at the bar and at STATED_BARS. */
function tallyStated(tally: Tally, best: ExtractedQuote, person: string): void {
  const right = sameSpeaker(best.speakerName, person);
  const stated = (bar?: number) =>
    best.speakerName !== null && speakerIsSure(best.kind, best.confidence, bar);
  if (stated()) {
    tally.stated.total++;
    if (right) tally.stated.right++;
  }
  tally.statedAt.base++;
  STATED_BARS.forEach((bar, i) => {
    if (!stated(bar)) return;
    tally.statedAt.bars[i]!.total++;
    if (right) tally.statedAt.bars[i]!.right++;
  });
}

export function scoreDocument(
  document: string,
  body: string,
  gold: readonly GoldQuote[],
  ours: readonly ExtractedQuote[],
  tally: Tally,
  misses: Miss[],
): void {
  tally.gold += gold.length;
  tally.ours += ours.length;
  for (const o of ours) {
    if (coverage(o.start, o.end, gold) >= 0.5) tally.correct++;
    else misses.push({ kind: "spurious", document, text: o.text, detail: `speaker=${o.speakerName}` });
  }
  for (const g of gold) {
    const text = body.slice(g.start, g.end);
    const long = quoteWords(text).length >= LONG_QUOTE_WORDS;
    if (long) tally.long.gold++;
    if (g.referent) {
      tally.proxyAgreement.total++;
      if (g.expected && sameSpeaker(g.expected, g.referent)) tally.proxyAgreement.agree++;
    }
    if (coverage(g.start, g.end, ours) < 0.5) {
      misses.push({ kind: "missed", document, text, detail: `source=${g.source}` });
      continue;
    }
    tally.found++;
    if (long) tally.long.found++;
    const proxied = g.category !== "other" && g.expected !== null;
    if (!g.referent && !proxied) continue;
    const best = [...ours].sort((x, y) => overlap(y, g) - overlap(x, g))[0]!;
    if (g.referent) {
      tallySpeaker(tally.resolved, best.speakerName, g.referent);
      if (!sameSpeaker(best.speakerName, g.referent)) {
        const detail = `referent=${g.source}→${g.referent} ours=${best.speakerName} (${best.speakerMention}/${best.cue}) p=${best.speakerProbability ?? "-"}`;
        misses.push({ kind: "pronoun", document, text, detail });
      }
    }
    const person = g.referent ?? (g.category === "name" ? g.expected : null);
    if (person) tallyStated(tally, best, person);
    if (g.category === "other" || !g.expected) continue;
    const bucket = g.category === "name" ? tally.named : tally.pronoun;
    bucket.total++;
    if (sameSpeaker(best.speakerName, g.expected)) bucket.right++;
    else {
      if (!best.speakerName) bucket.unknown++;
      const detail = `gold=${g.source}${g.category === "pronoun" ? `→${g.expected}` : ""} ours=${best.speakerName} (${best.speakerMention}/${best.cue}) p=${best.speakerProbability ?? "-"}`;
      misses.push({ kind: "speaker", document, text, detail });
    }
  }
}
