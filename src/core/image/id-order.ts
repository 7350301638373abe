/** Articles in the order of their ids, and each article's rank in that order: what listings by id read. */
import { sharedArray } from "./shared-columns.js";

export function idOrderOf(ids: readonly string[]): { idOrder: Uint32Array; idRank: Uint32Array } {
  const order = Array.from({ length: ids.length }, (_, i) => i).sort((a, b) =>
    ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0,
  );
  const idOrder = sharedArray(Uint32Array, order.length);
  const idRank = new Uint32Array(order.length);
  order.forEach((doc, rank) => {
    idOrder[rank] = doc;
    idRank[doc] = rank;
  });
  return { idOrder, idRank };
}
