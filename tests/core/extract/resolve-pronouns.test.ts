import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import type { Candidate } from "../../../src/core/extract/speaker-features.js";
import { chooseSpeaker } from "../../../src/core/extract/speaker-model.js";
import type { Article } from "../../../src/core/types.js";

function article(body: string): Article {
  return { id: "a", file: "a", body, format: "text", punctuated: true };
}

/** Whom the rules took each quotation's he/she for. */
function rulesPronounPicks(body: string): Array<string | null> {
  const picks: Array<string | null> = [];
  extractQuotes(article(body), (candidates: readonly Candidate[]) => {
    picks.push(candidates.find((c) => c.features.rulePronoun)?.speaker?.name ?? null);
    return chooseSpeaker(candidates);
  });
  return picks;
}

describe("resolving he and she", () => {
  it("does not take a titled name in the words another speaker reports for the next 'he'", () => {
    const picks = rulesPronounPicks(`Bridge opens

Mayor Dan Lowe rounded on the newspaper on Friday, pointing out that its columnist Tom Fenwick had written in May that the bridge would never open. He expected, he said, an apology.

"The bridge is open and the traffic is flowing," he said.`);
    expect(picks).toEqual(["Dan Lowe"]);
  });

  it("takes a man named after the last subject, close before the pronoun, over that subject", () => {
    const picks = rulesPronounPicks(`Convention diary

Governor Ray Holt spoke for an hour on Thursday night, and the hall cheered him on.

The loudest cheers went to Mr Wes Lane, a delegate from the north who came dressed as a judge.

"I thought it would make people laugh," he said.`);
    expect(picks).toEqual(["Wes Lane"]);
    // Further back than the paragraph before, the subject stays the reading.
    const farther = rulesPronounPicks(`Convention diary

Governor Ray Holt spoke for an hour on Thursday night.

The loudest cheers went to Mr Wes Lane, a delegate from the north who came dressed as a judge.

The hall was full until midnight.

"We will win this state," he said.`);
    expect(farther).toEqual(["Ray Holt"]);
  });

  it("passes over a man named only after 'of' or 'including' for the subject before him", () => {
    const picks = rulesPronounPicks(`Harbour club news

Coach Dale Ormsby worries about the fixture list. Now he fears it could cost the club a trophy after five players, including skipper Tom Rusk, were called away.

"We have one training session before the final," he said.

Sam Vey took over as vice-captain last spring. "I always wanted the job," Vey told the club website.

The 22-year-old, who trained at the same academy, said following in the footsteps of Rusk would be hard.

"Tom set the standard for all of us," he said.`);
    expect(picks).toEqual(["Dale Ormsby", null, "Sam Vey"]);
  });
});
