/**
 * `verbatim ingest URL…`, `verbatim ingest --feed URL` and `verbatim feeds`: operator commands over the ingester
 * (src/ingest), which does the work and prints the outcome.
 */
import type { Command } from "commander";
import { runFeedsCommand } from "../ingest/feeds-command.js";
import { runIngestCommand } from "../ingest/ingest-command.js";
import type { CliSession } from "./cli-context.js";
import { UsageError } from "./cli-context.js";

export function addIngestCommands(
  program: Command,
  session: CliSession,
  setExitCode: (code: number) => void,
) {
  program
    .command("ingest")
    .description("fetch article pages into the corpus now, or poll one feed once (--feed URL)")
    .argument("[urls...]", "article page addresses")
    .option("--feed <url>", "poll this feed once and fetch its new articles")
    .option("--corpus <dir>", "folder of articles (default: CORPUS_DIR, then ./corpus)")
    .action(async (urls: string[], flags: { feed?: string; corpus?: string }) => {
      if (flags.feed !== undefined && urls.length > 0)
        throw new UsageError("give either URLs or --feed URL, not both");
      const request = flags.feed !== undefined ? { feed: flags.feed } : { urls };
      setExitCode(
        await runIngestCommand(request, {
          config: session.config(),
          logger: session.logger(),
          stdout: session.io.stdout,
          stderr: session.io.stderr,
          ...(flags.corpus ? { corpusDir: flags.corpus } : {}),
        }),
      );
    });
  program
    .command("feeds")
    .description("each feed's status: last success, items added and pending, failures, next poll, last error")
    .action(async () => {
      setExitCode(
        await runFeedsCommand({
          config: session.config(),
          logger: session.logger(),
          stdout: session.io.stdout,
        }),
      );
    });
}
