import { cpSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A port nothing listens on right now, for a server the test starts by configuration. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A copy of the bundled corpus that a test may add files to. */
export function tempCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "verbatim-app-corpus-"));
  cpSync("corpus", dir, { recursive: true });
  return dir;
}
