import { afterEach, describe, expect, it, vi } from "vitest";
import { parseOptions } from "../../eval/cli-options.js";

const USAGE = "npm run eval:thing -- --limit 10";
const OPTIONS = { limit: { type: "string" }, json: { type: "boolean", default: false } } as const;

class Exit extends Error {
  constructor(readonly code: number | undefined) {
    super(`exit ${code}`);
  }
}

afterEach(() => vi.restoreAllMocks());

function run(argv: string[]): { code?: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, "log").mockImplementation((line: string) => void out.push(line));
  vi.spyOn(console, "error").mockImplementation((line: string) => void err.push(line));
  vi.spyOn(process, "exit").mockImplementation((code) => {
    throw new Exit(code as number);
  });
  try {
    parseOptions(OPTIONS, USAGE, argv);
    return { out: out.join("\n"), err: err.join("\n") };
  } catch (error) {
    if (!(error instanceof Exit)) throw error;
    return { code: error.code, out: out.join("\n"), err: err.join("\n") };
  }
}

describe("parseOptions", () => {
  it("reads the options it knows", () => {
    expect(parseOptions(OPTIONS, USAGE, ["--limit", "5", "--json"])).toEqual({ limit: "5", json: true });
  });

  it("names an unknown option and shows the usage, with no stack trace", () => {
    const result = run(["--limt", "5"]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("Unknown option '--limt'");
    expect(result.err).toContain(USAGE);
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it("prints the usage for --help", () => {
    expect(run(["--help"])).toEqual({ code: 0, out: USAGE, err: "" });
  });
});
