import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function environment(env: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    DATA_DIR: mkdtempSync(join(tmpdir(), "verbatim-main-")),
    LOG_LEVEL: "silent",
    ...env,
  };
}

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: environment(env),
    encoding: "utf8",
    timeout: 60_000,
  });
}

/** As `start`, without blocking the event loop (the test itself holds a port open meanwhile). */
function startAsync(
  env: Record<string, string>,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: environment(env),
      timeout: 60_000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += String(chunk);
    });
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
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
    // A cold start of the sources under tsx on a busy machine; the child itself is bounded at 60 s.
  }, 90_000);

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

  it("refuses a schedule croner cannot read and a digest channel without its token, before starting anything", () => {
    const run = start({ DIGEST_CRON: "61 * * * *", DIGEST_SLACK_CHANNEL: "C0123456789" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("DIGEST_CRON must be a cron expression");
    expect(run.stderr).toContain("Invalid value for minute: 61");
    expect(run.stderr).toContain("SLACK_BOT_TOKEN must be set when DIGEST_SLACK_CHANNEL is set");
    expect(run.stderr).not.toContain("no digest channel is configured");
    expect(run.stdout).not.toContain("verbatim is running");
  });

  it("names HTTP_PORT in one line when the health server's port is taken", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const run = await startAsync({
        HTTP_PORT: String(port),
        SLACK_BOT_TOKEN: "xoxb-1-2-3",
        SLACK_APP_TOKEN: "xapp-1-2-3",
      });
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe(
        `HTTP_PORT ${port} is already in use by another process: set HTTP_PORT to a free port for the health and metrics server.`,
      );
      expect(run.stdout).not.toMatch(/\n\s+at /);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it("names PostgreSQL and DATABASE_URL, without the password, when the server refuses connections", () => {
    const run = start({
      SLACK_BOT_TOKEN: "xoxb-1-2-3",
      SLACK_SIGNING_SECRET: "0123456789abcdef",
      DATABASE_URL: "postgres://verbatim:hunter2pw@127.0.0.1:1/news",
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/PostgreSQL at 127\.0\.0\.1:1/);
    expect(lines[0]).toContain("DATABASE_URL");
    expect(run.stderr + run.stdout).not.toContain("hunter2pw");
    expect(run.stderr + run.stdout).not.toMatch(/\n\s+at /);
  }, 90_000);

  it("says only that the corpus folder is missing", () => {
    const run = start({
      SLACK_BOT_TOKEN: "xoxb-1-2-3",
      SLACK_SIGNING_SECRET: "0123456789abcdef",
      CORPUS_DIR: "/nonexistent/corpus",
      LOG_LEVEL: "info",
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      "The corpus directory /nonexistent/corpus does not exist. Set CORPUS_DIR or pass --corpus to a folder of articles.",
    );
    expect(run.stdout).not.toContain("corpus cache");
    expect(run.stdout).not.toMatch(/\n\s+at |\\n\s+at /);
  }, 90_000);

  it("explains what to configure when no front end is set", () => {
    const run = start({});
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("nothing to serve");
    expect(run.stderr).toContain("SLACK_BOT_TOKEN");
  }, 90_000);
});
