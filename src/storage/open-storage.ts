import type { CoreLogger } from "../core/logger.js";
import { migrate } from "./migrations.js";
import { openEmbeddedDatabase } from "./pglite-database.js";
import { openPostgresDatabase } from "./postgres-database.js";
import type { Database } from "./sql-client.js";
import { createSqlStorage } from "./sql-storage.js";
import type { Storage } from "./storage.js";

export interface OpenStorageOptions {
  /** A PostgreSQL server; unset: the embedded database under `dataDir/db`. */
  databaseUrl?: string;
  dataDir: string;
  logger: CoreLogger;
  /** PostgreSQL only: keep the tables in this schema (e.g. one per test run or per deployment). */
  schema?: string;
}

/** Opens the database, brings its schema up to date and returns the storage over it. */
export async function openStorage(options: OpenStorageOptions): Promise<Storage> {
  const db: Database = options.databaseUrl
    ? await openPostgresDatabase({
        databaseUrl: options.databaseUrl,
        logger: options.logger,
        ...(options.schema ? { schema: options.schema } : {}),
      })
    : await openEmbeddedDatabase(options.dataDir, options.logger);
  try {
    await migrate(db, `verbatim-migrations:${options.schema ?? "default"}`, options.logger);
    const storage = await createSqlStorage(db);
    options.logger.info({ driver: db.driver }, "storage ready");
    return storage;
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

export type { Storage } from "./storage.js";
