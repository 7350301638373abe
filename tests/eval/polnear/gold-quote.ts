import type { GoldQuote } from "../../../eval/polnear/gold.js";

/** A gold quotation from `start` to `end`, said by a named person. */
export const namedGold = (start: number, end: number): GoldQuote => ({
  start,
  end,
  source: "Ada Brenn",
  category: "name",
  expected: "Ada Brenn",
});
