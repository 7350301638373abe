import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

describe("names: a time zone is not part of one", () => {
  it("does not read 'GMT' before a company's name as a first name", () => {
    expect(quotesOf("time-zone-before-name.txt")("Bookings for the spring")).toMatchObject({
      speakerName: "Carnival",
    });
  });
});
