/**
 * Options of the evaluation scripts. An unknown or malformed option gets its message and the script's usage
 * instead of a stack trace, and `--help` prints the usage.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseOptions<const T extends Options>(
  options: T,
  usage: string,
  argv = process.argv.slice(2),
) {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs({ args: argv, options, strict: true }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}
