import { spawnSync } from "node:child_process";
import { EventEmitter } from "node:events";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { installProcessGuards } from "../../src/app/process-guards.js";
import { createLogger } from "../../src/logging/logger.js";

const SECRET = "s3cr3t-signing-value-4242";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger({ pretty: false, destination, secrets: [SECRET] }) };
}

describe("process guards", () => {
  it("log an uncaught exception and an unhandled rejection once each, without secrets", () => {
    const target = new EventEmitter();
    const { lines, logger } = capture();
    installProcessGuards(target, logger);
    const thrown = new TypeError(`Cannot read properties of null (reading 'ssl_check') near ${SECRET}`);
    target.emit("uncaughtException", thrown);
    target.emit("uncaughtException", thrown);
    target.emit("unhandledRejection", "the database went away");
    expect(lines.map((l) => l.kind)).toEqual(["uncaught exception", "unhandled rejection"]);
    expect(lines.every((l) => l.level === 50)).toBe(true);
    expect(JSON.stringify(lines[0])).toContain("reading 'ssl_check'");
    expect(lines[1]).toMatchObject({ reason: "the database went away" });
    expect(JSON.stringify(lines)).not.toContain(SECRET);
  });

  it("can be removed again", () => {
    const target = new EventEmitter();
    const remove = installProcessGuards(target, capture().logger);
    expect(target.listenerCount("uncaughtException")).toBe(1);
    expect(target.listenerCount("unhandledRejection")).toBe(1);
    remove();
    expect(target.listenerCount("uncaughtException")).toBe(0);
    expect(target.listenerCount("unhandledRejection")).toBe(0);
  });

  it("keep a real process running after a throw in a callback and a rejected promise", () => {
    // In a child process, so that the failures are real and vitest's own process is untouched.
    const script = `
      import { installProcessGuards } from "./src/app/process-guards.ts";
      import { createLogger } from "./src/logging/logger.ts";
      installProcessGuards(process, createLogger({ pretty: false }));
      setImmediate(() => { throw new Error("thrown in a callback"); });
      Promise.reject(new Error("rejected with no handler"));
      setImmediate(() => setImmediate(() => process.stdout.write("still running\\n")));
    `;
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("still running");
    expect(run.stdout).toContain("thrown in a callback");
    expect(run.stdout).toContain("rejected with no handler");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 90_000);
});
