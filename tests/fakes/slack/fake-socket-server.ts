/**
 * Slack's Socket Mode end on 127.0.0.1: greets each connection with `hello`, delivers envelopes, and collects the
 * acknowledgements (`{ envelope_id }`) the app sends back.
 */
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

export interface FakeSocketServer {
  url: string;
  acks: { envelope_id: string; payload?: unknown }[];
  connected(): Promise<void>;
  send(envelope: object): void;
  /** Cuts the app's connection, as a network drop would, leaving the server up for it to reconnect. */
  drop(): void;
  close(): Promise<void>;
}

export async function startFakeSocketServer(): Promise<FakeSocketServer> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const acks: FakeSocketServer["acks"] = [];
  let socket: WebSocket | undefined;
  let onConnect: (() => void) | undefined;
  server.on("connection", (ws) => {
    socket = ws;
    ws.on("message", (data) => acks.push(JSON.parse(String(data)) as FakeSocketServer["acks"][number]));
    ws.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A1" } }));
    onConnect?.();
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `ws://127.0.0.1:${port}/link/?ticket=test-ticket`,
    acks,
    connected: () =>
      socket
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            onConnect = resolve;
          }),
    send: (envelope) => socket?.send(JSON.stringify(envelope)),
    drop: () => socket?.terminate(),
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
