import type { Article, Engine, Quote } from "../core/types.js";
import { colour, noColour, type Paint, wantsColour } from "../front-ends/terminal/render-terminal.js";
import { type CliContext, openCliEngine, UsageError } from "./cli-context.js";

export interface QuotesArgs {
  corpus?: string;
  json: boolean;
  speaker?: string;
}

function record(quote: Quote, article: Article | undefined): Record<string, unknown> {
  return {
    document: quote.document,
    start: quote.start,
    end: quote.end,
    text: quote.text,
    speaker: quote.speaker,
    speakerMention: quote.speakerMention,
    cue: quote.cue,
    kind: quote.kind,
    confidence: quote.confidence,
    source: article?.source ?? null,
    title: article?.title ?? null,
    url: article?.url ?? null,
    date: article?.date ?? null,
    dateInferred: article?.dateInferred ?? false,
  };
}

function selectQuotes(engine: Engine, speaker: string | undefined): readonly Quote[] {
  if (speaker === undefined) return engine.quotes;
  const found = engine.findSpeaker(speaker);
  if (!found) {
    const hint = engine.suggestSpeakers(speaker, 3).map((s) => s.name);
    throw new UsageError(
      `no speaker in the corpus matches “${speaker}”${hint.length ? `; did you mean ${hint.join(", ")}?` : ""}`,
    );
  }
  return engine.quotes.filter((q) => q.speaker === found.name);
}

function listing(engine: Engine, quotes: readonly Quote[], paint: Paint): string {
  const groups = new Map<string, Quote[]>();
  for (const quote of quotes) {
    const key = quote.speaker ?? "";
    groups.set(key, [...(groups.get(key) ?? []), quote]);
  }
  const order = [...groups.keys()].sort(
    (a, b) => (groups.get(b)?.length ?? 0) - (groups.get(a)?.length ?? 0),
  );
  const out: string[] = [];
  for (const name of order) {
    const list = groups.get(name) ?? [];
    out.push(paint.bold(`${name || "Unattributed"} (${list.length})`));
    for (const q of list) {
      const a = engine.article(q.document);
      const where = [a?.source, a?.title, a?.date].filter(Boolean).join(" · ") || q.document;
      const text = q.text.replace(/\s+/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
      out.push(
        `  “${text}”`,
        `    ${paint.dim(`${where} [${q.document}:${q.start}]${q.cue ? ` — ${q.speakerMention ?? "?"} ${q.cue}` : ""}`)}`,
      );
    }
    out.push("");
  }
  out.push(paint.dim(`${quotes.length} quotations from ${engine.articles.length} articles.`));
  return `${out.join("\n")}\n`;
}

export async function quotesCli(ctx: CliContext, args: QuotesArgs): Promise<number> {
  const engine = await openCliEngine(ctx, args.corpus);
  const quotes = selectQuotes(engine, args.speaker);
  if (args.json) {
    const lines = quotes.map((q) => JSON.stringify(record(q, engine.article(q.document))));
    process.stdout.write(lines.length ? `${lines.join("\n")}\n` : "");
  } else {
    process.stdout.write(listing(engine, quotes, wantsColour(process.stdout) ? colour : noColour));
  }
  return 0;
}
