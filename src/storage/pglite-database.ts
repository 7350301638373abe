import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import type { CoreLogger } from "../core/logger.js";
import { lockDataDir } from "./data-dir-lock.js";
import type { Database, SqlClient } from "./sql-client.js";

function wrap(client: PGlite | Transaction): SqlClient {
  return {
    async query<T extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query<T>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await client.exec(sql);
    },
  };
}

/**
 * The embedded database: PostgreSQL compiled to WebAssembly, its files under `DATA_DIR/db`. One process owns the
 * directory at a time, so it suits a single instance; replicas share a PostgreSQL server instead.
 */
export async function openEmbeddedDatabase(dataDir: string, logger: CoreLogger): Promise<Database> {
  const dir = join(dataDir, "db");
  await mkdir(dir, { recursive: true });
  const unlock = await lockDataDir(join(dataDir, "db.lock"), dataDir, {
    onLost: (err) =>
      logger.error(
        { err, dataDir },
        "another process took over the embedded database: this one stopped renewing its claim; stop one of them",
      ),
  });
  let db: PGlite;
  try {
    db = await PGlite.create(dir);
  } catch (error) {
    await unlock();
    throw error;
  }
  const base = wrap(db);
  return {
    driver: "embedded",
    query: base.query,
    exec: base.exec,
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    async close() {
      try {
        await db.close();
      } finally {
        await unlock();
      }
    },
  };
}
