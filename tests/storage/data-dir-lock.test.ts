import { readFile, rm, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { lockDataDir } from "../../src/storage/data-dir-lock.js";
import { openStorage } from "../../src/storage/open-storage.js";
import { freshDataDir } from "../fakes/prepared-data-dir.js";

describe("one process per embedded database", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await freshDataDir("verbatim-lock-");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("refuses a second opening of the same DATA_DIR and says what to do", async () => {
    const storage = await openStorage({ dataDir: dir, logger: silentLogger });
    try {
      await expect(openStorage({ dataDir: dir, logger: silentLogger })).rejects.toThrow(
        /in use by another Verbatim process .*DATABASE_URL/,
      );
    } finally {
      await storage.close();
    }
    const again = await openStorage({ dataDir: dir, logger: silentLogger });
    await again.close();
  });

  it("refuses while another live process holds the lock", async () => {
    const lockFile = join(dir, "other.lock");
    await writeFile(lockFile, `${process.ppid}@${hostname()}`);
    await expect(lockDataDir(lockFile, dir)).rejects.toThrow(`pid ${process.ppid}`);
  });

  it("takes over a lock left by a process that has died", async () => {
    const lockFile = join(dir, "stale.lock");
    await writeFile(lockFile, `999999999@${hostname()}`);
    const unlock = await lockDataDir(lockFile, dir);
    expect(await readFile(lockFile, "utf8")).toBe(`${process.pid}@${hostname()}`);
    await unlock();
    await expect(readFile(lockFile, "utf8")).rejects.toThrow();
  });
});
