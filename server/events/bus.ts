// The one channel for everything that is live across processes: a change stored by one process
// (a restore, a revision issued from the web app) reaches the collaboration server that has the
// draft open; a comment posted through one process reaches the threads panels served by every
// other. Today the transport is PostgreSQL's LISTEN/NOTIFY (postgres-bus.ts); the scale-out to
// several servers swaps the transport behind this interface, not its users.
//
// A subscriber hears every event published after its `subscribe` resolved. When the transport
// was lost for a while (the database restarted, the connection dropped), events published
// meanwhile are gone: the subscriber is told to `resync` — read the state again — once the bus
// is back, so nobody stays silently stale.

/** Every event the bus carries, by topic. Payloads stay small: ids, never content. */
export type BusEvent =
  /** The update log of a draft gained a change made outside its collaboration server. */
  | { topic: "stored-change"; documentId: string }
  /** A comment thread of a draft was opened, answered, edited, resolved or reopened. */
  | { topic: "thread"; documentId: string; threadId: string }
  /** A draft's settings changed (closed, reopened, archived, renamed): open rooms apply them. */
  | { topic: "document"; documentId: string }
  /** A person's access changed (deactivated, new role or delegation, password reset): their sockets are told. */
  | { topic: "access"; userId: string };

export type Topic = BusEvent["topic"];
export type EventOf<T extends Topic> = Extract<BusEvent, { topic: T }>;

export interface BusSubscriber<T extends Topic> {
  onEvent(event: EventOf<T>): void;
  /** Events may have been missed (the transport was down): read the state again. */
  onResync(): void;
}

export interface EventBus {
  /** Resolves once the subscriber is sure to hear everything published from then on. */
  subscribe<T extends Topic>(topic: T, subscriber: BusSubscriber<T>): Promise<() => void>;
  close(): Promise<void>;
}

const TOPICS: ReadonlySet<string> = new Set<Topic>(["stored-change", "thread", "document", "access"]);
const ID_FIELDS: Record<Topic, readonly string[]> = {
  "stored-change": ["documentId"],
  thread: ["documentId", "threadId"],
  document: ["documentId"],
  access: ["userId"],
};

/** A payload as received, checked: the channel is shared, so anything may arrive on it. */
export function parseBusEvent(payload: string | undefined): BusEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(payload ?? "");
  } catch {
    return null;
  }
  if (!value || typeof value !== "object") return null;
  const event = value as Record<string, unknown>;
  if (typeof event.topic !== "string" || !TOPICS.has(event.topic)) return null;
  if (ID_FIELDS[event.topic as Topic].some((field) => typeof event[field] !== "string")) return null;
  return event as BusEvent;
}
