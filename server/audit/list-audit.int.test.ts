// The audit log on real PostgreSQL: who may read it, newest first, pages that follow on without a
// gap, filters by person, draft and action, and the one thing it never shows — acts on another
// delegation's internal comment threads. And a draft's own life, for its history page.
import { toBase64 } from "lib0/buffer";
import { beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { auditQuery } from "../../lib/api/audit";
import { createThreadBody, commentBody } from "../../lib/api/comments";
import { updateDraftBody } from "../../lib/api/documents";
import { ForbiddenError, InvalidInputError, DocumentNotFoundError } from "../../lib/api/errors";
import { parseInput } from "../../lib/api/parse";
import type { SessionUser } from "../../lib/auth/session-user";
import { createThread } from "../comments/create-thread";
import { replyToThread } from "../comments/reply-to-thread";
import type { Database } from "../db/client";
import { updateDraft } from "../documents/update-draft";
import { createTestDatabase } from "../test-support/test-database";
import { sessionUser } from "../test-support/session-user";
import { draftLifecycle } from "./draft-lifecycle";
import { listAudit } from "./list-audit";
import { recordAudit } from "./record-audit";

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

const query = (value: Record<string, string>) => parseInput(auditQuery, value);

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  draftId = (await db.document.findUniqueOrThrow({ where: { symbol: "CICA/SWG/2022/3" } })).id;
  for (const name of ["kz", "ru", "chair", "secretariat", "observer"])
    users[name] = await sessionUser(db, `${name}@concord.test`);
});

describe("listAudit", () => {
  it("is for the secretariat and the chair: delegates and observers are refused", async () => {
    expect((await listAudit(db, users.secretariat!)).entries.length).toBeGreaterThan(0);
    expect((await listAudit(db, users.chair!)).entries.length).toBeGreaterThan(0);
    await expect(listAudit(db, users.kz!)).rejects.toThrow(ForbiddenError);
    await expect(listAudit(db, users.observer!)).rejects.toThrow(ForbiddenError);
  });

  it("shows the newest act first, with who did it and to which draft, in pages that follow on", async () => {
    await updateDraft(db, users.secretariat!, draftId, parseInput(updateDraftBody, { stage: "SOC", closed: true }));
    const first = await listAudit(db, users.chair!, query({ limit: "1" }));
    expect(first.entries).toEqual([
      {
        id: expect.stringMatching(/^\d+$/),
        at: expect.stringMatching(/^\d{4}-/),
        action: "document.close",
        actor: { id: users.secretariat!.id, name: users.secretariat!.name, role: "SECRETARIAT", memberState: null },
        document: { id: draftId, title: expect.any(String), symbol: "CICA/SWG/2022/3" },
        details: { from: null, to: expect.stringMatching(/^\d{4}-/) },
      },
    ]);
    const second = await listAudit(db, users.chair!, query({ limit: "1", before: first.next! }));
    expect(second.entries.map((entry) => entry.action)).toEqual(["document.stage"]);

    // Walking every page gives every entry once, newest first, and ends with next: null.
    const seen: string[] = [];
    let before: string | null = null;
    do {
      const page = await listAudit(db, users.secretariat!, query(before ? { before, limit: "2" } : { limit: "2" }));
      seen.push(...page.entries.map((entry) => entry.id));
      before = page.next;
    } while (before);
    expect(seen).toHaveLength(await db.auditEntry.count());
    expect([...seen].sort((a, b) => Number(b) - Number(a))).toEqual(seen);
  });

  it("filters by person, draft and action, together", async () => {
    await recordAudit(db, { actorId: users.kz!.id, action: "auth.sign-in", details: { clientAddress: "10.0.0.1" } });
    const signIns = await listAudit(db, users.secretariat!, query({ actor: users.kz!.id, action: "auth.sign-in" }));
    expect(signIns.entries.map((entry) => [entry.action, entry.actor?.id, entry.document])).toEqual([
      ["auth.sign-in", users.kz!.id, null],
    ]);
    const onDraft = await listAudit(db, users.secretariat!, query({ document: draftId }));
    expect(onDraft.entries.length).toBeGreaterThanOrEqual(3); // tabled, moved, closed
    expect(onDraft.entries.every((entry) => entry.document?.id === draftId)).toBe(true);
    const closes = await listAudit(
      db,
      users.secretariat!,
      query({ document: draftId, action: "document.close", actor: "" }),
    );
    expect(closes.entries.map((entry) => entry.action)).toEqual(["document.close"]);
    expect((await listAudit(db, users.secretariat!, query({ action: "no.such-act" }))).entries).toEqual([]);
  });

  it("never shows acts on another delegation's internal threads, not even that one was opened", async () => {
    await updateDraft(db, users.secretariat!, draftId, parseInput(updateDraftBody, { closed: false }));
    const thread = (visibility: string) =>
      parseInput(createThreadBody, { visibility, anchor: anchor(), quote: "Recognizing", body: "A word on PP1" });
    const internal = await createThread(db, users.kz!, draftId, thread("internal"));
    await replyToThread(db, users.kz!, internal.id, parseInput(commentBody, { body: "Ask the capital" }));
    const open = await createThread(db, users.ru!, draftId, thread("public"));

    const threadIds = async (user: SessionUser) =>
      (await listAudit(db, user, query({ document: draftId }))).entries.flatMap((entry) =>
        typeof entry.details?.threadId === "string" ? [entry.details.threadId] : [],
      );
    for (const reader of [users.chair!, users.secretariat!]) {
      const ids = await threadIds(reader);
      expect(ids).toContain(open.id);
      expect(ids).not.toContain(internal.id);
    }
  });

  it("says what is wrong with a bad filter (400)", () => {
    expect(() => query({ actor: "kz" })).toThrow(InvalidInputError);
    expect(() => query({ actor: "kz" })).toThrow("actor (the person) is an id, as the lists give it.");
    expect(() => query({ document: "1; DROP" })).toThrow("document (the draft) is an id, as the lists give it.");
    expect(() => query({ before: "-1" })).toThrow("before is the next cursor of a page, a whole number.");
    expect(() => query({ limit: "500" })).toThrow("limit is a whole number from 1 to 200.");
  });
});

describe("draftLifecycle", () => {
  it("lists a draft's life for everyone who reads it, newest first, and nothing else", async () => {
    const life = await draftLifecycle(db, users.observer!, draftId);
    expect(life.map((entry) => entry.action)).toEqual([
      "document.reopen",
      "document.close",
      "document.stage",
      "document.create",
    ]);
    await expect(draftLifecycle(db, users.kz!, "00000000-0000-0000-0000-000000000000")).rejects.toThrow(
      DocumentNotFoundError,
    );
  });
});
