// Sends a burst of HTTP requests from its own thread, as Slack's servers would from their own machines: the
// timings measured here are not held up by the event loop of the app under test.
import { parentPort, workerData } from "node:worker_threads";

const { url, requests } = workerData;
const results = await Promise.all(
  requests.map(async ({ headers, body }) => {
    const started = performance.now();
    try {
      const response = await fetch(url, {
        method: "POST",
        headers,
        body,
        signal: AbortSignal.timeout(10_000),
      });
      const text = await response.text();
      return { status: response.status, body: text, ms: performance.now() - started };
    } catch (error) {
      return { status: 0, body: String(error), ms: performance.now() - started };
    }
  }),
);
parentPort.postMessage(results);
