import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import pg from "pg";
import { silentLogger } from "../../src/core/logger.js";
import { openStorage } from "../../src/storage/open-storage.js";
import { openEmbeddedDatabase } from "../../src/storage/pglite-database.js";
import { openPostgresDatabase } from "../../src/storage/postgres-database.js";
import type { Database } from "../../src/storage/sql-client.js";
import type { Storage } from "../../src/storage/storage.js";
import { freshDataDir } from "../fakes/prepared-data-dir.js";

export const databaseUrl = process.env.DATABASE_URL;

/** One place to say why the PostgreSQL half of the suite did not run. */
export function notePostgresSkipped(suite: string): void {
  if (!databaseUrl) console.warn(`[${suite}] DATABASE_URL is not set: the PostgreSQL runs are skipped.`);
}

/** A fresh database for one test file: a temp DATA_DIR, or a schema of its own on the shared server. */
export interface DriverCase {
  name: "embedded" | "postgres";
  available: boolean;
  open(): Promise<Storage>;
  /** Direct access to the tables (open only while no storage holds an embedded database). */
  raw(): Promise<Database>;
  cleanup(): Promise<void>;
}

export function embeddedCase(): DriverCase {
  let dir: string | undefined;
  const dataDir = async () => {
    dir ??= await freshDataDir("verbatim-storage-");
    return dir;
  };
  return {
    name: "embedded",
    available: true,
    open: async () => openStorage({ dataDir: await dataDir(), logger: silentLogger }),
    raw: async () => openEmbeddedDatabase(await dataDir(), silentLogger),
    cleanup: async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

export function uniqueSchema(): string {
  return `verbatim_test_${process.pid}_${randomBytes(4).toString("hex")}`;
}

export async function dropSchema(schema: string): Promise<void> {
  if (!databaseUrl) return;
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

export function postgresCase(): DriverCase {
  const schema = uniqueSchema();
  const url = databaseUrl ?? "";
  return {
    name: "postgres",
    available: Boolean(databaseUrl),
    open: () => openStorage({ databaseUrl: url, dataDir: "unused", schema, logger: silentLogger }),
    raw: () => openPostgresDatabase({ databaseUrl: url, schema, logger: silentLogger }),
    cleanup: () => dropSchema(schema),
  };
}
