// A share of the bench's clients, in a process of its own: real y-websocket providers (Node `ws`)
// on Y.Docs of their own, as browsers would hold them. Writers type one character every 250 ms
// at a random place of a random paragraph; everyone notes when each other writer's character was
// applied to their doc (the character's Yjs id: writer clientID + clock). The bench compares those
// times with the writers' send times at the end: one monotonic clock serves every process.
//
// Requests (from bench/run.ts over IPC): setup, start, typed, await, collect; then exit.
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { DRAFT_FIELD, LOCKED_STATUSES } from "../lib/editor/extensions";
import { parseBrackets } from "../lib/negotiation";
import { serveParent, type Message } from "./children";
import { fingerprint, fingerprintKey, type Fingerprint } from "./doc-fingerprint";
import { now, ProcessProbe, type ProbeReading } from "./process-probe";

export interface ClientSpec {
  index: number;
  writer: boolean;
  /** Query parameters of the websocket URL (Concord's token); none for the bare server. */
  params: Record<string, string>;
}

export interface WriterSends {
  clientID: number;
  /** Send time (bench clock, ms) of each character, by its Yjs clock. */
  sends: number[];
}

const TYPING_INTERVAL_MS = 250;
const ALPHABET = "abcdefghijklmnopqrstuvwxyz ";

interface Client {
  spec: ClientSpec;
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** For each other writer's clientID: when each of its clocks was applied here. */
  arrivals: Map<number, number[]>;
  closes: number[];
  sends: number[];
  skippedTicks: number;
  typing: Promise<void>;
}

process.setMaxListeners(0); // each provider adds an "exit" listener
/** Changes the server refused (y-websocket reports them with console.warn "Permission denied…"). */
let refusals = 0;
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === "string" && args[0].startsWith("Permission denied")) refusals += 1;
  else warn(...args);
};
const probe = new ProcessProbe();
const clients: Client[] = [];
let recording = false;
let windowReading: ProbeReading | null = null;

function connect(url: string, room: string, spec: ClientSpec): Client {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, room, doc, {
    params: spec.params,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const client: Client = {
    spec,
    doc,
    provider,
    arrivals: new Map(),
    closes: [],
    sends: [],
    skippedTicks: 0,
    typing: Promise.resolve(),
  };
  provider.on("connection-close", (event) => client.closes.push(event?.code ?? 0));
  doc.on("afterTransaction", (transaction: Y.Transaction) => {
    if (!recording || transaction.local) return;
    const at = now();
    transaction.afterState.forEach((clock, writer) => {
      const before = transaction.beforeState.get(writer) ?? 0;
      if (clock <= before || writer === doc.clientID) return;
      let times = client.arrivals.get(writer);
      if (!times) client.arrivals.set(writer, (times = []));
      for (let k = before; k < clock; k++) times[k] = at;
    });
  });
  return client;
}

function synced(client: Client, timeoutMs: number): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`client ${client.spec.index} did not sync`)), timeoutMs);
    const onSync = (isSynced: boolean) => {
      if (!isSynced) return;
      clearTimeout(timer);
      client.provider.off("sync", onSync);
      resolve();
    };
    client.provider.on("sync", onSync);
  });
}

/**
 * The text nodes of the draft's open paragraphs and headings: where a delegate's editor lets them
 * type. Agreed paragraphs are locked (the server would refuse and undo the change); list items
 * are left alone.
 */
function paragraphTexts(doc: Y.Doc): Y.XmlText[] {
  const texts: Y.XmlText[] = [];
  for (const node of doc.getXmlFragment(DRAFT_FIELD).toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    if (LOCKED_STATUSES.has(String(node.getAttribute("status") ?? "open"))) continue;
    const text = node.toArray().find((child): child is Y.XmlText => child instanceof Y.XmlText);
    if (text) texts.push(text);
  }
  return texts;
}

/**
 * A random place to type, outside brackets: the words of a bracket belong to the states that hold
 * it, and the server undoes anyone else's typing there (server/collab/bracket-words-guard.ts).
 */
function typingPosition(target: Y.XmlText): number {
  const plain = (target.toDelta() as { insert?: unknown }[])
    .map((part) => (typeof part.insert === "string" ? part.insert : ""))
    .join("");
  const position = Math.floor(Math.random() * (plain.length + 1));
  const inside = parseBrackets(plain).spans.find((span) => position > span.open && position <= span.close);
  return inside ? inside.close + 1 : position;
}

const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - now())));

/** One character every 250 ms from t0 (plus a random phase) until `until`; late ticks are dropped. */
async function type(client: Client, t0: number, until: number): Promise<void> {
  const targets = paragraphTexts(client.doc);
  if (targets.length === 0) throw new Error("the draft has no paragraphs to type in");
  let due = t0 + Math.random() * TYPING_INTERVAL_MS;
  while (due < until) {
    await sleepUntil(due);
    const lateness = now() - due;
    if (lateness > TYPING_INTERVAL_MS) {
      // The process could not keep up: skip rather than burst, so the sent rate shows it.
      const skipped = Math.floor(lateness / TYPING_INTERVAL_MS);
      client.skippedTicks += skipped;
      due += skipped * TYPING_INTERVAL_MS;
      continue;
    }
    const target = targets[Math.floor(Math.random() * targets.length)]!;
    const position = typingPosition(target);
    const character = ALPHABET[Math.floor(Math.random() * ALPHABET.length)]!;
    const clock = Y.getState(client.doc.store, client.doc.clientID);
    client.sends[clock] = now();
    // The provider sends the update from the doc's "update" event, synchronously, in here.
    client.doc.transact(() => target.insert(position, character));
    due += TYPING_INTERVAL_MS;
  }
}

function reachedAll(client: Client, expect: [number, number][]): boolean {
  return expect.every(
    ([writer, clock]) => writer === client.doc.clientID || Y.getState(client.doc.store, writer) >= clock,
  );
}

async function handle(message: Message): Promise<unknown> {
  switch (message.type) {
    case "setup": {
      const specs = message.clients as ClientSpec[];
      const spreadMs = (message.spreadMs as number) ?? 0;
      const started = now();
      for (const spec of specs) {
        clients.push(connect(message.url as string, message.room as string, spec));
        if (spreadMs > 0) await new Promise((resolve) => setTimeout(resolve, spreadMs));
      }
      await Promise.all(clients.map((client) => synced(client, message.timeoutMs as number)));
      return { syncMs: now() - started };
    }
    case "start": {
      const t0 = message.t0 as number;
      const measureFrom = message.measureFrom as number;
      const measureUntil = message.measureUntil as number;
      recording = true;
      probe.mark();
      void sleepUntil(measureFrom).then(() => probe.mark());
      void sleepUntil(measureUntil).then(() => (windowReading = probe.mark()));
      for (const client of clients) {
        if (client.spec.writer) client.typing = type(client, t0, measureUntil);
      }
      return {};
    }
    case "typed": {
      await Promise.all(clients.map((client) => client.typing));
      const writers = clients.filter((client) => client.spec.writer);
      return {
        writers: writers.map((client): WriterSends => ({ clientID: client.doc.clientID, sends: client.sends })),
        skippedTicks: writers.reduce((sum, client) => sum + client.skippedTicks, 0),
      };
    }
    case "await": {
      // Until every client here has every character every writer typed, or the timeout.
      const expect = message.expect as [number, number][];
      const deadline = now() + (message.timeoutMs as number);
      const started = now();
      while (now() < deadline && !clients.every((client) => reachedAll(client, expect))) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return {
        drainMs: now() - started,
        lagging: clients.filter((client) => !reachedAll(client, expect)).length,
      };
    }
    case "collect": {
      const sends = message.sends as Map<number, number[]>;
      const measureFrom = message.measureFrom as number;
      const measureUntil = message.measureUntil as number;
      const focusFrom = message.focusFrom as number;
      const focusUntil = message.focusUntil as number;
      const latencies: number[] = [];
      const focused: number[] = [];
      let missing = 0;
      for (const client of clients) {
        for (const [writer, times] of sends) {
          if (writer === client.doc.clientID) continue;
          const arrived = client.arrivals.get(writer) ?? [];
          times.forEach((sent, clock) => {
            if (sent < measureFrom || sent >= measureUntil) return;
            const at = arrived[clock];
            if (at === undefined) {
              missing += 1;
              return;
            }
            latencies.push(at - sent);
            if (sent >= focusFrom && sent < focusUntil) focused.push(at - sent);
          });
        }
      }
      const fingerprints = new Map<string, { fingerprint: Fingerprint; count: number }>();
      for (const client of clients) {
        const print = fingerprint(client.doc);
        const entry = fingerprints.get(fingerprintKey(print)) ?? { fingerprint: print, count: 0 };
        entry.count += 1;
        fingerprints.set(fingerprintKey(print), entry);
      }
      return {
        latencies: Float64Array.from(latencies),
        focused: Float64Array.from(focused),
        missing,
        fingerprints: [...fingerprints.values()],
        closes: clients.flatMap((client) => client.closes),
        refusals,
        reading: windowReading,
      };
    }
    default:
      throw new Error(`unknown request ${message.type}`);
  }
}

serveParent(handle, () => {
  for (const client of clients) client.provider.destroy();
  probe.stop();
});
