/**
 * The little SQL surface both drivers share, so the storage logic is written once for the embedded database and
 * for a PostgreSQL server.
 */
export type Row = Record<string, unknown>;

export interface SqlClient {
  /** One statement with `$1`-style parameters. */
  query<T extends object = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends SqlClient {
  readonly driver: "embedded" | "postgres";
  /** Runs `fn` in one transaction on one connection; rolls back when it throws. */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
