import { closeSync, ftruncateSync, openSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { tryLock as tryOsLock } from "fs-native-extensions";

/** Without file locks, a claim not renewed for this long belongs to a process that has stopped. */
const LEASE_STALE_MS = 30_000;
const LEASE_RENEW_MS = 10_000;
/** What a filesystem answers when it cannot lock files at all. */
const NO_LOCKS = new Set(["ENOLCK", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EINVAL"]);
/** POSIX lets a lock that someone else holds be refused with either. */
const HELD = new Set(["EAGAIN", "EACCES"]);

export class DataDirBusyError extends Error {
  /** The holder's pid as it wrote it into the lock file, when it could be read. */
  readonly pid: number | undefined;

  constructor(
    readonly dir: string,
    readonly lockFile: string,
    holder: string,
    leaseMs?: number,
  ) {
    const [pidText = "", host] = holder.trim().split("@");
    const pid = /^\d+$/.test(pidText) ? Number(pidText) : undefined;
    const who = pid ? ` (pid ${pid}${host ? ` on ${host}` : ""})` : "";
    const lapse = leaseMs
      ? ` Its filesystem cannot lock files, so the claim of a process that was killed lapses ${leaseMs / 1000} s after it stopped.`
      : "";
    super(
      `The embedded database in ${dir} is in use by another Verbatim process${who}, which holds ${lockFile}.${lapse} ` +
        "Stop that process, give this one its own DATA_DIR, or set DATABASE_URL to share a PostgreSQL server between them.",
    );
    this.name = "DataDirBusyError";
    this.pid = pid;
  }
}

export interface DataDirLockOptions {
  /** Without file locks only: another process took the directory over because this one stopped renewing its claim. */
  onLost: (error: Error) => void;
  /** The operating system's lock on an open file; replaced only to stand in for a filesystem that has none. */
  tryLock?: (fd: number) => boolean;
}

const me = () => `${process.pid}@${hostname()}`;

function holderOf(lockFile: string): string {
  try {
    return readFileSync(lockFile, "utf8");
  } catch {
    return "";
  }
}

/**
 * The embedded database must have one process at a time: two writing the same files corrupt them (PGlite itself
 * does not refuse a second process). The operating system's lock on `lockFile` (OFD lock, flock or LockFileEx) is
 * released when its holder's file is closed, which a process that dies by any signal or crash does too: no file
 * left behind can block a start, whatever host or pid it names. The pid written into the file is only for the
 * message. A filesystem without file locks gets a renewed claim instead (see DESIGN.md).
 */
export async function lockDataDir(
  lockFile: string,
  dir: string,
  options: DataDirLockOptions,
): Promise<() => Promise<void>> {
  // "a+" creates the file if missing and leaves the holder's content until the lock is ours.
  const fd = openSync(lockFile, "a+");
  let locked: boolean;
  try {
    locked = (options.tryLock ?? tryOsLock)(fd);
  } catch (error) {
    closeSync(fd);
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (HELD.has(code)) throw new DataDirBusyError(dir, lockFile, holderOf(lockFile));
    if (NO_LOCKS.has(code)) return leaseDataDir(lockFile, dir, options.onLost);
    throw error;
  }
  if (!locked) {
    closeSync(fd);
    throw new DataDirBusyError(dir, lockFile, holderOf(lockFile));
  }
  try {
    ftruncateSync(fd, 0);
    writeSync(fd, me());
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  let open = true;
  return async () => {
    if (open) closeSync(fd);
    open = false;
  };
}

/**
 * A claim (a directory whose mtime the holder renews) for filesystems that cannot lock files: nothing the
 * operating system releases, so a dead holder's claim blocks until it has gone unrenewed for LEASE_STALE_MS.
 */
async function leaseDataDir(
  lockFile: string,
  dir: string,
  onLost: (error: Error) => void,
): Promise<() => Promise<void>> {
  const claim = `${lockFile}.claim`;
  // Loaded only here: it hooks process exit and signals to drop its claims, which the usual path has no need of.
  const { lock } = await import("proper-lockfile");
  try {
    const release = await lock(lockFile, {
      lockfilePath: claim,
      realpath: false,
      stale: LEASE_STALE_MS,
      update: LEASE_RENEW_MS,
      onCompromised: onLost,
    });
    writeFileSync(lockFile, me());
    // A claim already lost to another process has nothing left to release.
    return () => release().catch(() => undefined);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
    throw new DataDirBusyError(dir, claim, holderOf(lockFile), LEASE_STALE_MS);
  }
}
