/**
 * A thread of the corpus pool. It answers verifications, quotation listings and article look-ups from the corpus
 * image the task names, building that image's engine (vocabulary lookups, speaker directory) once and keeping it
 * while the image is current. The image's columns are shared with every other thread: nothing is copied here.
 */
import { workerData } from "node:worker_threads";
import { createEngine, type ImageEngine } from "../engine.js";
import { isVerbatimError } from "../errors.js";
import { collectGarbage } from "./collect-garbage.js";
import { CURRENT_GENERATION, type QueryTask, type TaskResult } from "./tasks.js";

const control = (workerData as { control?: Int32Array } | undefined)?.control;
const engines = new Map<number, ImageEngine>();

/** Lets go of every engine older than the newest image served, except the one a running task still needs. */
function evict(keep: number): void {
  const newest = control ? Atomics.load(control, CURRENT_GENERATION) : keep;
  let dropped = false;
  for (const generation of engines.keys()) {
    if (generation !== keep && generation < newest) dropped = engines.delete(generation);
  }
  if (dropped) collectGarbage();
}

/** Idle threads learn of a new image through the control array, so an old one is not kept alive by them. */
async function watchGenerations(): Promise<void> {
  if (!control) return;
  for (;;) {
    const seen = Atomics.load(control, CURRENT_GENERATION);
    const wait = Atomics.waitAsync(control, CURRENT_GENERATION, seen);
    if (wait.async) await wait.value;
    evict(-1);
  }
}
void watchGenerations();

function engineFor(task: QueryTask): ImageEngine {
  evict(task.generation);
  let engine = engines.get(task.generation);
  if (!engine) {
    engine = createEngine(task.image);
    engines.set(task.generation, engine);
  }
  return engine;
}

function answer<T>(work: () => T): TaskResult<T> {
  try {
    return { ok: work() };
  } catch (error) {
    if (isVerbatimError(error)) return { refused: { code: error.code, message: error.message } };
    throw error;
  }
}

export default function run(task: QueryTask): TaskResult<unknown> {
  const engine = engineFor(task);
  switch (task.op) {
    case "prepare":
      return answer(() => engine.prepare());
    case "verify":
      return answer(() =>
        engine.verify(task.query, task.budget === undefined ? {} : { budget: task.budget }),
      );
    case "quotesBy":
      return answer(() => engine.quotesBy(task.name, task.page));
    case "articlesWithQuotes":
      return answer(() => engine.articlesWithQuotes(task.ids));
  }
}
