import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/logger.js";
import { DataDirBusyError, lockDataDir } from "../../src/storage/data-dir-lock.js";
import { openStorage } from "../../src/storage/open-storage.js";
import { freshDataDir } from "../fakes/prepared-data-dir.js";

const onLost = () => {
  throw new Error("no claim should be lost here");
};
const source = (file: string) => pathToFileURL(join(import.meta.dirname, "../../src/storage", file)).href;

// Each child takes the lock the way Verbatim does, says "locked" and waits to be killed.
const HOLD_LOCK = `
const { lockDataDir } = await import(process.argv[1]);
await lockDataDir(process.argv[2], process.argv[3], { onLost() {} });
console.log("locked");
setInterval(() => {}, 1 << 30);
`;
const HOLD_STORAGE = `
const { openStorage } = await import(process.argv[1]);
const logger = { debug() {}, info() {}, warn() {}, error() {} };
await openStorage({ dataDir: process.argv[2], logger });
console.log("locked");
setInterval(() => {}, 1 << 30);
`;

const children: ChildProcess[] = [];

/** Starts a node process running `script` and resolves once it printed "locked". */
async function holder(script: string, ...args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const exited = once(child, "exit").then(([code]) => {
    throw new Error(`the lock holder exited (${code}) before locking: ${stderr}`);
  });
  await Promise.race([once(lines, "line"), exited]);
  return child;
}

async function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  const exited = once(child, "exit");
  child.kill(signal);
  await exited;
}

describe("one process per embedded database", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await freshDataDir("verbatim-lock-");
  });
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
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

  it("refuses a lock held by a live process, naming it and the lock file", async () => {
    const lockFile = join(dir, "live.lock");
    const child = await holder(HOLD_LOCK, source("data-dir-lock.ts"), lockFile, dir);
    const refused = lockDataDir(lockFile, dir, { onLost });
    await expect(refused).rejects.toBeInstanceOf(DataDirBusyError);
    await expect(refused).rejects.toThrow(
      `in use by another Verbatim process (pid ${child.pid} on ${hostname()})`,
    );
    await expect(refused).rejects.toThrow(`holds ${lockFile}.`);
  });

  it.each(["SIGKILL", "SIGTERM"] as const)(
    "takes the lock at once after its holder is killed by %s",
    async (signal) => {
      const lockFile = join(dir, `killed-${signal}.lock`);
      const child = await holder(HOLD_LOCK, source("data-dir-lock.ts"), lockFile, dir);
      await kill(child, signal);
      const unlock = await lockDataDir(lockFile, dir, { onLost });
      expect(await readFile(lockFile, "utf8")).toBe(`${process.pid}@${hostname()}`);
      await unlock();
    },
  );

  it("opens the database after a process that had it open was killed with SIGKILL", async () => {
    const dataDir = await freshDataDir("verbatim-lock-killed-");
    try {
      const child = await holder(HOLD_STORAGE, source("open-storage.ts"), dataDir);
      await kill(child, "SIGKILL");
      const storage = await openStorage({ dataDir, logger: silentLogger });
      await storage.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it.each([
    ["another host", "4242@a-container-that-was-replaced"],
    ["a pid no process has", `999999999@${hostname()}`],
    ["a live process that is not Verbatim", `${process.ppid}@${hostname()}`],
    ["nothing readable", "garbage"],
  ])("is not blocked by a lock file left naming %s", async (_case, content) => {
    const lockFile = join(dir, "left-behind.lock");
    await writeFile(lockFile, content);
    const unlock = await lockDataDir(lockFile, dir, { onLost });
    expect(await readFile(lockFile, "utf8")).toBe(`${process.pid}@${hostname()}`);
    await unlock();
  });
});

describe("a DATA_DIR on a filesystem without file locks", () => {
  let dir: string;
  const noLocks = () => {
    throw Object.assign(new Error("No locks available"), { code: "ENOLCK" });
  };
  beforeAll(async () => {
    dir = await freshDataDir("verbatim-lockless-");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("keeps a second process out while the claim is renewed, and says when a dead holder's claim lapses", async () => {
    const lockFile = join(dir, "db.lock");
    const unlock = await lockDataDir(lockFile, dir, { onLost, tryLock: noLocks });
    const refused = lockDataDir(lockFile, dir, { onLost, tryLock: noLocks });
    await expect(refused).rejects.toThrow(
      `(pid ${process.pid} on ${hostname()}), which holds ${lockFile}.claim.`,
    );
    await expect(refused).rejects.toThrow("lapses 30 s after it stopped");
    await unlock();
    const again = await lockDataDir(lockFile, dir, { onLost, tryLock: noLocks });
    await again();
  });

  it("takes over a claim that its holder stopped renewing", async () => {
    const lockFile = join(dir, "abandoned.lock");
    await writeFile(lockFile, "4242@a-container-that-was-replaced");
    await mkdir(`${lockFile}.claim`);
    const longAgo = new Date(Date.now() - 10 * 60_000);
    await utimes(`${lockFile}.claim`, longAgo, longAgo);
    const unlock = await lockDataDir(lockFile, dir, { onLost, tryLock: noLocks });
    expect(await readFile(lockFile, "utf8")).toBe(`${process.pid}@${hostname()}`);
    await unlock();
  });
});
