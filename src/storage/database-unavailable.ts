/** Where DATABASE_URL points, without its user name or password, for messages and logs. */
export function describeDatabaseUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
    return `${url.host || "localhost"}${database ? ` (database "${database}")` : ""}`;
  } catch {
    return "the address in DATABASE_URL";
  }
}

/** The cause of a failed connection with any part of the address that might carry a credential taken out. */
function scrubbedCause(databaseUrl: string, error: unknown): string {
  let text = error instanceof Error ? error.message : String(error);
  try {
    const url = new URL(databaseUrl);
    for (const secret of [url.password, decodeURIComponent(url.password)]) {
      if (secret) text = text.split(secret).join("***");
    }
  } catch {
    // An address that does not parse has no password part to find; the driver's message does not repeat it.
  }
  return text;
}

/** The PostgreSQL server named by DATABASE_URL could not be connected to: the operator's to fix. */
export class DatabaseUnavailableError extends Error {
  constructor(databaseUrl: string, cause: unknown) {
    super(
      `Verbatim could not connect to PostgreSQL at ${describeDatabaseUrl(databaseUrl)}, named by DATABASE_URL: ` +
        `${scrubbedCause(databaseUrl, cause)}. Check that the server is running and DATABASE_URL is right, or unset ` +
        "DATABASE_URL to use the embedded database under DATA_DIR.",
    );
    this.name = "DatabaseUnavailableError";
  }
}
