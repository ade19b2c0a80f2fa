import { toBase64 } from "lib0/buffer";
import { beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createThreadBody } from "../../lib/api/comments";
import { DocumentNotFoundError, ForbiddenError, InvalidInputError, ThreadNotFoundError } from "../../lib/api/errors";
import { parseInput } from "../../lib/api/parse";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { createTestDatabase } from "../test-support/test-database";
import { createThread } from "./create-thread";
import { editComment } from "./edit-comment";
import { listThreads } from "./list-threads";
import { replyToThread } from "./reply-to-thread";
import { setThreadResolved } from "./set-thread-resolved";

let db: Database;
let draftId: string;
const users: Record<string, SessionUser> = {};

function anchor() {
  const doc = new Y.Doc();
  const text = doc.getXmlFragment("default");
  text.insert(0, [new Y.XmlText("Recognizing")]);
  const position = (index: number) =>
    toBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, index)));
  return { start: position(0), end: position(1) };
}

const input = (visibility: "public" | "internal", body: string) => ({
  visibility,
  anchor: anchor(),
  quote: "information",
  body,
});

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  draftId = (await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/3" } })).id;
  for (const email of ["kz", "kz2", "ru", "chair", "secretariat", "observer"]) {
    const user = await db.user.findUniqueOrThrow({
      where: { email: `${email}@concord.test` },
      include: { memberState: true },
    });
    users[email] = { ...user, memberStateName: user.memberState?.name ?? null };
  }
});

describe("comment threads", () => {
  it("shows a public thread to every delegation and an internal one only to its own", async () => {
    const open = await createThread(db, users.kz!, draftId, input("public", "KZ proposes to delete this."));
    const internal = await createThread(db, users.kz!, draftId, input("internal", "Capital instructs: hold firm."));
    expect(open).toMatchObject({
      delegation: "KZ",
      delegationName: "Kazakhstan",
      visibility: "public",
      canResolve: true,
    });
    expect(internal.visibility).toBe("internal");

    const ids = async (who: string) => (await listThreads(db, users[who]!, draftId)).map((thread) => thread.id);
    expect(await ids("kz2")).toEqual(expect.arrayContaining([open.id, internal.id]));
    for (const outsider of ["ru", "chair", "secretariat", "observer"]) {
      expect(await ids(outsider)).toContain(open.id);
      expect(await ids(outsider)).not.toContain(internal.id);
    }
  });

  it("takes the delegation from the session, never from the request", async () => {
    // What the route hands the operation: the request as its schema reads it.
    const request = { ...input("public", "Russia's view."), delegation: "KZ" };
    const thread = await createThread(db, users.ru!, draftId, parseInput(createThreadBody, request));
    expect(thread.delegation).toBe("RU");
    const chairs = await createThread(
      db,
      users.chair!,
      draftId,
      input("public", "The chair proposes compromise language."),
    );
    expect(chairs).toMatchObject({ delegation: "CHAIR", delegationName: "Chair" });
  });

  it("refuses observers, empty and over-long bodies, unreadable anchors and unknown drafts", async () => {
    await expect(createThread(db, users.observer!, draftId, input("public", "I observe."))).rejects.toThrow(
      ForbiddenError,
    );
    // Bodies and anchors are refused at the route's edge, before any operation runs.
    const atTheEdge = (request: unknown) => () => parseInput(createThreadBody, request);
    expect(atTheEdge(input("public", "   "))).toThrow("A comment cannot be empty.");
    expect(atTheEdge(input("public", "x".repeat(4001)))).toThrow(/at most 4000/);
    expect(atTheEdge({ ...input("public", "x"), anchor: { start: "!!", end: "??" } })).toThrow(
      "The comment's anchor in the text is not readable.",
    );
    expect(atTheEdge({ body: "x" })).toThrow(InvalidInputError);
    await expect(
      createThread(db, users.kz!, "00000000-0000-4000-8000-000000000000", input("public", "x")),
    ).rejects.toThrow(DocumentNotFoundError);
  });

  it("stores HTML and scripts as the plain text they are", async () => {
    const payload = `<img src=x onerror="alert(1)"><script>alert('RU')</script>`;
    const thread = await createThread(db, users.kz!, draftId, input("public", payload));
    expect(thread.comments[0]!.body).toBe(payload);
    expect((await db.comment.findFirstOrThrow({ where: { threadId: thread.id } })).body).toBe(payload);
  });

  it("lets others reply to a public thread, but not to another delegation's internal one", async () => {
    const open = await createThread(db, users.kz!, draftId, input("public", "Open question."));
    const reply = await replyToThread(db, users.ru!, open.id, { body: "@KZ we can accept." });
    expect(reply.comments.map((comment) => [comment.author.delegation, comment.body])).toEqual([
      ["KZ", "Open question."],
      ["RU", "@KZ we can accept."],
    ]);
    await expect(replyToThread(db, users.observer!, open.id, { body: "me too" })).rejects.toThrow(ForbiddenError);

    const internal = await createThread(db, users.kz!, draftId, input("internal", "Our line."));
    await expect(replyToThread(db, users.ru!, internal.id, { body: "peek" })).rejects.toThrow(ThreadNotFoundError);
    await expect(replyToThread(db, users.chair!, internal.id, { body: "peek" })).rejects.toThrow(ThreadNotFoundError);
    expect((await replyToThread(db, users.kz2!, internal.id, { body: "Agreed." })).comments).toHaveLength(2);
    await expect(replyToThread(db, users.kz!, "not-a-uuid", { body: "x" })).rejects.toThrow(ThreadNotFoundError);
  });

  it("lets only the author edit a comment, and shows that it was edited", async () => {
    const thread = await createThread(db, users.kz!, draftId, input("public", "First wording."));
    const commentId = thread.comments[0]!.id;
    await expect(editComment(db, users.kz2!, commentId, { body: "Hijacked." })).rejects.toThrow(ForbiddenError);
    await expect(editComment(db, users.ru!, commentId, { body: "Hijacked." })).rejects.toThrow(ForbiddenError);
    const edited = await editComment(db, users.kz!, commentId, { body: "Second wording." });
    expect(edited.comments[0]).toMatchObject({ body: "Second wording.", mine: true, editedAt: expect.any(String) });
  });

  it("lets the thread's delegation or the chair resolve and reopen, and nobody else", async () => {
    const thread = await createThread(db, users.kz!, draftId, input("public", "To settle."));
    await expect(setThreadResolved(db, users.ru!, thread.id, true)).rejects.toThrow(ForbiddenError);
    await expect(setThreadResolved(db, users.secretariat!, thread.id, true)).rejects.toThrow(ForbiddenError);
    expect(await setThreadResolved(db, users.kz2!, thread.id, true)).toMatchObject({
      resolved: true,
      resolvedBy: { name: "Second Delegate of Kazakhstan" },
    });
    expect(await setThreadResolved(db, users.chair!, thread.id, false)).toMatchObject({
      resolved: false,
      resolvedBy: null,
    });
    expect(await setThreadResolved(db, users.chair!, thread.id, true)).toMatchObject({ resolved: true });
    const audit = await db.auditEntry.findMany({
      where: { action: { in: ["thread.resolve", "thread.reopen"] }, documentId: draftId },
    });
    expect(audit.length).toBeGreaterThanOrEqual(3);
  });
});
