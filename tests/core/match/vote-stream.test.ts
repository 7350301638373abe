import { describe, expect, it } from "vitest";
import { VoteStream } from "../../../src/core/match/vote-stream.js";

function drain(stream: VoteStream): number[] {
  const out: number[] = [];
  for (let v = stream.next(); v >= 0; v = stream.next()) out.push(v);
  return out;
}

describe("VoteStream", () => {
  const postings = Uint32Array.from([3, 10, 40, 2, 11, 12, 50, 7]);
  const lists = [
    { start: 0, end: 3, shift: 0, seed: 0 },
    { start: 3, end: 7, shift: 1, seed: 1 },
    { start: 7, end: 8, shift: 5, seed: 2 },
    { start: 8, end: 8, shift: 0, seed: 3 },
  ];

  it("merges every list's votes in diagonal order, packed as diagonal * 64 + seed", () => {
    const votes = drain(new VoteStream(postings, lists, 10, Number.POSITIVE_INFINITY));
    const expected = [
      [3, 0],
      [10, 0],
      [40, 0],
      [1, 1],
      [10, 1],
      [11, 1],
      [49, 1],
      [2, 2],
    ]
      .map(([diagonal, seed]) => (diagonal! + 10) * 64 + seed!)
      .sort((a, b) => a - b);
    expect(votes).toEqual(expected);
  });

  it("stops at the vote limit, keeping the lowest diagonals", () => {
    const all = drain(new VoteStream(postings, lists, 10, Number.POSITIVE_INFINITY));
    expect(drain(new VoteStream(postings, lists, 10, 3))).toEqual(all.slice(0, 3));
  });
});
