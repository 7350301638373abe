import {
  type AttributionCount,
  type Change,
  type ChangeKind,
  MEANINGFUL_CHANGES,
  type Occurrence,
  type QueryPartResult,
  type Verdict,
  type VerifyResult,
  type WordingVariant,
} from "../src/core/types.js";
import { link, type Reply, type ReplySection, type RichText, type Tone, text } from "./reply.js";
import { nameSource, nameSourceWithTitle } from "./wording.js";

/**
 * How each verdict looks, in one place: every front end (Slack, Discord, the terminal, digests) takes its heading,
 * emoji and tone from here, so a new verdict needs no per-platform code.
 */
const look: Record<Verdict, { emoji: string; title: string; tone: Tone }> = {
  verified: { emoji: "✅", title: "Verified", tone: "success" },
  variant: { emoji: "🟡", title: "Said, with different wording", tone: "warning" },
  misquoted: { emoji: "✏️", title: "Misquoted — the wording changes the meaning", tone: "danger" },
  partial: { emoji: "🧩", title: "Only partly supported", tone: "warning" },
  unattributed: { emoji: "❔", title: "Quoted, but no source clearly names the speaker", tone: "warning" },
  misattributed: { emoji: "🔀", title: "Misattributed", tone: "danger" },
  unquoted: { emoji: "📰", title: "Not a quotation — the reporter's words", tone: "info" },
  not_found: { emoji: "❌", title: "Not found", tone: "danger" },
};

export function verdictLook(verdict: Verdict): { emoji: string; title: string; tone: Tone } {
  return look[verdict];
}

/** Change kinds in words, for people. */
const CHANGE_LABELS: Record<ChangeKind, string> = {
  number: "Figure changed",
  negation: "Negation changed",
  name: "Name changed",
  word: "Word changed",
  spelling: "Spelled or formed differently",
  typo: "Typo",
  "function-word": "Small word",
  added: "Your addition",
  dropped: "Left out",
};

/** One change as a line a reader can act on: "Figure changed: the source says 20%, not 30%". */
function describeChange(change: Change): RichText {
  const label = text(
    `${CHANGE_LABELS[change.kind]}: `,
    MEANINGFUL_CHANGES.has(change.kind) ? "bold" : undefined,
  );
  const wrap = (s: string) => (change.kind === "number" ? s : `“${s}”`);
  if (!change.source) return [label, text(`your ${wrap(change.yours)} is not in the source`)];
  if (!change.yours) return [label, text("the source has "), text(wrap(change.source), "bold")];
  return [
    label,
    text("the source says "),
    text(wrap(change.source), "bold"),
    text(`, not ${wrap(change.yours)}`),
  ];
}

function describeSource(match: Occurrence): RichText {
  const name = nameSourceWithTitle(match);
  const parts: RichText = [match.url ? link(name, match.url) : text(name, "bold")];
  const date = match.date ? `${match.date}${match.dateInferred ? " (date from the text)" : ""}` : "undated";
  const who = match.quoted
    ? match.speaker
      ? `quoting ${match.speaker}`
      : "quotation, speaker unclear"
    : "narration";
  parts.push(text(` · ${date} · ${who} · ${Math.round(match.similarity * 100)}% match`));
  return parts;
}

/** The outlets carrying a wording, each named once, from the occurrences of its documents. */
export function variantSources(variant: WordingVariant, matches: readonly Occurrence[]): string[] {
  const named = variant.documents.flatMap((id) => {
    const match = matches.find((m) => m.document === id);
    return match ? [nameSource(match)] : [];
  });
  // Occurrences are the richer record; a wording none of them covers keeps the matcher's own names.
  return [...new Set(named.length > 0 ? named : variant.sources)];
}

function describeVariant(variant: WordingVariant, matches: readonly Occurrence[]): RichText {
  const run: RichText = variant.diff.map((part) =>
    part.added ? text(part.value, "removed") : part.removed ? text(part.value, "added") : text(part.value),
  );
  run.push(text(`  — ${variantSources(variant, matches).join(", ")}`, "italic"));
  return run;
}

function describePart(part: QueryPartResult): RichText {
  if (!part.supported) return [text("✗ "), text(`“${part.text}”`, "removed"), text(" — not in the corpus")];
  const where = part.sources.join(", ");
  const from = part.quoted ? (part.speaker ? `${part.speaker}, ${where}` : where) : `narration in ${where}`;
  return [text("✓ "), text(`“${part.text}”`), text(` — ${from}`, "italic")];
}

function describeAttribution(attribution: AttributionCount): RichText {
  const when = attribution.earliest ? ` (earliest ${attribution.earliest})` : "";
  return [text(attribution.speaker, "bold"), text(` — ${attribution.sources.join(", ")}${when}`)];
}

function sections(result: VerifyResult): ReplySection[] {
  const out: ReplySection[] = [];
  const changes = result.changes ?? [];
  if (changes.length > 0 && result.verdict !== "not_found") {
    out.push({
      heading: "What differs from the source",
      items: changes.map(describeChange),
      noun: "changes",
    });
  }
  if (result.parts && result.parts.length > 1) {
    out.push({ heading: "Which parts are supported", items: result.parts.map(describePart), noun: "parts" });
  }
  const attributions = result.attributions ?? [];
  if (attributions.length > 1) {
    out.push({
      heading: "Who the sources name",
      items: attributions.map(describeAttribution),
      noun: "speakers",
    });
  }
  if (result.matches.length > 0) {
    out.push({ heading: "Sources", items: result.matches.map(describeSource), noun: "sources" });
  }
  const showVariants = result.variants.length > 1 || result.verdict !== "verified";
  if (showVariants && result.variants.length > 0) {
    out.push({
      heading: "Wording in the sources",
      items: result.variants.map((variant) => describeVariant(variant, result.matches)),
      noun: "wordings",
    });
  }
  const best = result.matches.find((m) => m.context);
  if (best) out.push({ heading: "Context", items: [[text(best.context, "italic")]], noun: "snippets" });
  return out;
}

/**
 * Diffs and changes mark words the user wrote that the source does not have as "removed" (struck out) and words
 * the source has that the user left out or replaced as "added": read from the user's point of view, that is the
 * correction to make. Meaningful changes come first, in plain words.
 */
export function renderVerification(result: VerifyResult): Reply {
  const { emoji, title, tone } = look[result.verdict];
  const fields = [];
  if (result.speaker) fields.push({ label: "Speaker", value: [text(result.speaker, "bold")] });
  if (result.claimedSpeaker && result.claimedSpeaker !== result.speaker) {
    fields.push({ label: "Claimed speaker", value: [text(result.claimedSpeaker)] });
  }
  const dated = result.matches.find((m) => m.date);
  if (dated?.date) fields.push({ label: "First reported", value: [text(dated.date)] });
  fields.push({ label: "Confidence", value: [text(`${Math.round(result.confidence * 100)}%`)] });
  return {
    kind: "verification",
    tone,
    emoji,
    title,
    quote: result.quote,
    summary: result.explanation,
    fields,
    sections: sections(result),
  };
}
