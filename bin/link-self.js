#!/usr/bin/env node
// Makes `npx verbatim` in a checkout run this checkout's CLI at once. Without a link in node_modules/.bin, npx
// takes "verbatim" for a package to install, copies the checkout into its own cache and compiles it again there
// (tens of seconds, in silence) before answering.
import { mkdirSync, readlinkSync, rmSync, symlinkSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = new URL("../", import.meta.url);
const binDir = fileURLToPath(new URL("node_modules/.bin/", root));
const link = `${binDir}verbatim`;
const target = "../../bin/verbatim.js";

try {
  if (readlinkSync(link) === target) process.exit(0);
  rmSync(link, { force: true });
} catch {
  // No link yet.
}
try {
  mkdirSync(binDir, { recursive: true });
  symlinkSync(target, link);
} catch (error) {
  // Installed as someone else's dependency, npm links the bin itself; nothing to do.
  process.stderr.write(
    `verbatim: could not link node_modules/.bin/verbatim (${error.message}); use node bin/verbatim.js\n`,
  );
}
