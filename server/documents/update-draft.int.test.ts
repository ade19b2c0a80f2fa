// A draft's life on real PostgreSQL: the secretariat renames, re-symbols, moves, closes and
// archives a draft; each act is in the audit log with its before and after, the bus hears of it
// once committed, everyone else is refused, and bad input says what is wrong.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError, DocumentNotFoundError, ForbiddenError, InvalidInputError } from "../../lib/api/errors";
import { updateDraftBody } from "../../lib/api/documents";
import { parseInput } from "../../lib/api/parse";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import type { BusEvent } from "../events/bus";
import { PostgresBus } from "../events/postgres-bus";
import { createTestDatabase } from "../test-support/test-database";
import { sessionUser } from "../test-support/session-user";
import { getDocument } from "./get-document";
import { issueCollabTicket } from "./issue-collab-token";
import { listDocuments } from "./list-documents";
import { updateDraft } from "./update-draft";

let db: Database;
let url: string;
let secretariat: SessionUser;
let draftId: string;
let otherId: string;

beforeAll(async () => {
  ({ db, url } = await createTestDatabase());
  secretariat = await sessionUser(db, "secretariat@concord.test");
  draftId = (await db.document.findUniqueOrThrow({ where: { symbol: "CICA/SWG/2022/3" } })).id;
  otherId = (await db.document.findUniqueOrThrow({ where: { symbol: "CICA/SWG/2022/4" } })).id;
});

const patch = (body: unknown) => parseInput(updateDraftBody, body);
const entries = (action: string, documentId = draftId) =>
  db.auditEntry.findMany({ where: { action, documentId }, orderBy: { id: "asc" } });

describe("updateDraft", () => {
  it("renames the draft, changes its symbol, stage and meeting, each act audited with before and after", async () => {
    const before = await getDocument(db, secretariat, draftId);
    await updateDraft(
      db,
      secretariat,
      draftId,
      patch({
        title: "  Astana Statement  ",
        symbol: "CICA/SOC/2026/1",
        stage: "SOC",
        meeting: "SOC, 4–5 October 2026",
      }),
    );
    const after = await getDocument(db, secretariat, draftId);
    expect(after).toMatchObject({
      title: "Astana Statement",
      symbol: "CICA/SOC/2026/1",
      stage: "SOC",
      meeting: "SOC, 4–5 October 2026",
      closedAt: null,
      archivedAt: null,
    });
    const log = await db.auditEntry.findMany({
      where: { documentId: draftId, action: { startsWith: "document." }, NOT: { action: "document.create" } },
      orderBy: { id: "asc" },
    });
    expect(log.map(({ action, actorId, details }) => ({ action, actorId, details }))).toEqual([
      { action: "document.rename", actorId: secretariat.id, details: { from: before.title, to: "Astana Statement" } },
      {
        action: "document.symbol",
        actorId: secretariat.id,
        details: { from: "CICA/SWG/2022/3", to: "CICA/SOC/2026/1" },
      },
      { action: "document.stage", actorId: secretariat.id, details: { from: before.stage, to: "SOC" } },
      { action: "document.meeting", actorId: secretariat.id, details: { from: null, to: "SOC, 4–5 October 2026" } },
    ]);
  });

  it("writes nothing, logs nothing and announces nothing when nothing differs", async () => {
    const count = await db.auditEntry.count();
    await updateDraft(db, secretariat, draftId, patch({ stage: "SOC", title: "Astana Statement" }));
    expect(await db.auditEntry.count()).toBe(count);
  });

  it("clears the meeting with an empty string or null", async () => {
    await updateDraft(db, secretariat, draftId, patch({ meeting: "" }));
    expect((await getDocument(db, secretariat, draftId)).meeting).toBeNull();
    expect((await entries("document.meeting")).at(-1)?.details).toEqual({ from: "SOC, 4–5 October 2026", to: null });
  });

  it("closes the draft: read-only for everyone's ticket, audited; reopens it", async () => {
    const kz = await sessionUser(db, "kz@concord.test");
    const options = { secret: "x".repeat(32), publicUrl: "http://localhost:3000" };
    expect((await issueCollabTicket(db, kz, draftId, options)).canEdit).toBe(true);

    await updateDraft(db, secretariat, draftId, patch({ closed: true }));
    const closed = await getDocument(db, kz, draftId);
    expect(closed.closedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    for (const email of ["kz@concord.test", "chair@concord.test", "secretariat@concord.test"])
      expect((await issueCollabTicket(db, await sessionUser(db, email), draftId, options)).canEdit).toBe(false);
    expect((await entries("document.close")).map((entry) => entry.details)).toEqual([
      { from: null, to: closed.closedAt },
    ]);
    // Closed drafts stay in the list: they are read, not gone.
    expect((await listDocuments(db, kz)).map((draft) => draft.id)).toContain(draftId);

    await updateDraft(db, secretariat, draftId, patch({ closed: false }));
    expect((await getDocument(db, kz, draftId)).closedAt).toBeNull();
    expect((await issueCollabTicket(db, kz, draftId, options)).canEdit).toBe(true);
    expect((await entries("document.reopen")).map((entry) => entry.details)).toEqual([
      { from: closed.closedAt, to: null },
    ]);
  });

  it("archives the draft out of the list, still readable and listed as archived; restores it", async () => {
    const observer = await sessionUser(db, "observer@concord.test");
    await updateDraft(db, secretariat, draftId, patch({ archived: true }));
    expect((await listDocuments(db, observer)).map((draft) => draft.id)).not.toContain(draftId);
    expect((await listDocuments(db, observer, { archived: true })).map((draft) => draft.id)).toEqual([draftId]);
    expect((await getDocument(db, observer, draftId)).archivedAt).toMatch(/^\d{4}-/);
    expect(await entries("document.archive")).toHaveLength(1);

    await updateDraft(db, secretariat, draftId, patch({ archived: false }));
    expect((await listDocuments(db, observer)).map((draft) => draft.id)).toContain(draftId);
    expect(await listDocuments(db, observer, { archived: true })).toEqual([]);
    expect((await entries("document.unarchive"))[0]?.details).toMatchObject({ to: null });
  });

  it("refuses a symbol another draft uses, tabled or as a revision (409), and changes nothing", async () => {
    const other = await db.document.findUniqueOrThrow({ where: { id: otherId } });
    const count = await db.auditEntry.count();
    const refusal = updateDraft(db, secretariat, draftId, patch({ title: "Not this", symbol: other.symbol }));
    await expect(refusal).rejects.toThrow(AppError);
    await expect(refusal).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining(other.title) });

    await db.revision.create({
      data: {
        documentId: otherId,
        kind: "REVISION",
        number: 1,
        symbol: `${other.symbol}/Rev.1`,
        state: new Uint8Array(),
        text: {},
        counts: {},
      },
    });
    await expect(
      updateDraft(db, secretariat, draftId, patch({ symbol: `${other.symbol}/Rev.1` })),
    ).rejects.toMatchObject({ code: "conflict" });
    expect((await getDocument(db, secretariat, draftId)).title).toBe("Astana Statement");
    expect(await db.auditEntry.count()).toBe(count);
  });

  it("refuses every role but the secretariat (403) and writes nothing", async () => {
    const count = await db.auditEntry.count();
    for (const email of ["kz@concord.test", "chair@concord.test", "observer@concord.test"]) {
      const user = await sessionUser(db, email);
      await expect(updateDraft(db, user, draftId, patch({ closed: true }))).rejects.toThrow(ForbiddenError);
    }
    expect((await getDocument(db, secretariat, draftId)).closedAt).toBeNull();
    expect(await db.auditEntry.count()).toBe(count);
  });

  it("answers 404 for an unknown or malformed id", async () => {
    for (const id of ["00000000-0000-0000-0000-000000000000", "nope"])
      await expect(updateDraft(db, secretariat, id, patch({ stage: "SWG" }))).rejects.toThrow(DocumentNotFoundError);
  });

  it("says what is wrong with bad input (400)", () => {
    const cases: [unknown, string][] = [
      [{}, "Say what to change: title, symbol, stage, meeting, closed, archived."],
      [[], "Send an object with any of title, symbol, stage, meeting, closed, archived."],
      [{ colour: "red" }, "A draft has no field colour: change title, symbol, stage, meeting, closed, archived."],
      [{ title: "   " }, "A title cannot be empty."],
      [{ symbol: "" }, "A symbol cannot be empty."],
      [{ symbol: "x".repeat(61) }, "A symbol is at most 60 characters."],
      [{ symbol: "CICA/SWG\n2026/1" }, "A symbol is printable characters only."],
      [{ stage: "PLENARY" }, "A stage is one of DRAFTING, SWG, SOC, ADOPTED."],
      [{ closed: "yes" }, "closed is true or false."],
      [{ archived: 1 }, "archived is true or false."],
      [{ meeting: "m".repeat(201) }, "A meeting is at most 200 characters."],
    ];
    for (const [body, message] of cases) {
      expect(() => patch(body)).toThrow(InvalidInputError);
      expect(() => patch(body)).toThrow(message);
    }
    // Any printable symbol a forum may use, not only CICA's.
    expect(patch({ symbol: "A/RES/78/1 (Draft) — Türkiye" }).symbol).toBe("A/RES/78/1 (Draft) — Türkiye");
  });
});

describe("the bus", () => {
  let events: BusEvent[];
  let close: () => Promise<void>;

  beforeAll(async () => {
    events = [];
    const bus = new PostgresBus(url, { retryMs: 300 });
    await bus.subscribe("document", { onEvent: (event) => events.push(event), onResync: () => {} });
    close = () => bus.close();
  });
  afterAll(() => close());

  it("hears of each change once committed, and of nothing refused or unchanged", async () => {
    await updateDraft(db, secretariat, otherId, patch({ stage: "ADOPTED" }));
    await expect.poll(() => events).toEqual([{ topic: "document", documentId: otherId }]);
    await updateDraft(db, secretariat, otherId, patch({ stage: "ADOPTED" }));
    await expect(
      updateDraft(db, await sessionUser(db, "chair@concord.test"), otherId, patch({ closed: true })),
    ).rejects.toThrow(ForbiddenError);
    await updateDraft(db, secretariat, otherId, patch({ closed: true }));
    await expect.poll(() => events.length).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(events).toHaveLength(2);
  });
});
