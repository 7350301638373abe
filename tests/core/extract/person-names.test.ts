import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import type { Article } from "../../../src/core/types.js";

function speakersOf(body: string): Array<[string, string | null]> {
  const article: Article = { id: "a", file: "a", body, format: "text", punctuated: true };
  return extractQuotes(article).map((q) => [q.text.split(" ").slice(0, 3).join(" "), q.speakerName]);
}

describe("names: headline words and roles before a name", () => {
  it("reads a headline adjective as no part of the name, and joins the surname to the full name", () => {
    const body = `Fuming Whitlock slams referee

Wales coach Gareth Whitlock said he was "appalled" by the decision at the end of the match.

"We were robbed in the final minute," Whitlock told reporters. "I have never seen anything like it."`;
    expect(speakersOf(body)).toContainEqual(["We were robbed", "Gareth Whitlock"]);
    expect(speakersOf(body).map(([, s]) => s)).not.toContain("Fuming Whitlock");
  });

  it("keeps the surname alone when the article never gives the full name", () => {
    const body = `Classy Merrick eases through

Merrick beat the second seed in straight sets on Tuesday.

"I played really well from the first point," said Merrick.`;
    expect(speakersOf(body)).toEqual([["I played really", "Merrick"]]);
  });

  it("reads a month after a first name as a surname, and a month after 'in' as a date", () => {
    const body = `Childcare plans attacked

The opposition family spokeswoman, Lena May, said: "These plans were announced a year ago."

Rita March told the committee in June that the scheme was late. In May Carl Dune said: "We will publish the figures."

"Nobody has been paid yet," Lena May said.`;
    expect(speakersOf(body)).toEqual([
      ["These plans were", "Lena May"],
      ["We will publish", "Carl Dune"],
      ["Nobody has been", "Lena May"],
    ]);
  });

  it("reads a month after an honorific as the surname of the person the article names", () => {
    const body = `Childcare plans attacked

The opposition family spokeswoman, Lena May, said the plans were late.

Mrs May said: "Parents were promised these places a year ago."

By March the council had still not replied. "Nobody has been paid yet," said Mr March, a parent.`;
    expect(speakersOf(body)).toEqual([
      ["Parents were promised", "Lena May"],
      ["Nobody has been", "March"],
    ]);
  });

  it("reads a month opening its clause before a reporting verb as the surname the article names", () => {
    const body = `Childcare plans attacked

Opposition spokeswoman Lena May set out the plans on Monday, alongside the party's adviser Tom Hurst.

Mr Hurst said the changes would take two years. May said: "Every parent should keep a place in their child's life."

"This is a promise we can keep," May told the conference.`;
    expect(speakersOf(body)).toEqual([
      ["Every parent should", "Lena May"],
      ["This is a", "Lena May"],
    ]);
  });

  it("drops a role written before a name", () => {
    const body = `Boss Henk Vermeer was furious after the defeat on Saturday.

"We will appeal against this decision," he said.`;
    expect(speakersOf(body)).toEqual([["We will appeal", "Henk Vermeer"]]);
  });

  it("drops a person noun the lexicon does not list before a full name", () => {
    const body = `Millionaire Gerald Oakes opened the new stand on Friday.

"This club gave me my start," he said.

Socialite Petra Lind was among the guests. "It was a lovely afternoon," she said.`;
    expect(speakersOf(body)).toEqual([
      ["This club gave", "Gerald Oakes"],
      ["It was a", "Petra Lind"],
    ]);
  });

  it("drops a hyphenated title and a referee's role before a full name", () => {
    const body = `Vice-President Carl Brandt spoke to the chamber on Monday.

"The budget is fair," Brandt said.

Referee Owen Marsh defended his decision. "I saw it clearly," said Marsh.`;
    expect(speakersOf(body)).toEqual([
      ["The budget is", "Carl Brandt"],
      ["I saw it", "Owen Marsh"],
    ]);
  });

  it("drops a role noun before a first name, even when the surname is also a word", () => {
    const body = `Band back on the road

Drummer Colin Lamb says the band will tour again in the spring.

"We have missed playing live more than anything," Lamb said.

Solicitor Ruth Fairweather, who acts for the promoter, said: "The contracts were signed last week."`;
    expect(speakersOf(body)).toEqual([
      ["We have missed", "Colin Lamb"],
      ["The contracts were", "Ruth Fairweather"],
    ]);
  });

  it("does not guess which of two people with one surname a surname means", () => {
    const body = `Centre Jason Pellow and his brother Andy Pellow both played on Sunday.

"It was a hard afternoon for all of us," Pellow said.`;
    expect(speakersOf(body)).toEqual([["It was a", "Pellow"]]);
  });
});

describe("descriptions: the named person only when the article binds them", () => {
  it("resolves a description the article writes as the person's title", () => {
    const body = `Liberal leader Ruth Calloway set out her plans for rail fares on Monday.

"We will cut fares for every commuter," the Liberal leader said.

Chancellor Martin Aske was unmoved. "The sums do not add up," the chancellor said.`;
    expect(speakersOf(body)).toEqual([
      ["We will cut", "Ruth Calloway"],
      ["The sums do", "Martin Aske"],
    ]);
  });

  it("resolves a description written in apposition to a name", () => {
    const body = `"There is a hint of a sweetener in there," Ilse Varga, an analyst at Hollins Bank told the radio programme.

"Investors will want more," an analyst at Hollins Bank said.`;
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["Ilse Varga", "Ilse Varga"]);
  });

  it("never gives a description to someone holding a different title", () => {
    const body = `Deputy Prime Minister Alan Pryce visited the shipyard on Friday.

"The yard has a future," the prime minister said in a statement.`;
    expect(speakersOf(body)).toEqual([["The yard has", "the prime minister"]]);
  });

  it("keeps 'the prime minister' as written when a name was run together with it before", () => {
    const body = `At a dinner given by Deputy Prime Minister Alan Pryce, the two men spoke of the yard.

According to Mr Holt the prime minister said: "Give me a year and the yard will be safe."

Later the prime minister said: "I never set a date."`;
    expect(speakersOf(body).map(([, s]) => s)).toEqual(["the prime minister", "the prime minister"]);
  });

  it("never gives a description to the holder of a past title, or to a name in a list before it", () => {
    const past = `The 2010 Liberal nominee Tom Reed endorsed her on Friday.

"She will win the county," the Liberal nominee said.`;
    expect(speakersOf(past)).toEqual([["She will win", "the Liberal nominee"]]);
    const listed = `In a talk with hosts Lou Park and Mina Roth, the Liberal nominee said she would "fight for every vote".`;
    expect(speakersOf(listed)).toEqual([["fight for every", "the Liberal nominee"]]);
  });

  it("keeps a description that fits two people as written", () => {
    const body = `Labour MP Dora Quill and Tory MP Ben Arkwright both spoke in the debate.

"This bill is a disgrace," the MP said.`;
    expect(speakersOf(body)).toEqual([["This bill is", "the MP"]]);
  });
});

describe("descriptions bound by a comma before the name", () => {
  it("resolves a description set before the name, and a title that is an acronym", () => {
    const body = `The Green leader, Ruth Calloway, opened the campaign in Leeds.

"Nobody else is talking about the climate," the Green leader said.

Labour MP Dora Quill was not convinced. "It is a stunt," the MP said.`;
    expect(speakersOf(body)).toEqual([
      ["Nobody else is", "Ruth Calloway"],
      ["It is a", "Dora Quill"],
    ]);
  });

  it("reads a first name that is also a word ('Bill', 'Frank') before a surname as a person's name", () => {
    const body = `Jobs figures lift the mood

Pollster Owen Taggart said on Monday that the figures were "a welcome surprise" for the governing party.

Bill Trevanion, who runs a rival polling firm in the capital, sounded a more cautious note about the report.

"One good month will not change how people feel about the economy," he said.

Frank Oduya, a union organiser, disagreed. "Workers have noticed," Oduya said.`;
    expect(speakersOf(body)).toEqual([
      ["a welcome surprise", "Owen Taggart"],
      ["One good month", "Bill Trevanion"],
      ["Workers have noticed", "Frank Oduya"],
    ]);
  });

  it("keeps a first name that is also a word before a common noun as no person ('Grace Church')", () => {
    const body = `Hall reopens

Grace Church reopened its hall on Sunday after a long repair.

"We are delighted to be back," the vicar, Tom Eddery, said.`;
    expect(speakersOf(body)).toEqual([["We are delighted", "Tom Eddery"]]);
  });

  it("reads 'A.' after a first name as a middle initial, not the word 'a'", () => {
    const body = `Court hears marriage challenge

Judge Helen Moss heard the families' case on Monday in the state capital.

Marta A. Delacroix, a lawyer for the families, told the court the law set couples apart.

"There cannot be two kinds of marriage," she said.`;
    expect(speakersOf(body)).toEqual([["There cannot be", "Marta A. Delacroix"]]);
  });
});
