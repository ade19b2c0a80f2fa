// The collaboration server: y-websocket's protocol over our own websocket server, as a short
// pipeline — admission (limits, ticket, session: admission.ts), a room per draft (loaded from
// Postgres once, let go when empty: room-registry.ts), the room's rules and durable writes
// (document-room.ts, rules/), room maintenance as hooks (compaction, checkpoints:
// room-maintenance.ts), and the bus for changes other processes store (server/events).
// It shares the web server's port: it takes only upgrades on its own path.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { RawData, WebSocket } from "ws";
import { CloseCode } from "../../lib/collab/close-codes";
import type { Database } from "../db/client";
import { AccessWatch } from "./access-watch";
import { Admission } from "./admission";
import { ConnectionRefused, roomFromPath } from "./authenticate";
import { CollabConnection } from "./collab-connection";
import type { DocumentRoom } from "./document-room";
import { UnknownDocumentError } from "./load-document";
import type { EventBus } from "../events/bus";
import { RoomMaintenance } from "./room-maintenance";
import { RoomRegistry } from "./room-registry";
import { UnresolvableUpdateError } from "./rules";
import { decodeClientMessage, ProtocolError } from "./protocol";
import { DEFAULT_ADMISSION_LIMITS, type AdmissionLimits } from "./admission-limit";
import { refuseUpgrade } from "../runtime/refuse-upgrade";

export const COLLAB_PATH = "/collab";
/**
 * The largest frame a client may send. Yjs encodes pasted text at a little over its own size (1 MB
 * of text, 3,000 paragraphs, some 350 pages, is a 1.1 MB update): 2 MiB takes any real paste.
 */
export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

export interface CollabServerOptions {
  db: Database;
  secret: string;
  path?: string;
  /** Larger frames close the connection (ws answers 1009). */
  maxMessageBytes?: number;
  /** Caps on sockets not yet in a room (see admission-limit.ts). */
  admission?: Partial<AdmissionLimits>;
  /** Take the client address from X-Forwarded-For (behind our own reverse proxy only). */
  trustProxy?: boolean;
  rate?: { perSecond: number; burst: number };
  /** How often rooms with new updates are compacted while people are in them. */
  compactEveryMs?: number;
  /** A checkpoint is kept once a draft has been quiet this long after changes (a burst ended). */
  checkpointAfterQuietMs?: number;
  /**
   * The process's bus (server/events), to hear of changes other processes store (a restore, a
   * revision issued from the web app); without it, such changes reach editors only when the
   * draft is reopened.
   */
  bus?: EventBus;
  log?: (line: string) => void;
}

export interface CollabServer {
  /** Takes the upgrade when it is for the collaboration path; false otherwise. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  rooms(): ReadonlyMap<string, DocumentRoom>;
  /** Persists everything received, compacts, closes every connection. */
  close(): Promise<void>;
}

export function createCollabServer(options: CollabServerOptions): CollabServer {
  const path = options.path ?? COLLAB_PATH;
  const log = options.log ?? (() => {});
  const rate = options.rate ?? { perSecond: 100, burst: 400 };
  const admission = new Admission({
    db: options.db,
    secret: options.secret,
    limits: { ...DEFAULT_ADMISSION_LIMITS, ...options.admission },
    maxMessageBytes: options.maxMessageBytes ?? MAX_MESSAGE_BYTES,
    trustProxy: options.trustProxy ?? false,
    log,
  });
  const maintenance: RoomMaintenance = new RoomMaintenance({ ...options, log }, () => registry.rooms.values());
  const registry: RoomRegistry = new RoomRegistry(options.db, maintenance, log);
  const rooms = registry.rooms;
  let closing = false;

  async function accept(socket: WebSocket, request: IncomingMessage, documentId: string): Promise<void> {
    // Frames that arrive while the draft loads are kept, in order, and handled after.
    const early: RawData[] = [];
    const keep = (data: RawData) => early.push(data);
    socket.on("message", keep);
    socket.on("error", () => socket.terminate());

    let connection: CollabConnection;
    let room: DocumentRoom;
    try {
      connection = new CollabConnection(socket, await admission.identify(request, documentId), rate);
      room = await registry.open(documentId);
    } catch (error) {
      const refusal =
        error instanceof ConnectionRefused
          ? error
          : error instanceof UnknownDocumentError
            ? new ConnectionRefused(CloseCode.UnknownDocument, "no such draft")
            : new ConnectionRefused(1011, "the draft could not be loaded");
      if (!(error instanceof ConnectionRefused || error instanceof UnknownDocumentError)) {
        log(`Opening ${documentId} failed: ${(error as Error).message}`);
      }
      socket.close(refusal.code, refusal.reason);
      return;
    }
    if (socket.readyState !== socket.OPEN) {
      registry.release(room); // gone while loading: a room nobody joined must not stay in memory
      return;
    }

    const handle = (data: RawData) => {
      if (!connection.limiter.take()) {
        connection.close(CloseCode.RateLimited, "too many messages");
        return;
      }
      try {
        room.receive(connection, decodeClientMessage(toBytes(data)));
      } catch (error) {
        const expected = error instanceof ProtocolError || error instanceof UnresolvableUpdateError;
        if (!expected) log(`Draft ${documentId}: ${(error as Error).message}`);
        connection.close(CloseCode.MalformedMessage, expected ? (error as Error).message : "bad message");
      }
    };
    socket.off("message", keep);
    socket.on("message", handle);
    socket.on("close", () => room.leave(connection));
    room.join(connection);
    for (const data of early) handle(data);
  }

  // After the bus was away, every open room catches up with what Postgres holds.
  const access = new AccessWatch(options.db, () => rooms.values(), log);
  const subscriptions = options.bus
    ? [
        options.bus.subscribe("stored-change", {
          onEvent: ({ documentId }) => void rooms.get(documentId)?.takeStoredChanges(),
          onResync: () => {
            for (const room of rooms.values()) void room.takeStoredChanges();
          },
        }),
        options.bus.subscribe("access", {
          onEvent: ({ userId }) => access.personChanged(userId),
          onResync: () => void access.recheckEverything(),
        }),
        options.bus.subscribe("document", {
          onEvent: ({ documentId }) => void access.draftChanged(documentId).catch(() => undefined),
          onResync: () => {}, // the access subscription's resync rechecks the rooms too
        }),
      ]
    : [];
  for (const subscription of subscriptions)
    subscription.catch((error: unknown) => log(`Could not listen on the bus: ${(error as Error).message}`));

  return {
    handleUpgrade(request, socket, head) {
      const documentId = roomFromPath(request.url, path);
      if (documentId === null) return false;
      if (closing) {
        refuseUpgrade(socket, 503);
        return true;
      }
      admission.upgrade(request, socket, head, documentId, (ws) => accept(ws, request, documentId));
      return true;
    },
    rooms: () => rooms,
    async close() {
      closing = true;
      maintenance.stop();
      for (const subscription of subscriptions) (await subscription.catch(() => null))?.();
      await registry.closeAll();
      await admission.close();
    },
  };
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
