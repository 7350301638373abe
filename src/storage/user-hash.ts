import { createHash, randomBytes } from "node:crypto";
import type { SqlClient } from "./sql-client.js";

const SALT_KEY = "user_hash_salt";

/**
 * The installation's salt, made once and shared by every replica through the database. Without it a user id's
 * hash could be looked up by hashing known ids.
 */
export async function loadUserHashSalt(db: SqlClient): Promise<string> {
  await db.query("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING", [
    SALT_KEY,
    randomBytes(32).toString("hex"),
  ]);
  const rows = await db.query<{ value: string }>("SELECT value FROM settings WHERE key = $1", [SALT_KEY]);
  const salt = rows[0]?.value;
  if (!salt) throw new Error("the user hash salt could not be stored");
  return salt;
}

/** A stable pseudonym for one user on one platform: equal ids give equal hashes, and nothing else can be read. */
export function hashUserId(salt: string, frontEnd: string, userId: string): string {
  return createHash("sha256").update(`${salt}\0${frontEnd}\0${userId}`).digest("hex");
}
