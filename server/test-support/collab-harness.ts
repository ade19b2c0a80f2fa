// Real collaboration servers (port 0) and real y-websocket clients for integration tests.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { DRAFT_FIELD } from "../../lib/editor/extensions";
import { issueCollabToken } from "../collab/collab-token";
import { COLLAB_PATH, createCollabServer, type CollabServer, type CollabServerOptions } from "../collab/collab-server";
import { createDatabase, type Database } from "../db/client";
import { PostgresBus } from "../events/postgres-bus";

import { MESSAGE_AUTH, MESSAGE_SYNC, updateMessage } from "../collab/protocol";
import { TEST_SECRET } from "./collab-secret";
import { startStallingProxy, type StallingProxy } from "./stalling-proxy";
import { createTestDatabase } from "./test-database";

export { TEST_SECRET };

export interface RunningCollab {
  url: string;
  server: CollabServer;
  stop(): Promise<void>;
}

export async function startCollab(db: Database, options: Partial<CollabServerOptions> = {}): Promise<RunningCollab> {
  const server = createCollabServer({ db, secret: TEST_SECRET, ...options });
  const httpServer = http.createServer((_request, response) => response.writeHead(404).end());
  httpServer.on("upgrade", (request, socket, head) => {
    if (!server.handleUpgrade(request, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = httpServer.address() as AddressInfo;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.close();
    httpServer.closeAllConnections();
    await new Promise<void>((resolve) => httpServer.close(() => resolve()));
  };
  afterAll(stop);
  return { url: `ws://127.0.0.1:${port}${COLLAB_PATH}`, server, stop };
}

export async function tokenFor(db: Database, email: string, documentId: string, now = Date.now()): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return issueCollabToken(
    { doc: documentId, sub: user.id, name: user.name, role: user.role, state: user.memberStateCode },
    TEST_SECRET,
    now,
  ).token;
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  fragment: Y.XmlFragment;
  text(): string;
  destroy(): void;
}

const providers = new Set<WebsocketProvider>();
afterAll(() => {
  for (const provider of providers) provider.destroy();
});

export function connectClient(url: string, documentId: string, token: string): TestClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, documentId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  providers.add(provider);
  const fragment = doc.getXmlFragment(DRAFT_FIELD);
  return {
    doc,
    provider,
    fragment,
    text: () => fragmentText(fragment),
    destroy: () => {
      provider.destroy();
      providers.delete(provider);
    },
  };
}

export function fragmentText(fragment: Y.XmlFragment): string {
  return fragment
    .toArray()
    .map((node) =>
      node instanceof Y.XmlElement
        ? node
            .toArray()
            .map((child) => child.toString())
            .join("")
        : "",
    )
    .join("\n");
}

/** Types at the end of the first open paragraph (agreed ones are locked), as an editor would. */
export function typeInOpenParagraph(client: TestClient, text: string): void {
  client.doc.transact(() => {
    const paragraph = client.fragment
      .toArray()
      .find(
        (node) =>
          node instanceof Y.XmlElement &&
          node.nodeName === "paragraph" &&
          (node.getAttribute("status") ?? "open") === "open",
      ) as Y.XmlElement;
    let target = paragraph.toArray().find((child) => child instanceof Y.XmlText) as Y.XmlText | undefined;
    if (!target) {
      target = new Y.XmlText();
      paragraph.insert(0, [target]);
    }
    target.insert(target.length, text);
  });
}

export function synced(client: TestClient, timeoutMs = 10_000): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("client did not sync")), timeoutMs);
    client.provider.once("sync", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export async function eventually(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
  what = "condition",
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A raw websocket, to see close codes and send frames no well-behaved client would. */
export function rawSocket(url: string, documentId: string, token?: string) {
  const socket = new WebSocket(
    `${url}/${documentId}${token === undefined ? "" : `?token=${encodeURIComponent(token)}`}`,
  );
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on("close", (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const opened = new Promise<void>((resolve, reject) => {
    socket.on("open", () => resolve());
    socket.on("error", reject);
  });
  socket.on("error", () => {});
  return { socket, opened, closed };
}

/** A raw connection to a draft that sends forged updates and keeps what the server answers. */
export async function rawSenderTo(room: Pick<DraftRoom, "collab" | "db" | "draftId">, email: string) {
  const { socket, opened } = rawSocket(room.collab.url, room.draftId, await tokenFor(room.db, email, room.draftId));
  const received: Uint8Array[] = [];
  socket.on("message", (data: Buffer) => received.push(new Uint8Array(data)));
  await opened;
  return {
    send: (update: Uint8Array) => socket.send(updateMessage(update)),
    /** Sync step 1 frames from the server: one on joining, one more for each resync asked. */
    syncRequests: () => received.filter((frame) => frame[0] === MESSAGE_SYNC && frame[1] === 0).length,
    refusals: () =>
      received.filter((frame) => frame[0] === MESSAGE_AUTH).map((frame) => Buffer.from(frame.slice(3)).toString()),
    destroy: () => socket.close(),
  };
}

export interface DraftRoom {
  db: Database;
  collab: RunningCollab;
  draftId: string;
  /** A real y-websocket client signed in as `email`, synced with the draft. */
  join(email: string): Promise<TestClient>;
}

/**
 * One demo draft served by a real collaboration server on a fresh test database, set up in the
 * suite's beforeAll. Read the fields inside tests (they are filled in then).
 */
export function draftRoom(symbol: string, options: Partial<CollabServerOptions> = {}): DraftRoom {
  const room = {} as DraftRoom;
  beforeAll(async () => {
    const database = await createTestDatabase();
    room.db = database.db;
    // Listening for changes stored by others (a restore, a revision), as in production.
    const bus = new PostgresBus(database.url);
    afterAll(() => bus.close());
    room.collab = await startCollab(room.db, { bus, ...options });
    room.draftId = (await room.db.document.findFirstOrThrow({ where: { symbol } })).id;
  });
  room.join = async (email) => {
    const client = connectClient(room.collab.url, room.draftId, await tokenFor(room.db, email, room.draftId));
    await synced(client);
    return client;
  };
  return room;
}

export interface StalledDraftRoom {
  /** The test database, reached directly (not through the proxy). */
  db: Database;
  /** Between the collaboration server and PostgreSQL: `stall()` makes the database hang for it. */
  proxy: StallingProxy;
  collab: RunningCollab;
  draftId: string;
}

/**
 * Like draftRoom, but the collaboration server reaches PostgreSQL through a proxy the test can
 * stall: a database that stops answering for the server alone. Set up in the suite's beforeAll.
 */
export function stalledDraftRoom(symbol: string, options: Partial<CollabServerOptions> = {}): StalledDraftRoom {
  const room = {} as StalledDraftRoom;
  beforeAll(async () => {
    const database = await createTestDatabase();
    room.db = database.db;
    room.proxy = await startStallingProxy(database.url);
    const collabDb = createDatabase(room.proxy.url);
    room.collab = await startCollab(collabDb, options);
    room.draftId = (await room.db.document.findFirstOrThrow({ where: { symbol } })).id;
    return () => collabDb.$disconnect();
  });
  return room;
}
