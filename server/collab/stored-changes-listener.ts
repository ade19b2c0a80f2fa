// Hears the changes other processes store in a draft's update log (server-change.ts) and has the
// room of this collaboration server, if the draft is open here, take them in. One LISTEN
// connection per collaboration server; a lost connection is re-established with a back-off, and
// on every (re)connection the open rooms catch up, so nothing announced meanwhile is missed.
import pg from "pg";
import { STORED_CHANGES_CHANNEL } from "./server-change";

export interface StoredChangesListener {
  close(): Promise<void>;
}

export function listenForStoredChanges(
  databaseUrl: string,
  onChange: (documentId: string | null) => void,
  log: (line: string) => void,
): StoredChangesListener {
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;

  const connect = async () => {
    if (closed) return;
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on("notification", (message) => onChange(message.payload ?? null));
    next.on("error", (error) => {
      log(`Listening for stored changes failed (${error.message}); reconnecting.`);
      if (client === next) client = null;
      void next.end().catch(() => {});
      schedule();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${STORED_CHANGES_CHANNEL}`);
    } catch (error) {
      log(`Could not listen for stored changes (${(error as Error).message}); retrying.`);
      void next.end().catch(() => {});
      schedule();
      return;
    }
    if (closed) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
    onChange(null); // whatever was announced while nobody listened
  };

  const schedule = () => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, 1000);
    retry.unref();
  };

  void connect();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => {});
      client = null;
    },
  };
}
