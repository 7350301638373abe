import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logging/logger.js";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, destination };
}

describe("createLogger", () => {
  it("writes JSON lines by default", () => {
    const { lines, destination } = capture();
    createLogger({ pretty: false, destination }).info({ articles: 5 }, "corpus loaded");
    const entry = JSON.parse(lines[0] ?? "{}");
    expect(entry).toMatchObject({ msg: "corpus loaded", articles: 5, level: 30 });
  });

  it("redacts secrets by key, by configured value and by token shape", () => {
    const { lines, destination } = capture();
    const secret = "s3cr3t-signing-value-0123";
    const logger = createLogger({ pretty: false, destination, secrets: [secret] });
    logger.info({ token: "xoxb-111-222-abc", headers: { authorization: "Bot abc.def" } }, "request");
    logger.warn({ detail: `signature computed with ${secret}` }, "mismatch");
    logger.error({ err: new Error("auth failed for xapp-1-A1-999-zzz") }, "socket");
    logger.info({ url: "postgres://verbatim:hunter2hunter2@db:5432/v" }, "connecting");
    logger.info({}, "Authorization: Bearer abc123def456 sent");
    const out = lines.join("");
    for (const leaked of [
      "xoxb-111-222-abc",
      "Bot abc.def",
      secret,
      "xapp-1-A1-999-zzz",
      "hunter2hunter2",
      "abc123def456",
    ]) {
      expect(out).not.toContain(leaked);
    }
    expect(out).toContain("[redacted]");
    expect(out).toContain("postgres://verbatim:[redacted]@db:5432/v");
  });

  it("respects the level", () => {
    const { lines, destination } = capture();
    const logger = createLogger({ pretty: false, destination, level: "warn" });
    logger.info({}, "hidden");
    logger.warn({}, "shown");
    expect(lines).toHaveLength(1);
  });
});
