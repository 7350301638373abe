import { runVerbatim } from "./program.js";

const code = await runVerbatim(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
// Let stdout drain before exiting: answers piped to tooling must never be cut off.
process.stdout.write("", () => process.exit(code));
