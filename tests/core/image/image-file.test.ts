import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createEngine, loadImage } from "../../../src/core/engine.js";
import { buildImage } from "../../../src/core/image/build-image.js";
import { readImageFile, writeImageFile } from "../../../src/core/image/image-file.js";
import { silentLogger } from "../../../src/core/logger.js";

const dir = mkdtempSync(join(tmpdir(), "verbatim-image-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the image file", () => {
  it("reads back into shared memory an image that answers exactly as the one written", async () => {
    const { image } = await buildImage("corpus");
    const file = join(dir, "seed.image");
    await writeImageFile(file, image, { note: "kept" });
    const read = await readImageFile<{ note: string }>(file);
    expect(read.extra).toEqual({ note: "kept" });
    expect(read.image.tokens.buffer).toBeInstanceOf(SharedArrayBuffer);
    const [a, b] = [createEngine(image), createEngine(read.image)];
    expect(b.articles).toEqual(a.articles);
    for (const quote of ["All is well", "so far so good", "bananas and custard"]) {
      expect(b.verify({ quote })).toEqual(a.verify({ quote }));
    }
  });

  it("refuses a damaged, truncated or foreign file", async () => {
    const file = join(dir, "seed.image");
    const bytes = readFileSync(file);
    writeFileSync(join(dir, "short.image"), bytes.subarray(0, bytes.length - 100));
    await expect(readImageFile(join(dir, "short.image"))).rejects.toThrow(/truncated/);
    writeFileSync(join(dir, "foreign.image"), "not an image at all");
    await expect(readImageFile(join(dir, "foreign.image"))).rejects.toThrow(/not a corpus cache/);
    const header = Buffer.from(bytes);
    header.write("{", 12, "latin1");
    header.write("x", 13, "latin1");
    writeFileSync(join(dir, "header.image"), header);
    await expect(readImageFile(join(dir, "header.image"))).rejects.toThrow(/unusable/);
  });

  it("serves the next start from the cache, and reads only what changed after that", async () => {
    const dataDir = join(dir, "data");
    const corpusDir = join(dir, "corpus");
    cpSync("corpus", corpusDir, { recursive: true });
    const first = await loadImage({ corpusDir, dataDir, logger: silentLogger });
    const second = await loadImage({ corpusDir, dataDir, logger: silentLogger });
    expect([first.source, second.source]).toEqual(["built", "cache"]);
    expect(createEngine(second.image).stats).toEqual(createEngine(first.image).stats);
    writeFileSync(
      join(corpusDir, "009-late.txt"),
      '"The pier reopens on Monday," the harbour master said.\n',
    );
    const third = await loadImage({ corpusDir, dataDir, logger: silentLogger });
    expect(third).toMatchObject({ source: "built", read: 1, reused: first.read });
    expect(createEngine(third.image).verify({ quote: "The pier reopens on Monday" }).verdict).toBe(
      "verified",
    );
  });
});
