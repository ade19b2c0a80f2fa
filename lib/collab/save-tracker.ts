// Knows how many of this browser's changes the server has not yet saved, using the
// y-websocket protocol alone: the server answers a sync step 1 only after everything the same
// connection sent before it is in Postgres. So after local changes we send a probe (a sync
// step 1), and each answer (a sync step 2) confirms every change made before its probe.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { encodeStateVector, type Doc } from "yjs";

const MESSAGE_SYNC = 0;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;

type Handler = (
  encoder: encoding.Encoder,
  decoder: decoding.Decoder,
  provider: unknown,
  emitSynced: boolean,
  type: number,
) => void;

/** The parts of y-websocket's WebsocketProvider this needs. */
export interface ProviderLike {
  doc: Doc;
  ws: { send(data: Uint8Array): void; readyState: number } | null;
  wsconnected: boolean;
  messageHandlers: Handler[];
  on(event: "status", listener: (event: { status: string }) => void): void;
  on(event: "sync", listener: (synced: boolean) => void): void;
  off(event: "status", listener: (event: { status: string }) => void): void;
  off(event: "sync", listener: (synced: boolean) => void): void;
}

export class SaveTracker {
  /** Local changes made so far, and how many of them the server has confirmed. */
  private made = 0;
  private confirmed = 0;
  /** One entry per sync step 1 in flight on this connection: the count it will confirm. */
  private probes: (number | null)[] = [];
  private probeTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly original: Handler;

  constructor(
    private readonly provider: ProviderLike,
    private readonly probeDelayMs = 150,
  ) {
    this.original = provider.messageHandlers[MESSAGE_SYNC]!;
    provider.messageHandlers[MESSAGE_SYNC] = this.onSyncMessage;
    provider.doc.on("update", this.onUpdate);
    provider.on("status", this.onStatus);
    provider.on("sync", this.onSync);
  }

  /** Changes made here that the server has not confirmed as saved. */
  get unsaved(): number {
    return this.made - this.confirmed;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.provider.messageHandlers[MESSAGE_SYNC] = this.original;
    this.provider.doc.off("update", this.onUpdate);
    this.provider.off("status", this.onStatus);
    this.provider.off("sync", this.onSync);
    if (this.probeTimer) clearTimeout(this.probeTimer);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private onUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (origin === this.provider) return; // it came from the server
    this.made += 1;
    this.notify();
    this.scheduleProbe();
  };

  private onStatus = ({ status }: { status: string }): void => {
    // A new connection: the provider sends its own sync step 1 right away. Its answer confirms
    // nothing, because our offline changes only travel after it, in reply to the server's step 1.
    this.probes = status === "connected" ? [null] : [];
  };

  private onSync = (synced: boolean): void => {
    if (synced && this.unsaved > 0) this.scheduleProbe();
  };

  private scheduleProbe(): void {
    if (this.probeTimer) return;
    this.probeTimer = setTimeout(() => {
      this.probeTimer = null;
      this.sendProbe();
    }, this.probeDelayMs);
  }

  private sendProbe(): void {
    const ws = this.provider.ws;
    if (!this.provider.wsconnected || !ws || ws.readyState !== 1) return; // sent again on reconnect
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    encoding.writeVarUint(encoder, SYNC_STEP_1);
    encoding.writeVarUint8Array(encoder, encodeStateVector(this.provider.doc));
    this.probes.push(this.made);
    ws.send(encoding.toUint8Array(encoder));
  }

  private onSyncMessage: Handler = (encoder, decoder, provider, emitSynced, type) => {
    const peek = decoding.clone(decoder);
    const step = decoding.readVarUint(peek);
    this.original(encoder, decoder, provider, emitSynced, type);
    if (step !== SYNC_STEP_2) return;
    const covered = this.probes.shift();
    if (covered != null && covered > this.confirmed) {
      this.confirmed = covered;
      this.notify();
    }
    if (this.unsaved > 0 && this.probes.length === 0) this.scheduleProbe();
  };
}
