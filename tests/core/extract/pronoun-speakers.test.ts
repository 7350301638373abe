import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import { collectPersonMentions } from "../../../src/core/extract/person-mentions.js";
import type { Candidate, Feature } from "../../../src/core/extract/speaker-features.js";
import { chooseSpeaker } from "../../../src/core/extract/speaker-model.js";
import { tokenize } from "../../../src/core/extract/tokens.js";
import type { Article } from "../../../src/core/types.js";

function article(body: string): Article {
  return { id: "a", file: "a", body, format: "text", punctuated: true };
}

function speakersOf(body: string): Array<[string, string | null]> {
  return extractQuotes(article(body)).map((q) => [q.text.split(" ").slice(0, 3).join(" "), q.speakerName]);
}

/** The candidates of each quotation, by speaker name, as the model sees them. */
function candidatesOf(body: string): Array<Map<string, Candidate>> {
  const seen: Array<Map<string, Candidate>> = [];
  extractQuotes(article(body), (candidates) => {
    seen.push(new Map(candidates.flatMap((c) => (c.speaker ? [[c.speaker.name, c] as const] : []))));
    return chooseSpeaker(candidates);
  });
  return seen;
}

/** Who, among a quotation's candidates, carries the feature. */
function carriers(candidates: Map<string, Candidate>, feature: Feature): string[] {
  return [...candidates].filter(([, c]) => c.features[feature]).map(([name]) => name);
}

describe("pronoun speakers: who 'he' and 'she' go on meaning", () => {
  it("does not take a speaker named inside another's reported words for the next 'he'", () => {
    const body = `Campaign rejects report

Ben Cole turned the story back on the paper, pointing out that its reporter Rob Platt had reported in June that the campaign was coming apart. He hoped, he said, that the paper would stop such reporting now.

"Apparently not," he said. "A leopard does not change its spots."`;
    expect(speakersOf(body)).toEqual([
      ["Apparently not", "Ben Cole"],
      ["A leopard does", "Ben Cole"],
    ]);
  });

  it("does not send 'he' to a name after a pronoun that opens its sentence ('They could picture X doing it')", () => {
    const body = `Poster unveiled

Election chief Dennis Royle explained the poster on Monday. "Nobody misses the old days," he declared.

Nobody, he claimed, could picture the rival leader in office. They could, however, picture Peter Lund doing it. And Peter Lund would lead that campaign, he said. "Between now and polling day the leader will be out of the capital," he promised.`;
    const speakers = speakersOf(body).map(([, speaker]) => speaker);
    expect(speakers[0]).toBe("Dennis Royle");
    expect(speakers[1]).not.toBe("Peter Lund");
  });

  it("learns a name's gender from a he/she opening the next sentence, over the first name's usual gender", () => {
    const body = `Friends remember the champion

Tennis great Billie Jean Marsh remembered the old champion as warm and funny. She watched his title fights for years from the front row.

Tom Reyes, who promoted three of those fights, was also at the service.

"He always whispered in my ear that I was the queen," she said.`;
    expect(speakersOf(body)).toEqual([["He always whispered", "Billie Jean Marsh"]]);
  });

  it("knows the gender of a first name that is also a common word ('Bill', 'Grace')", () => {
    const body = `Harbour car park to close

Morwenna Trelawny has run the harbour cafe for twenty years. Council leader Bill Harker announced the closure of the car park on Monday.

"It has cost us half our trade already," she said.`;
    expect(speakersOf(body)).toEqual([["It has cost", "Morwenna Trelawny"]]);
  });

  it("does not read the gender from a quotation opening the next sentence", () => {
    const [quote] = candidatesOf(`Campaign hits back

Senator Tom Hale attacked the amendment on Wednesday, and Alyona Vale answered the charge on Thursday.

Vale said the amendment was a gesture. "He had to work within a flawed bill," she said.`);
    expect(carriers(quote!, "agrees")).toEqual(["Alyona Vale"]);
  });

  it("reads a name before 'has' as its clause's subject", () => {
    const body = "Mayor Bill Ortiz met Senator Tom Hale.\n\nSince the vote, Hale has taken a harder line.";
    const tokens = tokenize(body, 0, body.length, []);
    const hale = collectPersonMentions([tokens], body).filter((p) => p.name === "Hale");
    expect(hale.map((p) => p.subject)).toEqual([true]);
  });
});

describe("pronoun evidence the model weighs", () => {
  it("marks the subject of a verb of opinion as the nearest who held a view", () => {
    const [quote] = candidatesOf(`Debate notes

Senator Helen Dunn spoke first about the budget, and Governor Walter Pratt listened.

Pratt disagreed.

"That is not how a budget works," he said.`);
    expect(carriers(quote!, "pronounNearestAttributed")).toEqual(["Walter Pratt"]);
  });

  it("marks the person whose view a sentence gives ('To X, …') as one who held a view", () => {
    const [quote] = candidatesOf(`Plan under fire

Senator Helen Dunn defended the plan on Monday.

To analyst Ken Boyd, the plan is a costly mistake.

"It will not survive the winter," he said.`);
    expect(carriers(quote!, "pronounNearestAttributed")).toEqual(["Ken Boyd"]);
  });

  it("marks the main clause's subject of the sentence before, not a subordinate clause's", () => {
    const [quote] = candidatesOf(`Health debate

When host Rita Vance pointed out the cost of the scheme, Senator Ann Cole seized on the point.

"It is not the same plan at all," she said.`);
    expect(carriers(quote!, "pronounPriorSubject")).toEqual(["Ann Cole"]);
  });

  it("goes back past sentences that go on with the same pronoun", () => {
    const [quote] = candidatesOf(`Race tightens

Senator Peter Dunn met voters in Ames on Monday, while Governor Walter Pratt stayed home. He took questions for an hour. He then toured a farm.

"We are going to win this state," he said.`);
    expect(carriers(quote!, "pronounPriorSubject")).toEqual(["Peter Dunn"]);
  });

  it("passes over a sentence the pronoun speaks in: its names are what was reported", () => {
    const [, second] = candidatesOf(`Poster unveiled

Campaign chief Dennis Royle explained the poster on Tuesday. "Nobody misses the old days," he declared.

Nobody, he claimed, could picture the rival in office. And Peter Lund would be in the front line, he said. "Between now and polling day the leader will be out of the capital," he promised.`);
    expect(carriers(second!, "pronounPriorSubject")).toEqual(["Dennis Royle"]);
  });
});
