/** The figures eval:attribution reports from a tally of one side of the split. */
import type { Tally } from "./score.js";

export function pct(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;
}

export function figures(tally: Tally, articles: number, seconds: number) {
  const recall = pct(tally.found, tally.gold);
  const precision = pct(tally.correct, tally.ours);
  const f1 = recall + precision === 0 ? 0 : Math.round((20 * recall * precision) / (recall + precision)) / 10;
  return {
    articles,
    goldQuotes: tally.gold,
    extractedQuotes: tally.ours,
    recall,
    longRecall: pct(tally.long.found, tally.long.gold),
    longGold: tally.long.gold,
    precision,
    f1,
    namedSpeakerAccuracy: pct(tally.named.right, tally.named.total),
    namedSpeakerCount: tally.named.total,
    pronounSpeakerAccuracy: pct(tally.pronoun.right, tally.pronoun.total),
    pronounSpeakerCount: tally.pronoun.total,
    namedSpeakerWrong: pct(tally.named.total - tally.named.right - tally.named.unknown, tally.named.total),
    resolvedPronounAccuracy: pct(tally.resolved.right, tally.resolved.total),
    resolvedPronounCount: tally.resolved.total,
    proxyAgreement: pct(tally.proxyAgreement.agree, tally.proxyAgreement.total),
    statedSpeakerAccuracy: pct(tally.stated.right, tally.stated.total),
    statedSpeakerCount: tally.stated.total,
    proxyAgreementCount: tally.proxyAgreement.total,
    pronounSpeakerWrong: pct(
      tally.pronoun.total - tally.pronoun.right - tally.pronoun.unknown,
      tally.pronoun.total,
    ),
    extractionSeconds: Math.round(seconds * 1000) / 1000,
  };
}

export type Figures = ReturnType<typeof figures>;
