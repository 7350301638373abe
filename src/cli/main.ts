import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { type CliContext, cliContext, openCliEngine, reportFailure, UsageError } from "./cli-context.js";
import { quotesCli } from "./quotes-cli.js";
import { verifyCli } from "./verify-cli.js";

const HELP = `Verbatim — check quotations against a corpus of news articles.

Usage:
  verbatim verify [--corpus DIR] [--json] [--speaker NAME] "QUOTE"
  verbatim verify [--corpus DIR] [--json] --batch FILE     FILE: JSON Lines {"quote","speaker"?}
  verbatim quotes [--corpus DIR] [--json] [--speaker NAME]
  verbatim digest --print | --post
  verbatim ingest URL…                 fetch article pages into the corpus now
  verbatim ingest --feed URL           poll one feed once and fetch its new articles
  verbatim feeds                       each feed's status: last success, last error, items added

Options:
  --corpus DIR    folder of articles (default: CORPUS_DIR, then ./corpus)
  --json          JSON Lines output for tooling
  --speaker NAME  who the quote is attributed to (verify) or whose quotes to list (quotes)
  --batch FILE    verify every line of a JSON Lines file, answers in the same order
  -h, --help      this help;  -v, --version  the version

Exit status: 0 answered, 2 bad input or configuration, 1 unexpected failure.
`;

const options = {
  corpus: { type: "string" },
  json: { type: "boolean", default: false },
  speaker: { type: "string" },
  batch: { type: "string" },
  print: { type: "boolean", default: false },
  post: { type: "boolean", default: false },
  feed: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", short: "v", default: false },
} as const;

function version(): string {
  // Compiled code runs from dist/src/cli, sources from src/cli: walk up to the package root.
  for (let url = new URL("./", import.meta.url); url.pathname !== "/"; url = new URL("../", url)) {
    const candidate = new URL("package.json", url);
    if (existsSync(candidate))
      return (JSON.parse(readFileSync(candidate, "utf8")) as { version: string }).version;
  }
  return "unknown";
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split("\n")[0]}. Run verbatim --help for usage.`);
  }
}

async function dispatch(argv: string[], holder: { ctx?: CliContext }): Promise<number> {
  const { values, positionals } = parse(argv);
  const [command, ...rest] = positionals;
  if (values.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (values.help || !command) {
    process.stdout.write(HELP);
    return command || values.help ? 0 : 2;
  }
  const ctx = cliContext();
  holder.ctx = ctx;
  const common = { json: values.json, ...(values.corpus ? { corpus: values.corpus } : {}) };
  const speaker = values.speaker !== undefined ? { speaker: values.speaker } : {};
  switch (command) {
    case "verify":
      if (rest.length > 1) throw new UsageError('put the quote in quotation marks: verbatim verify "QUOTE"');
      return verifyCli(ctx, {
        ...common,
        ...speaker,
        ...(values.batch ? { batch: values.batch } : {}),
        ...(rest[0] !== undefined ? { quote: rest[0] } : {}),
      });
    case "quotes":
      return quotesCli(ctx, { ...common, ...speaker });
    case "digest": {
      const flags = [values.print ? "--print" : "", values.post ? "--post" : ""].filter(Boolean);
      const { runDigestCommand } = await import("./digest-command.js");
      const engine = await openCliEngine(ctx, values.corpus);
      return runDigestCommand(flags, { config: ctx.config, logger: ctx.logger, engine });
    }
    case "ingest": {
      const { runIngestCommand } = await import("../ingest/ingest-command.js");
      const request = values.feed !== undefined ? { feed: values.feed } : { urls: rest };
      if (values.feed !== undefined && rest.length > 0)
        throw new UsageError("give either URLs or --feed URL, not both");
      return runIngestCommand(request, {
        config: ctx.config,
        logger: ctx.logger,
        ...(values.corpus ? { corpusDir: values.corpus } : {}),
      });
    }
    case "feeds": {
      const { runFeedsCommand } = await import("../ingest/feeds-command.js");
      return runFeedsCommand({ config: ctx.config, logger: ctx.logger });
    }
    default:
      throw new UsageError(`unknown command “${command}”. Commands: verify, quotes, digest, ingest, feeds.`);
  }
}

async function main(): Promise<void> {
  const holder: { ctx?: CliContext } = {};
  let code: number;
  try {
    code = await dispatch(process.argv.slice(2), holder);
  } catch (error) {
    code = reportFailure(error, holder.ctx?.logger);
  }
  // Let stdout drain before exiting: answers piped to tooling must never be cut off.
  process.stdout.write("", () => process.exit(code));
}

await main();
