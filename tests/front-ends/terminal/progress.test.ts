import { describe, expect, it } from "vitest";
import { terminalProgress } from "../../../src/front-ends/terminal/progress.js";

function stream(isTTY: boolean) {
  const written: string[] = [];
  return {
    written,
    stream: { isTTY, write: (s: string) => written.push(s) > 0 } as unknown as NodeJS.WriteStream,
  };
}

describe("terminalProgress", () => {
  it("draws files read, quotations found and files skipped on a terminal, then clears the line", () => {
    const { written, stream: out } = stream(true);
    const progress = terminalProgress(out);
    progress?.onProgress({ filesRead: 2225, filesTotal: 2225, filesSkipped: 1, quotesFound: 7452 });
    progress?.done();
    expect(written[0]).toContain("Reading corpus: 2,225/2,225 files · 7,452 quotations · 1 skipped");
    expect(written.at(-1)).toBe("\r\x1b[2K");
  });

  it("stays silent when the output is not a terminal", () => {
    expect(terminalProgress(stream(false).stream)).toBeNull();
  });
});
