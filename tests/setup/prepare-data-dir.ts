/**
 * Creating and migrating an embedded database takes seconds (tens of them on a busy machine), copying a prepared
 * one does not. This global set-up prepares one DATA_DIR per run — reused across runs while the schema and PGlite
 * are unchanged — and hands its path to every test file, which copies it for each database it needs.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { silentLogger } from "../../src/core/logger.js";
import { openStorage } from "../../src/storage/open-storage.js";

declare module "vitest" {
  export interface ProvidedContext {
    preparedDataDir: string;
  }
}

function fingerprint(): string {
  const hash = createHash("sha256");
  hash.update(readFileSync("src/storage/migrations.ts"));
  hash.update(readFileSync("node_modules/@electric-sql/pglite/package.json"));
  return hash.digest("hex").slice(0, 16);
}

export default async function setup(project: TestProject): Promise<void> {
  const prepared = join(tmpdir(), `verbatim-test-data-${fingerprint()}`);
  if (!existsSync(join(prepared, "ready"))) {
    const building = await mkdtemp(join(tmpdir(), "verbatim-test-data-building-"));
    await (await openStorage({ dataDir: building, logger: silentLogger })).close();
    await writeFile(join(building, "ready"), "");
    // Another run may have finished first; either copy is as good.
    await rename(building, prepared).catch(() => rm(building, { recursive: true, force: true }));
  }
  project.provide("preparedDataDir", prepared);
}
