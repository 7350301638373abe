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
