import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { CorpusService } from "../corpus-service.js";
import { createEngine, type ImageEngine } from "../engine.js";
import { type ErrorCode, errorFor, VerbatimError } from "../errors.js";
import type { CorpusImage } from "../image/corpus-image.js";
import type { CoreLogger } from "../logger.js";
import { collectGarbage } from "./collect-garbage.js";
import { FairScheduler } from "./fair-scheduler.js";
import {
  CURRENT_GENERATION,
  type LoadResult,
  type LoadTask,
  type QueryTask,
  type TaskResult,
} from "./tasks.js";
import { workerScript } from "./worker-script.js";

export interface PooledCorpusOptions {
  corpusDir: string;
  dataDir?: string;
  logger: CoreLogger;
  /** Threads answering queries; default: one per core. */
  threads?: number;
  /** Requests one requester may have queued or running before more are refused. */
  perRequester?: number;
  /** Work budget per verification (see work-budget.ts); default: the engine's. */
  budget?: number;
  /** The query thread's script (tests substitute one that can be made to crash). */
  workerFile?: string;
}

export interface ReloadOutcome {
  generation: number;
  articles: number;
  /** Files read and parsed, and files copied unchanged from the previous image. */
  read: number;
  reused: number;
  ms: number;
}

/** A corpus service whose searches run on a pool of threads sharing one image, with reloads built off-thread. */
export interface PooledCorpus extends CorpusService {
  /** The image served now, and its engine on this thread (speakers and counts only: it never searches here). */
  current(): { generation: number; engine: ImageEngine };
  /** Builds a new image in a background thread and swaps it in; requests in flight finish on the old one. */
  reload(): Promise<ReloadOutcome>;
  /** Refuses new requests, waits for those queued and running, then stops the threads. */
  close(): Promise<void>;
}

const DEFAULT_PER_REQUESTER = 8;

function replay(logger: CoreLogger, result: LoadResult): void {
  for (const entry of result.logs) logger[entry.level](entry.fields, entry.message);
}

/**
 * Reads the corpus in a thread of its own, so neither the first load nor a reload blocks this one. The thread is
 * let go as soon as it is idle: what it allocated while parsing is freed with it.
 */
function loadInThread(task: LoadTask, signal?: AbortSignal): Promise<LoadResult> {
  const script = workerScript("load-worker");
  const loader = new Piscina({
    filename: script.filename,
    execArgv: script.execArgv,
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 0,
  });
  return (loader.run(task, signal ? { signal } : {}) as Promise<LoadResult>).finally(() => loader.destroy());
}

async function load(options: PooledCorpusOptions, previous: CorpusImage | null, signal?: AbortSignal) {
  const task = {
    corpusDir: options.corpusDir,
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    previous,
  };
  const result = await loadInThread(task, signal);
  replay(options.logger, result);
  if (!result.ok) {
    throw result.code
      ? new VerbatimError(result.code as ErrorCode, result.message)
      : new Error(result.message);
  }
  return result;
}

function unwrap<T>(result: TaskResult<T>): T {
  if ("refused" in result) throw new VerbatimError(result.refused.code as ErrorCode, result.refused.message);
  return result.ok;
}

export async function openPooledCorpus(options: PooledCorpusOptions): Promise<PooledCorpus> {
  const { logger } = options;
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const first = await load(options, null);
  let generation = 1;
  let served = { generation, engine: createEngine(first.image) };
  const control = new Int32Array(new SharedArrayBuffer(4));
  Atomics.store(control, CURRENT_GENERATION, generation);
  const script = workerScript("corpus-worker");
  const pool = new Piscina({
    filename: options.workerFile ?? script.filename,
    execArgv: script.execArgv,
    minThreads: threads,
    maxThreads: threads,
    workerData: { control },
  });
  /** Has every thread build an image's lookups before it is served, so no user's query pays for that. */
  const prepare = (on: { generation: number; image: CorpusImage }) =>
    Promise.all(Array.from({ length: threads }, () => pool.run({ ...on, op: "prepare" }))).catch((error) =>
      logger.warn({ err: error }, "could not prepare the corpus threads; they prepare on first use"),
    );
  await prepare({ generation, image: first.image });
  const scheduler = new FairScheduler({
    slots: threads,
    perRequester: options.perRequester ?? DEFAULT_PER_REQUESTER,
  });
  let closing = false;
  let reloading: Promise<ReloadOutcome> | null = null;
  /** Stops a reload still being built at shutdown: the old corpus is served to the end. */
  const stopLoading = new AbortController();

  /** Requests running per image: an old image is collected once none is left on it. */
  const running = new Map<number, number>();
  const release = (old: number) => {
    if (old < generation && !running.get(old)) collectGarbage();
  };

  /** Runs a task on the pool over the image current when it starts; a crashed thread costs only this request. */
  function ask<T>(
    requester: string | undefined,
    task: (on: { generation: number; image: CorpusImage }) => QueryTask,
  ) {
    if (closing) return Promise.reject(errorFor("CORPUS_CLOSING"));
    return scheduler.submit(requester, async () => {
      const on = { generation: served.generation, image: served.engine.image };
      running.set(on.generation, (running.get(on.generation) ?? 0) + 1);
      let result: TaskResult<T>;
      try {
        result = await pool.run(task(on));
      } catch (error) {
        logger.error(
          { err: error },
          "a corpus thread failed; it is replaced and the request answered with an error",
        );
        throw errorFor("SEARCH_FAILED");
      } finally {
        const left = (running.get(on.generation) ?? 1) - 1;
        if (left > 0) running.set(on.generation, left);
        else {
          running.delete(on.generation);
          release(on.generation);
        }
      }
      return unwrap(result);
    });
  }

  async function swap(): Promise<ReloadOutcome> {
    const next = await load(options, served.engine.image, stopLoading.signal);
    const engine = createEngine(next.image);
    // This thread only looks speakers up; its directory is built before the swap rather than on the first lookup.
    engine.suggestSpeakers("", 1);
    await prepare({ generation: generation + 1, image: next.image });
    generation += 1;
    served = { generation, engine };
    Atomics.store(control, CURRENT_GENERATION, generation);
    Atomics.notify(control, CURRENT_GENERATION);
    release(generation - 1);
    return {
      generation,
      articles: served.engine.stats.articles,
      read: next.read,
      reused: next.reused,
      ms: next.ms,
    };
  }

  return {
    current: () => served,
    stats: () => served.engine.stats,
    verify: (query, queryOptions) =>
      ask(queryOptions?.requester, (on) => ({
        ...on,
        op: "verify",
        query,
        ...(options.budget === undefined ? {} : { budget: options.budget }),
      })),
    quotesBy: (name, page = {}, queryOptions) =>
      ask(queryOptions?.requester, (on) => ({ ...on, op: "quotesBy", name, page })),
    articlesWithQuotes: (ids, queryOptions) =>
      ask(queryOptions?.requester, (on) => ({ ...on, op: "articlesWithQuotes", ids: [...ids] })),
    findSpeaker: (name) => served.engine.findSpeaker(name),
    suggestSpeakers: (prefix, limit) => served.engine.suggestSpeakers(prefix, limit),
    reload() {
      // One build at a time: a change seen while one is running is picked up by the watcher's next poll.
      reloading ??= swap().finally(() => {
        reloading = null;
      });
      return reloading;
    },
    async close() {
      closing = true;
      stopLoading.abort();
      await reloading?.catch(() => {});
      await scheduler.drained();
      await pool.destroy();
    },
  };
}
