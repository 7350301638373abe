import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { scrubSecrets } from "../../src/logging/logger.js";
import { type OpsServer, OpsServerError, startOpsServer } from "../../src/ops/ops-server.js";
import type { ReadinessCheck } from "../../src/ops/readiness.js";

let server: OpsServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const METRICS =
  "# HELP verbatim_corpus_articles Articles.\n# TYPE verbatim_corpus_articles gauge\nverbatim_corpus_articles 5\n";

async function start(checks: ReadinessCheck[], extra: { port?: number; scrub?: (t: string) => string } = {}) {
  server = await startOpsServer({
    port: extra.port ?? 0,
    host: "127.0.0.1",
    logger: silentLogger,
    readiness: () => checks,
    metrics: async () => ({ contentType: "text/plain; version=0.0.4; charset=utf-8", body: METRICS }),
    ...(extra.scrub ? { scrub: extra.scrub } : {}),
  });
  return `http://127.0.0.1:${server.port}`;
}

describe("the health and metrics server", () => {
  it("says it is alive, and serves the metrics in Prometheus's text format", async () => {
    const base = await start([]);
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.text()).toBe("ok\n");
    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get("content-type")).toContain("version=0.0.4");
    expect(await metrics.text()).toBe(METRICS);
  });

  it("answers /readyz 200 when every check passes and 503 with the failing one named otherwise", async () => {
    let storageUp = true;
    const base = await start([
      { name: "corpus", check: () => ({ ok: true, detail: "5 articles" }) },
      {
        name: "storage",
        check: async () => {
          if (!storageUp) throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
          return { ok: true, detail: "postgres" };
        },
      },
    ]);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      ready: true,
      checks: { corpus: { ok: true, detail: "5 articles" }, storage: { ok: true, detail: "postgres" } },
    });
    storageUp = false;
    const down = await fetch(`${base}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({
      ready: false,
      checks: { storage: { ok: false, detail: "connect ECONNREFUSED 127.0.0.1:5432" } },
    });
  });

  it("never serves a secret in a readiness detail", async () => {
    const base = await start(
      [
        {
          name: "storage",
          check: async () => {
            throw new Error("cannot reach postgres://verbatim:hunter2-password@db.internal:5432/verbatim");
          },
        },
      ],
      { scrub: (text) => scrubSecrets(text, []) },
    );
    const body = await (await fetch(`${base}/readyz`)).text();
    expect(body).toContain("db.internal");
    expect(body).not.toContain("hunter2-password");
  });

  it("refuses other paths and methods, and answers HEAD without a body", async () => {
    const base = await start([]);
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/slack/events`, { method: "POST" })).status).toBe(404);
    const post = await fetch(`${base}/healthz`, { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
    const head = await fetch(`${base}/healthz`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("names HTTP_PORT in one line when the port is taken", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const attempt = start([], { port });
      await expect(attempt).rejects.toBeInstanceOf(OpsServerError);
      await expect(attempt).rejects.toThrow(
        `HTTP_PORT ${port} is already in use by another process: set HTTP_PORT to a free port`,
      );
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
