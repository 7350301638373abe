import { existsSync } from "node:fs";
import { cp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { mapConcurrent } from "../src/core/corpus/map-concurrent.js";
import type { Article } from "../src/core/types.js";
import { loadAndExtract } from "./pipeline.js";
import { createRng } from "./rng.js";
import { generateCorpus } from "./scale-corpus.js";
import { splitSentences } from "./sentences.js";

const SEED = 20_250_101;

function asFile(article: Article): string {
  return `---\ntitle: ${article.title}\nsource: ${article.source}\ndate: ${article.date}\n---\n${article.body}\n`;
}

/**
 * A corpus folder the benchmarks can add files to: a copy of the BBC corpus (scale 1) or the generated corpus
 * written out one file per article (scale > 1), under the system's temporary folder and kept between runs (the
 * shared corpora are read-only, and never copied into the project).
 */
export async function corpusOnDisk(
  bbcDir: string,
  scale: number,
  log: (line: string) => void,
): Promise<string> {
  const dir = path.join(tmpdir(), `verbatim-bench-corpus-${scale}x`);
  const done = path.join(dir, ".complete");
  if (existsSync(done)) return dir;
  await mkdir(dir, { recursive: true });
  if (scale === 1) {
    log(`copying ${bbcDir} to ${dir} ...`);
    await cp(bbcDir, dir, { recursive: true });
  } else {
    log(`writing the ${scale}x corpus to ${dir} ...`);
    const bbc = await loadAndExtract(bbcDir);
    const articles = generateCorpus(
      splitSentences(bbc.articles),
      bbc.articles.length * scale,
      createRng(SEED),
    );
    await mkdir(path.join(dir, "generated"), { recursive: true });
    await mapConcurrent(articles, 64, (article) => writeFile(path.join(dir, article.file), asFile(article)));
  }
  await writeFile(done, "");
  return dir;
}
