import type { CoreLogger } from "../core/logger.js";
import type { IngestStore } from "../storage/ingest-store.js";
import { articleFileExists, articleFileText, writeArticleFile } from "./corpus-file.js";

const BATCH = 200;

/**
 * Keeps this instance's corpus folder holding every article ingested by any instance: the database is the shared
 * record, so a replica whose corpus folder is its own still answers from everything fetched. Files already there
 * are left alone.
 */
export class Materialiser {
  private lastId = 0;

  constructor(
    private readonly store: IngestStore,
    private readonly corpusDir: string,
    private readonly logger: CoreLogger,
  ) {}

  /** At start: every stored article, checked by path; only missing ones are read from the database. */
  async catchUp(): Promise<number> {
    const documents = await this.store.articleDocuments();
    const missing: number[] = [];
    for (const { id, document } of documents) {
      if (!(await articleFileExists(this.corpusDir, document))) missing.push(id);
      this.lastId = Math.max(this.lastId, id);
    }
    let written = 0;
    for (let i = 0; i < missing.length; i += BATCH) {
      written += await this.write(await this.store.articles({ ids: missing.slice(i, i + BATCH) }));
    }
    return written;
  }

  /** Articles stored since the last look (by this or another instance). */
  async pull(): Promise<number> {
    let written = 0;
    for (;;) {
      const batch = await this.store.articles({ afterId: this.lastId, limit: BATCH });
      if (batch.length === 0) return written;
      written += await this.write(batch);
      this.lastId = batch.at(-1)?.id ?? this.lastId;
    }
  }

  private async write(articles: Awaited<ReturnType<IngestStore["articles"]>>): Promise<number> {
    let written = 0;
    for (const article of articles) {
      if (await articleFileExists(this.corpusDir, article.document)) continue;
      try {
        await writeArticleFile(this.corpusDir, article.document, articleFileText(article));
        written++;
      } catch (error) {
        this.logger.error({ err: error, document: article.document }, "could not write an ingested article");
      }
    }
    if (written > 0) this.logger.info({ written }, "ingested articles written to the corpus folder");
    return written;
  }
}
