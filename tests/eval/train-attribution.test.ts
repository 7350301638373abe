import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPolnear, polnearDir } from "../../eval/polnear/load-polnear.js";
import { fitSpeakerModel, SHIPPED_MODEL_PATH } from "../../eval/train/fit-speaker-model.js";

// A full fit reads the 640-odd tuning articles twice and fits each reading: about a minute on a quiet machine.
const FULL_FIT_MS = 600_000;

describe.skipIf(!existsSync(polnearDir()))(
  "shipped speaker model (needs ../shared/corpora/polnear-train)",
  () => {
    it(
      "is exactly what `npm run train:attribution` fits on the tuning articles",
      () => {
        const shipped = JSON.parse(readFileSync(path.resolve(process.cwd(), SHIPPED_MODEL_PATH), "utf8"));
        expect(fitSpeakerModel(loadPolnear(polnearDir()))).toEqual(shipped);
      },
      FULL_FIT_MS,
    );
  },
);
