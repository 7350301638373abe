import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * A full garbage collection of this thread's heap, used once an old corpus image has been let go. An image is
 * hundreds of megabytes of shared memory held by a few small typed-array objects; the memory is returned only when
 * every thread has collected its objects, and an idle thread may not collect for hours, so without this two or three
 * images could be alive at once after a few reloads. Returns false where the runtime does not allow it.
 */
let collect: (() => void) | null | undefined;

export function collectGarbage(): boolean {
  if (collect === undefined) {
    try {
      const exposed = (globalThis as { gc?: () => void }).gc;
      if (exposed) collect = exposed;
      else {
        setFlagsFromString("--expose-gc");
        collect = runInNewContext("gc") as () => void;
      }
    } catch {
      collect = null;
    }
  }
  if (!collect) return false;
  collect();
  return true;
}
