import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";

/**
 * A DATA_DIR of its own with an already created and migrated embedded database, copied from the one the global
 * set-up prepared (tests/setup/prepare-data-dir.ts).
 */
export async function freshDataDir(prefix = "verbatim-data-"): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), prefix));
  await cp(join(inject("preparedDataDir"), "db"), join(dataDir, "db"), { recursive: true });
  return dataDir;
}
