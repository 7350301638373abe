import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import { findQuoteSpans } from "../../../src/core/extract/quote-marks.js";

function quoted(body: string): string[] {
  return findQuoteSpans(body)
    .filter((s) => s.depth === 0 && !s.unterminated)
    .map((s) => body.slice(s.start, s.end));
}

describe("findQuoteSpans", () => {
  it.each([
    ["curly double", "He said “we are ready” today.", "we are ready"],
    ["straight double", 'He said "we are ready" today.', "we are ready"],
    ["curly single", "He said ‘we are ready’ today.", "we are ready"],
    ["straight single", "He said 'we are ready' today.", "we are ready"],
    ["guillemets", "He said «we are ready» today.", "we are ready"],
    ["doubled single quotes", "He said ''we are ready'' today.", "we are ready"],
  ])("reads %s quotation marks", (_style, body, expected) => {
    expect(quoted(body)).toEqual([expected]);
  });

  it.each([
    ["curly", "Her reply: ““We stay open.” Then she left.", "We stay open."],
    ["curly, a space between", "Her reply: “ “We stay open.” Then she left.", "We stay open."],
    ["straight", 'They called it an ""unfair and hasty" offer.', "unfair and hasty"],
  ])("reads an opening double mark typed twice (%s) as one", (_style, body, expected) => {
    expect(quoted(body)).toEqual([expected]);
  });

  it("leaves apostrophes alone: Iran's, didn't, let's, voters', the '90s, 'em", () => {
    const body = "Iran's envoy didn't say it, let's be clear; the voters' choice in the '90s beat 'em all.";
    expect(findQuoteSpans(body)).toEqual([]);
  });

  it("keeps apostrophes inside a single-quoted quotation", () => {
    expect(quoted("'We could have done it and we didn't do it,' an official said.")).toEqual([
      "We could have done it and we didn't do it",
    ]);
  });

  it("drops the comma that closes a quotation before its attribution", () => {
    expect(quoted("“Nothing is agreed,” she said.")).toEqual(["Nothing is agreed"]);
  });

  it("keeps a nested quotation inside the outer one", () => {
    const body = "“My father told me, ‘Never give up,’ and I did not,” she said.";
    const spans = findQuoteSpans(body);
    expect(quoted(body)).toEqual(["My father told me, ‘Never give up,’ and I did not"]);
    expect(spans.find((s) => s.depth === 1) && body.slice(spans[1]!.start, spans[1]!.end)).toBe(
      "Never give up",
    );
  });

  it("links a quotation that runs on into the next paragraph", () => {
    const body = "She said: “The first part ends here.\n\n“The second part follows,” she added.";
    const spans = findQuoteSpans(body).filter((s) => s.depth === 0);
    expect(spans.map((s) => [body.slice(s.start, s.end), s.runsOn, s.continued])).toEqual([
      ["The first part ends here.", true, false],
      ["The second part follows", false, true],
    ]);
  });

  it("ends a quotation where an opening mark after a sentence end reopens it on the same line", () => {
    const body = 'She said: "The first part ends here. "The second part follows." Then she left. "A third."';
    const spans = findQuoteSpans(body);
    expect(spans.map((s) => [body.slice(s.start, s.end), s.depth, s.runsOn, s.continued])).toEqual([
      ["The first part ends here.", 0, true, false],
      ["The second part follows.", 0, false, true],
      ["A third.", 0, false, false],
    ]);
  });

  it("reopens on the same line after a sentence end closed by an inner single mark", () => {
    const body = `The keeper said: "It felt like they told us 'pack your bags.' "We stayed calm and won it."`;
    expect(quoted(body)).toEqual([
      "It felt like they told us 'pack your bags.'",
      "We stayed calm and won it.",
    ]);
  });

  it("reopens on the same line where a double quotation was closed with a single mark", () => {
    const body = `The engineer says that "rural links need far more bandwidth.' "Nothing may fail," he adds.`;
    expect(quoted(body)).toEqual(["rural links need far more bandwidth.", "Nothing may fail"]);
  });

  it("ends a quotation left open where the narration after it introduces the next one", () => {
    const body = 'Ms Ray said: "We lost the whole season. She added: "The club will rebuild." Fans agreed.';
    const spans = findQuoteSpans(body).filter((s) => s.depth === 0);
    expect(spans.map((s) => [body.slice(s.start, s.end), s.unterminated])).toEqual([
      ["We lost the whole season.", false],
      ["The club will rebuild.", false],
    ]);
  });

  it("ends a quotation left open before the aside that reports it, where the next one opens", () => {
    const body =
      '"Without a bridge across the river, the mayor warned, "this town will wither." Nobody replied.';
    const spans = findQuoteSpans(body).filter((s) => s.depth === 0);
    expect(spans.map((s) => [body.slice(s.start, s.end), s.unterminated])).toEqual([
      ["Without a bridge across the river", false],
      ["this town will wither.", false],
    ]);
    const quotes = extractQuotes({ id: "a", file: "a", body, format: "text", punctuated: true });
    expect(quotes.map((q) => q.text)).toEqual([
      "Without a bridge across the river",
      "this town will wither.",
    ]);
  });

  it("keeps a double mark inside an open quotation nested where the aside is the speaker's own", () => {
    const body = '"The rule was simple, you said, "wait your turn," and we did."';
    const spans = findQuoteSpans(body).filter((s) => s.depth === 0);
    expect(spans.map((s) => body.slice(s.start, s.end))).not.toContain("The rule was simple");
  });

  it("keeps a double mark inside an open quotation nested where no narration introduces it", () => {
    const body = 'He said: "We are done. The plan was "a disaster" from the start."';
    const spans = findQuoteSpans(body).filter((s) => s.depth === 0);
    expect(spans.map((s) => body.slice(s.start, s.end))).not.toContain("We are done.");
  });

  it("still reads a closing mark before a capital as a close, not a reopening", () => {
    expect(quoted('He called it "unfair." "We will appeal," he said.')).toEqual([
      "unfair.",
      "We will appeal",
    ]);
  });

  it("does not read attribute values of HTML tags as quotations", () => {
    expect(quoted('<tweet id="12345" author="@someone">Hello</tweet> and "a real one" here')).toEqual([
      "a real one",
    ]);
  });

  it("does not read attribute values of a tag broken over two lines as quotations", () => {
    const body = '<post by="@harbourwatch" date="May 3\n">Ferry late again</post> and "a real one" here';
    expect(quoted(body)).toEqual(["a real one"]);
  });

  it("opens a quotation whose mark is typed against the sentence before it", () => {
    const body = 'The grocer would not give his name."We were promised a road." Nobody came.';
    expect(quoted(body)).toEqual(["We were promised a road."]);
  });

  it("reads an apostrophe that never closes as no mark: nothing inside it is nested", () => {
    const body = '"Prices keep rising," said Anke van \'t Hoff, a grocer. "We cannot keep up."';
    expect(quoted(body)).toEqual(["Prices keep rising", "We cannot keep up."]);
    // A single-quoted quotation carried on into the next paragraph still holds the one inside it.
    const runOn =
      "'The clerk told us \"come back later\" and shut the door.\n\n'We never went back,' she said.";
    const nested = findQuoteSpans(runOn).filter((s) => s.depth > 0);
    expect(nested.map((s) => runOn.slice(s.start, s.end))).toEqual(["come back later"]);
  });

  it("flags a quotation that never closes", () => {
    const [span] = findQuoteSpans("He said “this never closes");
    expect(span?.unterminated).toBe(true);
  });
});

describe("extractQuotes: a quotation whose mark never closes", () => {
  const article = (body: string) => ({ id: "a", file: "a", body, format: "text" as const, punctuated: true });
  const texts = (body: string) => extractQuotes(article(body)).map((q) => q.text);

  it("runs to its paragraph's end after a colon or a reporting comma, or opening the paragraph", () => {
    expect(
      texts('Mayor Ann Pike said: "We will not close the depot this year.\n\nThe council met later.'),
    ).toEqual(["We will not close the depot this year."]);
    expect(texts('"The depot stays open," Pike added, "whatever the council\n\nsays on Friday.')).toEqual([
      "The depot stays open",
      "whatever the council",
    ]);
  });

  it("runs to its paragraph's end inside a reported sentence, when it is that sentence's last words", () => {
    expect(
      texts('The inspectors concluded "the bridge was never safe for heavy lorries.\n\nIt shut in May.'),
    ).toEqual(["the bridge was never safe for heavy lorries."]);
    expect(
      texts('The inspectors concluded "the bridge was unsafe. It shut in May.\n\nNothing else.'),
    ).toEqual([]);
  });

  it("ends where a single mark after a sentence end closes it in place of the double one", () => {
    expect(
      texts("The mayor wrote: “We open on Monday. Bring your friends.’ The post was shared widely."),
    ).toEqual(["We open on Monday. Bring your friends."]);
  });

  it("runs to its paragraph's end past words it quotes in single marks", () => {
    expect(
      texts("The panel concluded \"the port has two eras - 'before the bridge' and 'after it'.\n\nNo more."),
    ).toEqual(["the port has two eras - 'before the bridge' and 'after it'."]);
    expect(texts("Pike said: \"We wait for a 'fair deal' now.\n\nNothing else.")).toEqual([
      "We wait for a 'fair deal' now.",
    ]);
  });

  it("is dropped inside a sentence, or when other quotations follow it in the paragraph", () => {
    expect(texts('The plan needs "serious changes before spring.\n\nNothing else.')).toEqual([]);
    expect(texts('Pike said: "We wait. Then "we act" she said.')).not.toContain("We wait. Then");
  });
});
