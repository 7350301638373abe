import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

describe("the verbatim command line", () => {
  it("lists the commands, chat and operator alike, with --help and help", async () => {
    for (const args of [["--help"], ["help"]]) {
      const run = await runCli(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^ {2}verify \[options\] \[quote\]/m);
      expect(run.stdout).toMatch(/^ {2}quotes \[options\]/m);
      expect(run.stdout).toMatch(/^ {2}digest \[options\]/m);
    }
  });

  it("gives each command its own help", async () => {
    for (const args of [
      ["verify", "--help"],
      ["help", "verify"],
    ]) {
      const run = await runCli(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("Usage: verbatim verify [options] [quote]");
      expect(run.stdout).toContain("--speaker <speaker>");
      expect(run.stdout).toContain("--batch <file>");
      expect(run.stdout).not.toContain("--print");
    }
    expect((await runCli(["help", "digest"])).stdout).toContain("--print");
  });

  it("suggests the command meant by a typo", async () => {
    const run = await runCli(["verfy", "All is well"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("verbatim: unknown command 'verfy'");
    expect(run.stderr).toContain("Did you mean verify?");
  });

  it("refuses a flag the command does not have, suggesting the one meant", async () => {
    const typo = await runCli(["verify", "--speeker", "Trump", "All is well"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("verbatim: unknown option '--speeker'");
    expect(typo.stderr).toContain("Did you mean --speaker?");
    const foreign = await runCli(["digest", "--send"]);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain("unknown option '--send'");
  });

  it("says what it needs when a command is given nothing to do", async () => {
    const verify = await runCli(["verify"]);
    expect(verify.code).toBe(2);
    expect(verify.stderr).toBe(
      'verbatim: Give the quotation to check: verbatim verify "All is well", optionally with --speaker "Donald Trump".\n',
    );
    const digest = await runCli(["digest"]);
    expect(digest.code).toBe(2);
    expect(digest.stderr).toContain("choose one of --print or --post");
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Usage: verbatim");
  });

  it("writes its warnings as readable lines on a terminal, not JSON", async () => {
    const run = await runCli(
      ["verify", "All is well"],
      { CORPUS_DIR: "tests/fixtures/corpus/broken" },
      { tty: true },
    );
    expect(run.stderr).toMatch(/WARN.*skipped/);
    expect(run.stderr).not.toMatch(/^\{"level"/m);
  });
});
