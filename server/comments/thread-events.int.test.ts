// The live channel filters on the server: an internal thread never travels to another delegation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toBase64 } from "lib0/buffer";
import * as Y from "yjs";
import type { Thread } from "../../lib/comments/thread";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { eventually } from "../test-support/collab-harness";
import { createTestDatabase } from "../test-support/test-database";
import { createThread } from "./create-thread";
import { replyToThread } from "./reply-to-thread";
import { PostgresBus } from "../events/postgres-bus";
import { dropListeners } from "../test-support/drop-listeners";
import { ThreadEventHub } from "./thread-events";

let db: Database;
let url: string;
let draftId: string;
let hub: ThreadEventHub;
let bus: PostgresBus;
const users: Record<string, SessionUser> = {};

const anchor = () => {
  const doc = new Y.Doc();
  const text = doc.getXmlFragment("default");
  text.insert(0, [new Y.XmlText("x")]);
  const position = toBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, 0)));
  return { start: position, end: position };
};

beforeAll(async () => {
  ({ db, url } = await createTestDatabase());
  bus = new PostgresBus(url, { retryMs: 300 });
  hub = new ThreadEventHub(db, bus);
  draftId = (await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/1" } })).id;
  for (const email of ["kz", "kz2", "ru", "observer"]) {
    const user = await db.user.findUniqueOrThrow({ where: { email: `${email}@concord.test` } });
    users[email] = { ...user, memberStateName: null };
  }
});
afterAll(async () => {
  await hub.close();
  await bus.close();
});

describe("ThreadEventHub", () => {
  it("delivers each change to those who may see it, within a second, and to nobody else", async () => {
    const received: Record<string, Thread[]> = { kz2: [], ru: [], observer: [] };
    for (const who of Object.keys(received)) {
      await hub.subscribe(draftId, { viewer: users[who]!, send: (thread) => received[who]!.push(thread) });
    }
    const internal = await createThread(db, users.kz!, draftId, {
      visibility: "internal",
      anchor: anchor(),
      quote: "",
      body: "Our red line.",
    });
    const open = await createThread(db, users.kz!, draftId, {
      visibility: "public",
      anchor: anchor(),
      quote: "",
      body: "For all.",
    });
    await replyToThread(db, users.kz2!, internal.id, { body: "Noted." });

    await eventually(
      () => received.ru!.length === 1 && received.observer!.length === 1 && received.kz2!.length === 3,
      1000,
    );
    await new Promise((resolve) => setTimeout(resolve, 300)); // anything stray would have arrived
    expect(received.ru!.map((thread) => thread.id)).toEqual([open.id]);
    expect(received.observer!.map((thread) => thread.id)).toEqual([open.id]);
    expect(received.observer![0]!.canReply).toBe(false);
    expect(received.kz2!.map((thread) => thread.id)).toEqual([internal.id, open.id, internal.id]);
    expect(received.kz2![2]!.comments.map((comment) => comment.body)).toEqual(["Our red line.", "Noted."]);
    expect(JSON.stringify(received.ru)).not.toContain("red line");
  });

  it("keeps an open channel live after the database connection drops, and catches up on what it missed", async () => {
    const received: Thread[] = [];
    await hub.subscribe(draftId, { viewer: users.ru!, send: (thread) => received.push(thread) });
    expect(await dropListeners(db)).toBeGreaterThan(0);
    // Announced while nobody listens: NOTIFY keeps nothing, the resync brings it.
    const missed = await createThread(db, users.kz!, draftId, {
      visibility: "public",
      anchor: anchor(),
      quote: "",
      body: "Said while the channel was down.",
    });
    await eventually(() => received.some((thread) => thread.id === missed.id), 5000, "the missed thread");
    await eventually(() => bus.connected, 5000, "listening again");
    const later = await replyToThread(db, users.kz!, missed.id, { body: "And after." });
    await eventually(
      () => received.some((thread) => thread.id === later.id && thread.comments.length === 2),
      2000,
      "a change after the reconnection, live",
    );
  });
});
