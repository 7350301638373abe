import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openEngine } from "../../src/core/engine.js";
import type { Engine } from "../../src/core/types.js";

/** The evaluation corpora beside the checkout; tests that use them are skipped when they are absent. */
export const sharedCorpora = path.resolve(process.cwd(), "../shared/corpora");

export function sharedCorpus(name: string): string | null {
  const dir = path.join(sharedCorpora, name);
  return existsSync(dir) ? dir : null;
}

/**
 * An engine over a shared corpus, from an index cache kept between test files and runs: parsing and extracting the
 * BBC corpus takes seconds (far more on a busy machine); loading its cache does not. The cache is the product's
 * own, so it is rebuilt whenever the corpus or the core's code changes.
 */
export function cachedEngine(corpusDir: string): Promise<Engine> {
  return openEngine({ corpusDir, dataDir: path.join(tmpdir(), "verbatim-test-corpus-cache") });
}
