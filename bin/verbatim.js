#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm install` (the prepare script).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/src/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write("verbatim: the CLI is not built yet. Run `npm install` (or `npm run build`) first.\n");
  process.exit(1);
}
await import(entry.href);
