import pg from "pg";
import type { CoreLogger } from "../core/logger.js";
import { DatabaseUnavailableError } from "./database-unavailable.js";
import type { Database, SqlClient } from "./sql-client.js";

export interface PostgresOptions {
  databaseUrl: string;
  /** A schema to keep the tables in (created when missing); default: the server's search path. */
  schema?: string;
  logger: CoreLogger;
  /** Longest a statement may run on the server. */
  statementTimeoutMs?: number;
  /** Longest to wait for a connection. */
  connectTimeoutMs?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function wrap(client: pg.Pool | pg.PoolClient): SqlClient {
  return {
    async query<T extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query<T>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

async function ensureSchema(
  options: PostgresOptions,
  schema: string,
  timeouts: pg.PoolConfig,
): Promise<void> {
  const client = new pg.Client({ connectionString: options.databaseUrl, ...timeouts });
  await client.connect().catch((error: unknown) => {
    throw new DatabaseUnavailableError(options.databaseUrl, error);
  });
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } catch (error) {
    // Two replicas creating the schema at once: the loser sees a duplicate, and the schema exists.
    const code = (error as { code?: string }).code;
    if (code !== "23505" && code !== "42P06") throw error;
  } finally {
    await client.end();
  }
}

/** A PostgreSQL server through a `pg` pool; every connection attempt and statement is bounded in time. */
export async function openPostgresDatabase(options: PostgresOptions): Promise<Database> {
  const timeouts: pg.PoolConfig = {
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    statement_timeout: options.statementTimeoutMs ?? 15_000,
    query_timeout: (options.statementTimeoutMs ?? 15_000) + 5_000,
    idle_in_transaction_session_timeout: 60_000,
  };
  const schema = options.schema;
  if (schema !== undefined) {
    if (!SCHEMA_NAME.test(schema))
      throw new Error(`Invalid schema name "${schema}": use lowercase letters, digits, _`);
    await ensureSchema(options, schema, timeouts);
  }
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: 5,
    ...timeouts,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection dropped by the server must not crash the process; the pool replaces it.
  pool.on("error", (error) => options.logger.warn({ err: error }, "database connection lost"));
  // One connection up front, so an unreachable server is reported as such rather than as a failed statement.
  try {
    (await pool.connect()).release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseUnavailableError(options.databaseUrl, error);
  }
  const base = wrap(pool);
  return {
    driver: "postgres",
    query: base.query,
    exec: base.exec,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(wrap(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
