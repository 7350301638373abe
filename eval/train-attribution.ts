/**
 * Fits the speaker model on the tuning articles of PolNeAR train and writes its weights to
 * src/core/extract/speaker-model.json (as written here; the formatter leaves the file alone). Deterministic: fixed
 * split, zero start, fixed steps.
 *
 * USAGE lists the options.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { parseOptions } from "./cli-options.js";
import { loadPolnear, polnearDir } from "./polnear/load-polnear.js";
import { fitSpeakerModel, SHIPPED_MODEL_PATH } from "./train/fit-speaker-model.js";

const USAGE = `npm run train:attribution            fit and write the weights
npm run train:attribution -- --check fit and report whether the shipped weights are the ones fitted`;

function main(): void {
  const values = parseOptions({ check: { type: "boolean", default: false } }, USAGE);
  const dir = polnearDir();
  const docs = loadPolnear(dir);
  if (docs.length === 0) {
    console.error(`No PolNeAR data at ${dir}; nothing to train on.`);
    process.exit(1);
  }
  const model = fitSpeakerModel(docs);
  const text = `${JSON.stringify(model, null, 2)}\n`;
  const file = path.resolve(process.cwd(), SHIPPED_MODEL_PATH);
  console.log(
    `${model.training.articles} tuning articles, ${model.training.examples} quotations; loss ${model.training.loss}`,
  );
  for (const [i, f] of model.features.entries()) console.log(`  ${f.padEnd(26)} ${model.weights[i]}`);
  if (values.check) {
    const same = isDeepStrictEqual(JSON.parse(readFileSync(file, "utf8")), model);
    console.log(
      same ? "The shipped weights are the ones fitted." : "The shipped weights differ from the ones fitted.",
    );
    process.exit(same ? 0 : 1);
  }
  writeFileSync(file, text);
  console.log(`Wrote ${SHIPPED_MODEL_PATH}`);
}

main();
