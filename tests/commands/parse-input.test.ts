import { describe, expect, it } from "vitest";
import { parseVerifyText, quoteFromMessage, withoutEdgeMentions } from "../../commands/parse-input.js";

describe("parseVerifyText", () => {
  it.each([
    ['"All is well" — Donald Trump', { quote: "All is well", speaker: "Donald Trump" }],
    ["“All is well” - Donald Trump", { quote: "All is well", speaker: "Donald Trump" }],
    ["All is well ~ Donald Trump", { quote: "All is well", speaker: "Donald Trump" }],
    ["All is well", { quote: "All is well" }],
    [
      '"Iran took & concluded proportionate measures in self-defense"',
      { quote: "Iran took & concluded proportionate measures in self-defense" },
    ],
    [
      "measures in self-defense — we do not seek war.",
      { quote: "measures in self-defense — we do not seek war." },
    ],
  ])("reads %s", (text, expected) => {
    expect(parseVerifyText(text)).toEqual(expected);
  });

  it.each([
    ['"All is well," Trump said', { quote: "All is well", speaker: "Trump" }],
    ['"All is well," said Donald Trump.', { quote: "All is well", speaker: "Donald Trump" }],
    ['Mr. Trump said: "All is well"', { quote: "All is well", speaker: "Mr. Trump" }],
    ['"Winter is coming," the king warned', { quote: "Winter is coming", speaker: "the king" }],
    [
      '"All is well," Trump said. "We are strong."',
      { quote: "All is well … We are strong", speaker: "Trump" },
    ],
    // A pronoun names nobody: the words are checked without a speaker claim.
    ["“All is well,” he said", { quote: "All is well" }],
    ['He told reporters: "All is well"', { quote: "All is well" }],
  ])("reads the attribution pasted with %s as the speaker", (text, expected) => {
    expect(parseVerifyText(text)).toEqual(expected);
  });

  it.each([
    '"All is well" in the news',
    '"All is well" said nobody ever',
    '"All is well," Trump said, and then he said a great many other things about the weather',
  ])("leaves %s whole: no attribution clause", (text) => {
    expect(parseVerifyText(text)).toEqual({ quote: text });
  });
});

describe("quoteFromMessage", () => {
  it("takes the quoted words of a message, or all of it", () => {
    expect(quoteFromMessage('Did Trump really tweet "All is well"?')).toBe("All is well");
    expect(quoteFromMessage("“All is well” and “So far, so good”, he wrote")).toBe(
      "All is well … So far, so good",
    );
    expect(quoteFromMessage("  All is well  ")).toBe("All is well");
  });
});

describe("withoutEdgeMentions", () => {
  it("drops chat mentions around a pasted quotation", () => {
    expect(withoutEdgeMentions("@channel All is well")).toBe("All is well");
    expect(withoutEdgeMentions("<!here> <@U024BE7LH>: All is well @everyone")).toBe("All is well");
    expect(withoutEdgeMentions("<@123456789012345678> All is well")).toBe("All is well");
  });

  it("keeps mentions inside the text and text that is only mentions", () => {
    expect(withoutEdgeMentions("thank you @here for coming")).toBe("thank you @here for coming");
    expect(withoutEdgeMentions("@everyone @here")).toBe("@everyone @here");
  });
});
