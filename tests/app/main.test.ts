import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      DATA_DIR: mkdtempSync(join(tmpdir(), "verbatim-main-")),
      LOG_LEVEL: "silent",
      ...env,
    },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("npm start", () => {
  it("refuses a bad variable with one readable message", () => {
    const run = start({
      SLACK_PORT: "abc",
      SLACK_BOT_TOKEN: "xoxb-1-2-3",
      SLACK_SIGNING_SECRET: "0123456789abcdef",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('SLACK_PORT must be a port number from 1 to 65535, got "abc"');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).not.toContain("0123456789abcdef");
  });

  it("asks for a contact when feeds are configured, and names the bad entry of a feeds file", () => {
    const noContact = start({ FEEDS_FILE: "feeds.yaml" });
    expect(noContact.status).toBe(2);
    expect(noContact.stderr).toContain("INGEST_CONTACT must be set when FEEDS_FILE is set");
    const dir = mkdtempSync(join(tmpdir(), "verbatim-main-feeds-"));
    writeFileSync(
      join(dir, "feeds.yaml"),
      "feeds:\n  - url: https://example.org/rss\n    outlet: Example\n    every: often\n",
    );
    const bad = start({ FEEDS_FILE: join(dir, "feeds.yaml"), INGEST_CONTACT: "desk@example.org" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('entry 1 (https://example.org/rss): "every" must be a duration');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  }, 90_000);

  it("explains what to configure when no front end is set", () => {
    const run = start({});
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("nothing to serve");
    expect(run.stderr).toContain("SLACK_BOT_TOKEN");
  });
});
