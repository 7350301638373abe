/** Writes src/core/extract/lexicon-tags.json from compromise's lexicon (`npm run generate:lexicon-tags`). */
import { writeFileSync } from "node:fs";
import { groupedLexicon } from "../src/core/extract/compromise-lexicon.js";

const target = "src/core/extract/lexicon-tags.json";
writeFileSync(target, `${JSON.stringify(groupedLexicon(), null, 1)}\n`);
console.log(`Wrote ${target}`);
