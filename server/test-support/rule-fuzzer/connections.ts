// The fuzzer's connections to a real collaboration server: raw websockets that send whatever the
// generator made (and probe until the server has stored it), and honest y-websocket clients
// whose documents must always come back to the stored text.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { DRAFT_FIELD } from "../../../lib/editor/extensions";
import { issueCollabToken, type CollabClaims } from "../../collab/collab-token";
import { awarenessMessage, updateMessage } from "../../collab/protocol";
import type { Database } from "../../db/client";
import { EMAIL_OF, type Role } from "./attacks";

export interface Identity {
  id: string;
  name: string;
  role: CollabClaims["role"];
  memberStateCode: string | null;
}

export class Tokens {
  private constructor(
    private readonly identities: Map<Role, Identity>,
    private readonly documentId: string,
    private readonly secret: string,
  ) {}

  static async load(db: Database, documentId: string, secret: string): Promise<Tokens> {
    const identities = new Map<Role, Identity>();
    for (const [role, email] of Object.entries(EMAIL_OF) as [Role, string][])
      identities.set(role, (await db.user.findUniqueOrThrow({ where: { email } })) as Identity);
    return new Tokens(identities, documentId, secret);
  }

  identity(role: Role): Identity {
    return this.identities.get(role)!;
  }

  /** A fresh ticket (they live 5 minutes; a long run outlives them). */
  token(role: Role): string {
    const user = this.identity(role);
    return issueCollabToken(
      { doc: this.documentId, sub: user.id, name: user.name, role: user.role, state: user.memberStateCode },
      this.secret,
    ).token;
  }
}

const MESSAGE_SYNC = 0;
const MESSAGE_AUTH = 2;
const SYNC_STEP_2 = 1;

function syncStep1(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint8Array(encoder, stateVector);
  return encoding.toUint8Array(encoder);
}

export interface ProbeResult {
  /** The server answered the probe: everything sent before it is stored (or refused). */
  answered: boolean;
  closedWith: number | null;
  refusals: string[];
}

/** A raw websocket of one role: sends frames as they are and waits until the server has handled them. */
export class RawConnection {
  private socket: WebSocket | null = null;
  private opened: Promise<void> | null = null;
  private closedWith: number | null = null;
  private readonly refusals: string[] = [];
  private waiting: (() => void) | null = null;

  constructor(
    private readonly url: string,
    private readonly documentId: string,
    private readonly token: () => string,
  ) {}

  private connect(): Promise<void> {
    if (this.socket && this.closedWith === null && this.opened) return this.opened;
    this.closedWith = null;
    const socket = new WebSocket(`${this.url}/${this.documentId}?token=${encodeURIComponent(this.token())}`);
    socket.binaryType = "nodebuffer";
    this.socket = socket;
    socket.on("message", (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_AUTH) {
        decoding.readVarUint(decoder);
        this.refusals.push(decoding.readVarString(decoder));
      } else if (type === MESSAGE_SYNC && decoding.readVarUint(decoder) === SYNC_STEP_2) {
        const waiting = this.waiting;
        this.waiting = null;
        waiting?.();
      }
    });
    socket.on("close", (code) => {
      this.closedWith = code;
      const waiting = this.waiting;
      this.waiting = null;
      waiting?.();
    });
    socket.on("error", () => {});
    this.opened = new Promise((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("close", (code) => reject(new Error(`closed with ${code} before opening`)));
    });
    return this.opened;
  }

  /** Sends the frames, then a sync step 1, and waits for its answer (or the socket's close). */
  async send(frames: Uint8Array[], stateVector: Uint8Array, timeoutMs: number): Promise<ProbeResult> {
    await this.connect();
    this.refusals.length = 0;
    const answered = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiting = () => {
        clearTimeout(timer);
        resolve(this.closedWith === null);
      };
    });
    for (const frame of frames) this.socket!.send(frame);
    this.socket!.send(syncStep1(stateVector));
    const ok = await answered;
    // A refusal's reason is sent before the undo is stored, so it is in by now.
    return { answered: ok, closedWith: this.closedWith, refusals: [...this.refusals] };
  }

  sendUpdate(update: Uint8Array, stateVector: Uint8Array, timeoutMs: number): Promise<ProbeResult> {
    return this.send([updateMessage(update)], stateVector, timeoutMs);
  }

  sendAwareness(update: Uint8Array, stateVector: Uint8Array, timeoutMs: number): Promise<ProbeResult> {
    return this.send([awarenessMessage(update)], stateVector, timeoutMs);
  }

  close(): void {
    this.socket?.terminate();
    this.socket = null;
  }
}

/** Opens a new connection and syncs it: the server still serves newcomers. */
export async function newcomerSyncs(url: string, documentId: string, token: string, timeoutMs: number) {
  const connection = new RawConnection(url, documentId, () => token);
  try {
    const result = await connection.send([], new Uint8Array([0]), timeoutMs);
    return result.answered;
  } catch {
    return false;
  } finally {
    connection.close();
  }
}

export interface HonestClient {
  role: Role;
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

export function connectHonest(url: string, documentId: string, role: Role, clientId: number, tokens: Tokens) {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  doc.getXmlFragment(DRAFT_FIELD);
  const provider = new WebsocketProvider(url, documentId, doc, {
    params: { token: tokens.token(role) },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  // Present in the draft as the browser is (its caret extension sets a field at once): a state
  // still at clock 0 is never taken by y-protocols, so nobody would ever see this client.
  provider.awareness.setLocalStateField("cursor", null);
  // Renew the ticket before every reconnection, as the browser does.
  provider.on("connection-close", () => {
    provider.params = { token: tokens.token(role) };
  });
  const client: HonestClient = {
    role,
    doc,
    provider,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
  return client;
}

export function whenSynced(client: HonestClient, timeoutMs: number): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the honest ${client.role} did not sync`)), timeoutMs);
    client.provider.once("sync", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
