import { createServer, type Server, type Socket } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { migrate, migrations } from "../../src/storage/migrations.js";
import { openStorage } from "../../src/storage/open-storage.js";
import { openPostgresDatabase } from "../../src/storage/postgres-database.js";
import { databaseUrl, dropSchema, embeddedCase, notePostgresSkipped, uniqueSchema } from "./drivers.js";

notePostgresSkipped("migrations");

describe("migrations on the embedded database", () => {
  const driver = embeddedCase();
  afterAll(() => driver.cleanup());

  it("refuses a database migrated by a newer release, with a message saying what to do", async () => {
    await (await driver.open()).close();
    const db = await driver.raw();
    try {
      await db.query("INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future')");
      await expect(migrate(db, "test", silentLogger)).rejects.toThrow(
        /newer than this release knows.*Upgrade/,
      );
    } finally {
      await db.close();
    }
  });
});

describe.skipIf(!databaseUrl)("migrations on PostgreSQL", () => {
  const url = databaseUrl ?? "";
  const schemas: string[] = [];
  afterAll(async () => {
    for (const schema of schemas) await dropSchema(schema);
  });

  it("applies each migration once when several replicas start together", async () => {
    const schema = uniqueSchema();
    schemas.push(schema);
    const open = () => openStorage({ databaseUrl: url, dataDir: "unused", schema, logger: silentLogger });
    const replicas = await Promise.all([open(), open(), open(), open()]);
    await Promise.all(replicas.map((r) => r.close()));
    const db = await openPostgresDatabase({ databaseUrl: url, schema, logger: silentLogger });
    try {
      const rows = await db.query<{ version: number }>(
        "SELECT version FROM schema_migrations ORDER BY version",
      );
      expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    } finally {
      await db.close();
    }
  });

  it("stops a statement that runs past the timeout", async () => {
    const db = await openPostgresDatabase({
      databaseUrl: url,
      logger: silentLogger,
      statementTimeoutMs: 300,
    });
    try {
      await expect(db.query("SELECT pg_sleep(5)")).rejects.toThrow(/statement timeout/);
    } finally {
      await db.close();
    }
  });
});

describe("connecting to a server that never answers", () => {
  let server: Server | undefined;
  const sockets: Socket[] = [];
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("gives up after the connection timeout instead of hanging", async () => {
    server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const open = openPostgresDatabase({
      databaseUrl: `postgres://postgres@127.0.0.1:${port}/test`,
      logger: silentLogger,
      connectTimeoutMs: 300,
    });
    // Without the timeout this would wait for ever, and the test would fail on its own deadline.
    await expect(open).rejects.toThrow(/could not connect to PostgreSQL at 127\.0\.0\.1:\d+.*timeout/i);
  });
});
