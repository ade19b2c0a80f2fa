// The collaboration server: y-websocket's protocol over our own websocket server, as a short
// pipeline — authenticate (token + policy), load (Postgres, seeding once), validate (strict
// decoding, read-only roles), persist (before anything is applied), broadcast (batched).
// It shares the web server's port: it takes only upgrades on its own path.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type RawData, type WebSocket } from "ws";
import { CloseCode } from "../../lib/collab/close-codes";
import type { Database } from "../db/client";
import { authenticate, ConnectionRefused, refuseEndedSession, roomFromPath } from "./authenticate";
import { CollabConnection } from "./collab-connection";
import { compactDocument } from "./compact-document";
import { DocumentRoom } from "./document-room";
import { appendUpdates } from "./append-updates";
import { backfillParagraphIds } from "./backfill-paragraph-ids";
import { loadDocument, UnknownDocumentError } from "./load-document";
import type { EventBus } from "../events/bus";
import { writeCheckpoint } from "../revisions/write-checkpoint";
import { snapshotOf } from "../revisions/snapshot";
import { UnresolvableUpdateError } from "./rules";
import { decodeClientMessage, ProtocolError } from "./protocol";
import { AdmissionLimit, DEFAULT_ADMISSION_LIMITS, type AdmissionLimits } from "./admission-limit";
import { clientAddress } from "../runtime/client-address";
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
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes ?? MAX_MESSAGE_BYTES });
  const admissionLimits = { ...DEFAULT_ADMISSION_LIMITS, ...options.admission };
  const admission = new AdmissionLimit(admissionLimits);
  const rooms = new Map<string, DocumentRoom>();
  const loading = new Map<string, Promise<DocumentRoom>>();
  /** Rooms let go whose last writes are still on their way to Postgres. */
  const releasing = new Map<string, Promise<void>>();
  let closing = false;

  /** Keeps the room's text as a checkpoint if it changed since the last one (never throws). */
  async function checkpoint(room: DocumentRoom): Promise<void> {
    if (room.changesSinceCheckpoint === 0) return;
    room.changesSinceCheckpoint = 0;
    try {
      // Taken when everything in the room is in Postgres, before anything later is applied:
      // the checkpoint is stored text.
      const snapshot = await room.whenSettled(() => snapshotOf(room.doc));
      await writeCheckpoint(options.db, room.documentId, snapshot);
    } catch (error) {
      log(`Checkpoint of ${room.documentId} failed: ${(error as Error).message}`);
    }
  }

  function release(room: DocumentRoom): void {
    if (room.connections.size > 0 || room.closed) return;
    room.closed = true;
    rooms.delete(room.documentId);
    if (closing) return; // close() drains and compacts every room itself
    const done = checkpoint(room)
      .then(() => room.drain())
      .then(() => compactDocument(options.db, room.documentId))
      .then(() => undefined)
      .catch((error: unknown) => log(`Compacting ${room.documentId} failed: ${(error as Error).message}`))
      .finally(() => {
        room.awareness.destroy();
        room.doc.destroy();
        releasing.delete(room.documentId);
      });
    releasing.set(room.documentId, done);
  }

  /** Drops a room whose memory may hold what Postgres does not; its editors reconnect to a fresh load. */
  function discard(room: DocumentRoom): void {
    if (room.closed) return;
    room.closed = true;
    rooms.delete(room.documentId);
    log(`Draft ${room.documentId}: a write failed after a refusal; reloading it from Postgres.`);
    for (const connection of room.connections) connection.close(CloseCode.PersistFailed, "could not save the change");
    room.awareness.destroy();
    room.doc.destroy();
  }

  async function openRoom(documentId: string): Promise<DocumentRoom> {
    const open = rooms.get(documentId);
    if (open) return open;
    let pending = loading.get(documentId);
    if (!pending) {
      pending = (async () => {
        await releasing.get(documentId); // a fresh load must see the last room's writes
        const { doc, skipped } = await loadDocument(options.db, documentId);
        if (skipped > 0) log(`Draft ${documentId}: ${skipped} unreadable updates skipped while loading.`);
        // Named before anyone joins: paragraph ids are what comments, statuses and numbers hang on.
        const named = backfillParagraphIds(doc);
        if (named) await appendUpdates(options.db, documentId, [{ update: named, userId: null }]);
        const room = new DocumentRoom(documentId, doc, options.db, { onEmpty: release, onBroken: discard });
        rooms.set(documentId, room);
        return room;
      })().finally(() => loading.delete(documentId));
      loading.set(documentId, pending);
    }
    return pending;
  }

  async function accept(socket: WebSocket, request: IncomingMessage, documentId: string): Promise<void> {
    // Frames that arrive while the draft loads are kept, in order, and handled after.
    const early: RawData[] = [];
    const keep = (data: RawData) => early.push(data);
    socket.on("message", keep);
    socket.on("error", () => socket.terminate());

    let connection: CollabConnection;
    let room: DocumentRoom;
    try {
      const admission = authenticate(request, documentId, options.secret);
      await refuseEndedSession(options.db, admission); // signed out since the ticket was issued
      connection = new CollabConnection(socket, admission.user, rate);
      room = await openRoom(documentId);
      while (room.closed) room = await openRoom(documentId);
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
      release(room); // gone while loading: a room nobody joined must not stay in memory
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

  const compactTimer = setInterval(
    () => {
      for (const room of rooms.values()) {
        if (room.updatesSinceCompaction === 0) continue;
        room.updatesSinceCompaction = 0;
        void room
          .drain()
          .then(() => compactDocument(options.db, room.documentId))
          .catch((error: unknown) => log(`Compacting ${room.documentId} failed: ${(error as Error).message}`));
      }
    },
    options.compactEveryMs ?? 5 * 60_000,
  );
  compactTimer.unref();

  const quietMs = options.checkpointAfterQuietMs ?? 2 * 60_000;
  const checkpointTimer = setInterval(
    () => {
      for (const room of rooms.values())
        if (room.changesSinceCheckpoint > 0 && Date.now() - room.lastChangeAt >= quietMs) void checkpoint(room);
    },
    Math.max(50, Math.min(quietMs / 2, 30_000)),
  );
  checkpointTimer.unref();

  // After the bus was away, every open room catches up with what Postgres holds.
  const storedChanges = options.bus?.subscribe("stored-change", {
    onEvent: ({ documentId }) => void rooms.get(documentId)?.takeStoredChanges(),
    onResync: () => {
      for (const room of rooms.values()) void room.takeStoredChanges();
    },
  });
  storedChanges?.catch((error: unknown) => log(`Could not listen for stored changes: ${(error as Error).message}`));

  return {
    handleUpgrade(request, socket, head) {
      const documentId = roomFromPath(request.url, path);
      if (documentId === null) return false;
      if (closing) {
        refuseUpgrade(socket, 503);
        return true;
      }
      const release = admission.enter(clientAddress(request, options.trustProxy ?? false) ?? "unknown");
      if (!release) {
        refuseUpgrade(socket, 503);
        return true;
      }
      let websocket: WebSocket | null = null;
      // Not in a room by then (a stalled database, a client that never finishes): let it go.
      const timer = setTimeout(() => {
        const ws = websocket as WebSocket | null; // set by the handshake below, if it got that far
        if (!ws) socket.destroy();
        else if (ws.readyState === ws.OPEN) ws.close(CloseCode.TryAgainLater, "admission timed out");
        else ws.terminate(); // refused, and its client never answered our close
      }, admissionLimits.timeoutMs).unref();
      const leaveAdmission = () => {
        clearTimeout(timer);
        release();
      };
      socket.once("close", leaveAdmission);
      wss.handleUpgrade(request, socket, head, (ws) => {
        websocket = ws;
        accept(ws, request, documentId)
          .catch((error: unknown) => {
            log(`Admitting a connection to ${documentId} failed: ${(error as Error).message}`);
            ws.close(1011, "internal error");
          })
          // A refused socket keeps its seat until it is really closed: its client may never answer.
          .finally(() => ws.readyState === ws.OPEN && leaveAdmission());
      });
      return true;
    },
    rooms: () => rooms,
    async close() {
      closing = true;
      clearInterval(compactTimer);
      clearInterval(checkpointTimer);
      (await storedChanges?.catch(() => null))?.();
      const open = [...rooms.values()];
      await Promise.all(open.map((room) => room.drain()));
      await Promise.all(open.map(checkpoint));
      for (const room of open) {
        for (const connection of room.connections) connection.close(CloseCode.ServerShutdown, "server shutting down");
      }
      await Promise.all([...releasing.values()]);
      await Promise.all(open.map((room) => compactDocument(options.db, room.documentId).catch(() => undefined)));
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
