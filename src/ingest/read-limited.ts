import { FetchError } from "./fetch-error.js";

/**
 * Reads a response body up to `maxBytes`, counting decoded bytes as they stream in. A body that declares or
 * reaches more is abandoned at once (`abort` closes the connection), so a huge page never fills memory.
 */
export async function readLimited(
  response: Response,
  url: string,
  maxBytes: number,
  abort: () => void,
): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length"));
  // A compressed body's length says nothing about its decoded size; only an identity length can refuse early.
  const encoded = (response.headers.get("content-encoding") ?? "identity") !== "identity";
  if (!encoded && Number.isFinite(declared) && declared > maxBytes) {
    abort();
    throw new FetchError("too-large", { url, maxBytes });
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      abort();
      await reader.cancel().catch(() => undefined);
      throw new FetchError("too-large", { url, maxBytes });
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
