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
import { ThreadEventHub } from "./thread-events";

let db: Database;
let url: string;
let draftId: string;
let hub: ThreadEventHub;
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
  hub = new ThreadEventHub(db, url);
  draftId = (await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/1" } })).id;
  for (const email of ["kz", "kz2", "ru", "observer"]) {
    const user = await db.user.findUniqueOrThrow({ where: { email: `${email}@concord.test` } });
    users[email] = { ...user, memberStateName: null };
  }
});
afterAll(() => hub.close());

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
});
