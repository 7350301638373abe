import { describe, expect, it } from "vitest";
import { WorkQueue } from "../../../src/front-ends/slack/work-queue.js";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe("WorkQueue", () => {
  it("runs at most `concurrency` jobs at once and keeps going after a job fails", async () => {
    const queue = new WorkQueue(2);
    let running = 0;
    let peak = 0;
    const finished: number[] = [];
    const jobs = Array.from({ length: 6 }, (_, i) =>
      queue.run(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await sleep(20);
        running -= 1;
        if (i === 1) throw new Error("this job fails");
        finished.push(i);
      }),
    );
    await Promise.all(jobs);
    expect(peak).toBe(2);
    expect(finished.sort()).toEqual([0, 2, 3, 4, 5]);
    expect(queue.size).toBe(0);
  });

  it("lets pending I/O run between the synchronous parts of two jobs", async () => {
    const queue = new WorkQueue(4);
    const order: string[] = [];
    const busy = (name: string) => async () => {
      order.push(name);
      const until = Date.now() + 30;
      while (Date.now() < until) {}
    };
    void queue.run(busy("job 1"));
    void queue.run(busy("job 2"));
    setTimeout(() => order.push("timer"), 0);
    await queue.drain(1000);
    // Whether the timer fires before job 1 depends on the clock; what matters is that it never waits for job 2.
    expect(order.filter((name) => name !== "timer")).toEqual(["job 1", "job 2"]);
    expect(order.indexOf("timer")).toBeLessThan(order.indexOf("job 2"));
  });

  it("drain waits for jobs in flight and reports a timeout", async () => {
    const queue = new WorkQueue();
    let done = false;
    void queue.run(async () => {
      await sleep(100);
      done = true;
    });
    expect(await queue.drain(20)).toBe(false);
    expect(await queue.drain(1000)).toBe(true);
    expect(done).toBe(true);
  });
});
