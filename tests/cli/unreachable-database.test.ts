import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const UNREACHABLE = "postgres://verbatim:hunter2@127.0.0.1:1/newsroom";

describe("a command whose database cannot be reached", () => {
  for (const args of [["feeds"], ["digest", "--print"], ["ingest", "https://example.org/story"]]) {
    it(`verbatim ${args.join(" ")} names PostgreSQL and DATABASE_URL in one line, without the password`, async () => {
      const run = await runCli(args, { DATABASE_URL: UNREACHABLE, INGEST_CONTACT: "desk@example.org" });
      expect(run.code).toBe(2);
      const last = run.stderr.trim().split("\n").at(-1) ?? "";
      expect(last).toMatch(/^verbatim: .*PostgreSQL at 127\.0\.0\.1:1 \(database "newsroom"\).*DATABASE_URL/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stderr).not.toContain("hunter2");
    });
  }
});
