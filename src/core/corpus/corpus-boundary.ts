/**
 * Where a corpus path really leads. Only regular files whose real location (every link followed) lies inside the
 * real corpus folder are read: a link to /etc/passwd or out through `..` is refused, however the path is spelled.
 */
import type { Stats } from "node:fs";
import { constants } from "node:fs";
import { type FileHandle, lstat, open, realpath, stat } from "node:fs/promises";
import path from "node:path";

export const OUTSIDE_CORPUS = "the file is outside the corpus directory";
export const NAME_NOT_UTF8 = "the file name is not valid UTF-8; rename the file to read it";
export const FOLDER_NAME_NOT_UTF8 = "the folder name is not valid UTF-8; rename the folder to read its files";

/**
 * Never blocks on a named pipe that slipped past the type check, and never follows a link swapped in after the
 * path was resolved. Windows has neither flag.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

export type Located = { real: string; size: number; mtimeMs: number } | { skip: string };

export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/** The note for a file the system would not give us, with its error code. */
export function unreadable(error: unknown): string {
  return `the file could not be read (${errorCode(error)})`;
}

/** Why something that is not a regular file cannot be read, or null for a regular file. */
export function notRegular(
  info: Pick<Stats, "isFile" | "isDirectory" | "isFIFO" | "isSocket">,
): string | null {
  if (info.isFile()) return null;
  if (info.isDirectory())
    return "it is a folder, not a regular file (a link to a folder named like an article)";
  if (info.isFIFO()) return "it is a named pipe (FIFO), not a regular file";
  if (info.isSocket()) return "it is a socket, not a regular file";
  return "it is a device, not a regular file";
}

export function isInside(root: string, real: string): boolean {
  const relative = path.relative(root, real);
  return (
    relative !== "" &&
    relative !== ".." &&
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative)
  );
}

/** The corpus folder with every link resolved: what each file's real path is compared with. */
export function corpusRoot(dir: string): Promise<string> {
  return realpath(dir);
}

async function missingReason(full: string, error: unknown): Promise<string> {
  const code = errorCode(error);
  if (code === "ELOOP") return "it is a link that leads back to itself";
  if (code === "ENOENT") {
    const link = await lstat(full).then(
      (info) => info.isSymbolicLink(),
      () => false,
    );
    if (link) return "it is a link to a file that does not exist";
  }
  return unreadable(error);
}

/** Resolves `file` (relative to the corpus) and checks it is a regular file inside the corpus. */
export async function locate(root: string, file: string): Promise<Located> {
  const full = path.join(root, file);
  let real: string;
  try {
    real = await realpath(full);
  } catch (error) {
    return { skip: await missingReason(full, error) };
  }
  if (!isInside(root, real)) return { skip: OUTSIDE_CORPUS };
  let info: Stats;
  try {
    info = await stat(real);
  } catch (error) {
    return { skip: unreadable(error) };
  }
  const odd = notRegular(info);
  return odd ? { skip: odd } : { real, size: info.size, mtimeMs: info.mtimeMs };
}

/**
 * Reads a located file, or says it is over `limit` bytes. The type is checked again on the open handle, since the
 * file may have been replaced after it was located.
 */
export async function readLocated(
  real: string,
  limit: number,
): Promise<{ bytes: Buffer } | { skip: string } | { tooLarge: number }> {
  let handle: FileHandle;
  try {
    handle = await open(real, OPEN_FLAGS);
  } catch (error) {
    const code = errorCode(error);
    return { skip: code === "ELOOP" ? OUTSIDE_CORPUS : unreadable(error) };
  }
  try {
    const info = await handle.stat();
    const odd = notRegular(info);
    if (odd) return { skip: odd };
    if (info.size > limit) return { tooLarge: info.size };
    const bytes = await handle.readFile();
    // The file may have grown since it was examined.
    return bytes.length > limit ? { tooLarge: bytes.length } : { bytes };
  } catch (error) {
    return { skip: unreadable(error) };
  } finally {
    await handle.close();
  }
}
