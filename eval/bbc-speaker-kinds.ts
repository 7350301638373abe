/**
 * What kind of speaker the BBC corpus's quotations are given — a person, an organisation, a description, or none —
 * over every article except the 80 of the hand-annotated samples (eval/bbc-sample/sample.json and sample-2.json),
 * which must stay unseen. No gold exists for these articles: the counts show where a change moves quotations, and `--list` prints
 * a seeded random draw of attributions of one kind, with the text before each quotation, to be checked by reading.
 *
 *   npx tsx eval/bbc-speaker-kinds.ts                          counts by kind, and by how the speaker was written
 *   npx tsx eval/bbc-speaker-kinds.ts --list organisation 30   30 organisation attributions (also: description,
 *                                                              person, none) [--seed s] [--rule kind]
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { loadCorpus } from "../src/core/corpus/load-corpus.js";
import { extractQuotes } from "../src/core/extract/extract-quotes.js";
import type { ExtractedQuote } from "../src/core/extract/extracted-quote.js";
import type { Candidate } from "../src/core/extract/speaker-features.js";
import { chooseSpeaker } from "../src/core/extract/speaker-model.js";
import { allSampleArticles } from "./bbc-sample/load-sample.js";

const bbcDir = path.resolve(process.cwd(), "../shared/corpora/bbc");
const KINDS = ["person", "organisation", "description", "none"] as const;
type Kind = (typeof KINDS)[number];
/** Characters of the article shown before each listed quotation: about a paragraph. */
const CONTEXT = 400;

interface Found {
  article: string;
  body: string;
  quote: ExtractedQuote;
  /** The speaker the rules chose, as written and resolved ("it" → an organisation), before the model weighs it. */
  rule: string;
  ruleKind: Kind;
}

const kindOf = (q: ExtractedQuote): Kind => q.speakerKind ?? "none";

/** How the speaker was written: "it", "they", "he/she", "the …" or "a …" (a description), or a name. */
function writtenAs(q: ExtractedQuote): string {
  const m = q.speakerMention?.trim();
  if (!m) return "(nothing)";
  if (/^(?:it|its)$/i.test(m)) return "it";
  if (/^(?:they|them|their)$/i.test(m)) return "they";
  if (/^(?:he|she|him|her|his)$/i.test(m)) return "he/she";
  if (/^(?:the|a|an|one|this)\s/i.test(m)) return m.split(/\s/)[0]!.toLowerCase();
  if (/^[a-z]/.test(m)) return "lowercase";
  return "name";
}

async function readAll(): Promise<Found[]> {
  const unseen = new Set(allSampleArticles());
  const { articles } = await loadCorpus(bbcDir);
  const found: Found[] = [];
  for (const article of articles) {
    const name = article.file.replace(/\.txt$/, "");
    if (unseen.has(name)) continue;
    const rules: Candidate[] = [];
    const recordRule = (candidates: readonly Candidate[]) => {
      const rule = candidates.find((c) => c.features.rule);
      if (rule) rules.push(rule);
      else rules.push({ speaker: null, mention: null, cue: null, features: {} });
      return chooseSpeaker(candidates);
    };
    for (const [i, quote] of extractQuotes(article, recordRule).entries()) {
      const rule = rules[i];
      found.push({
        article: name,
        body: article.body,
        quote,
        rule: rule?.speaker
          ? `"${rule.mention?.text ?? ""}" → ${rule.speaker.name} (${rule.speaker.kind})`
          : "none",
        ruleKind: rule?.speaker?.kind ?? "none",
      });
    }
  }
  return found;
}

function counts(found: readonly Found[]): string {
  const byKind = new Map<Kind, number>();
  const byWritten = new Map<string, Map<Kind, number>>();
  for (const { quote } of found) {
    const kind = kindOf(quote);
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    const row = byWritten.get(writtenAs(quote)) ?? new Map<Kind, number>();
    row.set(kind, (row.get(kind) ?? 0) + 1);
    byWritten.set(writtenAs(quote), row);
  }
  const lines = [`quotations: ${found.length}`, ""];
  const byRule = new Map<Kind, Map<Kind, number>>();
  for (const f of found) {
    const row = byRule.get(f.ruleKind) ?? new Map<Kind, number>();
    row.set(kindOf(f.quote), (row.get(kindOf(f.quote)) ?? 0) + 1);
    byRule.set(f.ruleKind, row);
  }
  lines.push(
    `| the rules chose ↓, the model → | ${KINDS.join(" | ")} |`,
    `|---|${KINDS.map(() => "---|").join("")}`,
  );
  for (const kind of KINDS)
    lines.push(`| ${kind} | ${KINDS.map((k) => byRule.get(kind)?.get(k) ?? 0).join(" | ")} |`);
  lines.push("");
  lines.push(`| written as | ${KINDS.join(" | ")} |`, `|---|${KINDS.map(() => "---|").join("")}`);
  const rows = [...byWritten.entries()].sort(([a], [b]) => a.localeCompare(b));
  for (const [written, row] of [...rows, ["all", byKind] as const])
    lines.push(`| ${written} | ${KINDS.map((k) => row.get(k) ?? 0).join(" | ")} |`);
  return lines.join("\n");
}

function rank(seed: string, f: Found): string {
  return createHash("sha256").update(`${seed}:${f.article}:${f.quote.start}`).digest("hex");
}

function listing(found: readonly Found[], kind: Kind, n: number, seed: string, rule?: string): string {
  const chosen = found
    .filter((f) => kindOf(f.quote) === kind && (!rule || f.ruleKind === rule))
    .map((f) => ({ f, key: rank(seed, f) }))
    .sort((a, b) => a.key.localeCompare(b.key))
    .slice(0, n);
  return chosen
    .map(({ f }, i) => {
      const { quote, body } = f;
      const before = body.slice(Math.max(0, quote.start - CONTEXT), quote.start).replace(/\n+/g, " ¶ ");
      const after = body.slice(quote.end, quote.end + 80).replace(/\n+/g, " ¶ ");
      return [
        `${i + 1}. ${f.article} @${quote.start}  → ${quote.speakerName ?? "none"} (${quote.speakerKind ?? "-"}; written "${quote.speakerMention ?? ""}", p=${quote.speakerProbability ?? "-"}; rules: ${f.rule})`,
        `   …${before}[[${quote.text.slice(0, 160)}]]${after}…`,
      ].join("\n");
    })
    .join("\n\n");
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (!existsSync(bbcDir)) {
  process.stdout.write(`Skipping: the BBC corpus is not at ${bbcDir}.\n`);
} else {
  const found = await readAll();
  const list = option("--list") as Kind | undefined;
  if (list && KINDS.includes(list)) {
    const n = Number(process.argv[process.argv.indexOf("--list") + 2] ?? 30) || 30;
    process.stdout.write(`${listing(found, list, n, option("--seed") ?? "bbc", option("--rule"))}\n`);
  } else process.stdout.write(`${counts(found)}\n`);
}
