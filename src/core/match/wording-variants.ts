import { diffWords } from "diff";
import { nameSource } from "../source-name.js";
import type { DiffPart, WordingVariant } from "../types.js";
import type { Located } from "./locate-occurrences.js";

/** Where an article came from, as every answer names it (see source-name.ts). */
export function sourceName(occurrence: Located["occurrence"]): string {
  return nameSource(occurrence);
}

/**
 * Word-level diff from the corpus wording to the user's: `added` is the user's only, `removed` the corpus's only.
 * Both sides are plain word lines (see `displayWords`), so punctuation and case do not show as changes.
 */
export function wordDiff(userLine: string, corpusLine: string): DiffPart[] {
  return diffWords(corpusLine, userLine, { ignoreCase: true }).map((change) => {
    const part: DiffPart = { value: change.value };
    if (change.added) part.added = true;
    if (change.removed) part.removed = true;
    return part;
  });
}

/**
 * Groups occurrences by wording (the same words as spelled, whatever the case, punctuation or quote marks), most
 * similar wording first. Each group shows one outlet's text and how it differs from what the user wrote.
 */
export function groupVariants(located: readonly Located[], userLines: readonly string[]): WordingVariant[] {
  const groups = new Map<string, { variant: WordingVariant; similarity: number }>();
  for (const item of located) {
    const key = `${item.part}\u0000${item.wording}`;
    let group = groups.get(key);
    if (!group) {
      const text = item.occurrence.text;
      group = {
        variant: {
          text,
          documents: [],
          sources: [],
          diff: wordDiff(userLines[item.part] ?? "", item.display),
          changes: item.changes,
        },
        similarity: item.occurrence.similarity,
      };
      groups.set(key, group);
    }
    const { variant } = group;
    if (!variant.documents.includes(item.occurrence.document))
      variant.documents.push(item.occurrence.document);
    const source = sourceName(item.occurrence);
    if (!variant.sources.includes(source)) variant.sources.push(source);
    group.similarity = Math.max(group.similarity, item.occurrence.similarity);
  }
  return [...groups.values()]
    .sort((a, b) => b.similarity - a.similarity || b.variant.documents.length - a.variant.documents.length)
    .map((g) => g.variant);
}
