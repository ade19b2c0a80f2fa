// The bus (bus.ts) over PostgreSQL LISTEN/NOTIFY: one listening connection per process, opened
// when the first subscriber arrives. A lost connection is re-established with a back-off for as
// long as anyone listens, and every subscriber is then told to resync: NOTIFY keeps nothing for
// a listener that was away.
import pg from "pg";
import { parseBusEvent, type BusEvent, type BusSubscriber, type EventBus, type Topic } from "./bus";
import { BUS_CHANNEL } from "./publish";

export interface PostgresBusOptions {
  log?: (line: string) => void;
  /** Wait between attempts to listen (the database starting, or the connection lost). */
  retryMs?: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one set holds subscribers of every topic
type AnySubscriber = BusSubscriber<any>;

export class PostgresBus implements EventBus {
  private readonly subscribers = new Map<Topic, Set<AnySubscriber>>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private closed = false;
  private readonly log: (line: string) => void;
  private readonly retryMs: number;

  constructor(
    private readonly databaseUrl: string,
    options: PostgresBusOptions = {},
  ) {
    this.log = options.log ?? (() => {});
    this.retryMs = options.retryMs ?? 1000;
  }

  async subscribe<T extends Topic>(topic: T, subscriber: BusSubscriber<T>): Promise<() => void> {
    if (this.closed) throw new Error("The event bus is closed.");
    const set = this.subscribers.get(topic) ?? new Set<AnySubscriber>();
    this.subscribers.set(topic, set);
    set.add(subscriber);
    try {
      await this.listening();
    } catch (error) {
      set.delete(subscriber);
      throw error;
    }
    return () => void set.delete(subscriber);
  }

  /** Whether the process is listening right now (for tests and health). */
  get connected(): boolean {
    return this.client !== null;
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  /** Resolves once listening; until then tries again every `retryMs` (the database may be starting). */
  private listening(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connectWithRetry().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async connectWithRetry(): Promise<void> {
    for (;;) {
      if (this.closed) throw new Error("The event bus is closed.");
      try {
        await this.connect();
        return;
      } catch (error) {
        this.log(`The event bus could not listen (${(error as Error).message}); retrying.`);
        await new Promise((resolve) => setTimeout(resolve, this.retryMs).unref());
      }
    }
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, keepAlive: true });
    client.on("notification", (message) => this.deliver(message.payload));
    // Errors of a client that is not listening any more are expected (we ended it, or it failed
    // to connect): only the loss of the listening connection matters.
    client.on("error", (error) => this.lost(client, error.message));
    client.on("end", () => this.lost(client, "connection ended"));
    try {
      await client.connect();
      await client.query(`LISTEN ${BUS_CHANNEL}`);
    } catch (error) {
      void client.end().catch(() => {});
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
  }

  private lost(client: pg.Client, why: string): void {
    if (this.client !== client || this.closed) return;
    this.client = null;
    void client.end().catch(() => {});
    if (!this.hasSubscribers()) return; // the next subscriber listens again
    this.log(`The event bus lost its database connection (${why}); listening again.`);
    this.listening().then(
      () => this.resyncAll(),
      () => {}, // closed meanwhile
    );
  }

  private hasSubscribers(): boolean {
    for (const set of this.subscribers.values()) if (set.size > 0) return true;
    return false;
  }

  private resyncAll(): void {
    for (const set of this.subscribers.values())
      for (const subscriber of [...set]) guarded(() => subscriber.onResync(), this.log);
  }

  private deliver(payload: string | undefined): void {
    const event: BusEvent | null = parseBusEvent(payload);
    if (!event) return;
    for (const subscriber of [...(this.subscribers.get(event.topic) ?? [])])
      guarded(() => subscriber.onEvent(event), this.log);
  }
}

/** One subscriber's failure must not keep the event from the others. */
function guarded(run: () => void, log: (line: string) => void): void {
  try {
    run();
  } catch (error) {
    log(`An event subscriber failed: ${(error as Error).message}`);
  }
}
