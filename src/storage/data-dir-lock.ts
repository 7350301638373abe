import { open, readFile, rm } from "node:fs/promises";
import { hostname } from "node:os";
import { resolve } from "node:path";

const heldHere = new Set<string>();

export class DataDirBusyError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dir} is in use by another Verbatim process (pid ${pid}). Stop that process, ` +
        "give this one its own DATA_DIR, or set DATABASE_URL to share a PostgreSQL server between them.",
    );
    this.name = "DataDirBusyError";
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * The embedded database must have one process at a time: two writing the same files corrupt them. A lock file
 * holding the owner's pid keeps a second process out; a lock left by a process that died is taken over.
 */
export async function lockDataDir(lockFile: string, dir: string): Promise<() => Promise<void>> {
  const me = `${process.pid}@${hostname()}`;
  const key = resolve(lockFile);
  // A restarted container often gets the same pid as its predecessor, so the file alone cannot tell this process's
  // own open databases from a dead one's lock.
  if (heldHere.has(key)) throw new DataDirBusyError(dir, process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockFile, "wx");
      await handle.writeFile(me);
      await handle.close();
      heldHere.add(key);
      return async () => {
        heldHere.delete(key);
        const holder = await readFile(lockFile, "utf8").catch(() => "");
        if (holder === me) await rm(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const [pidText, host] = (await readFile(lockFile, "utf8").catch(() => "")).split("@");
      const pid = Number(pidText);
      const sameHost = host === hostname();
      if (Number.isInteger(pid) && pid > 0 && (!sameHost || alive(pid)) && pid !== process.pid) {
        throw new DataDirBusyError(dir, pid);
      }
      await rm(lockFile, { force: true });
    }
  }
  throw new Error(`could not lock ${lockFile}`);
}
