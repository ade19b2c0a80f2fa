// POST /api/documents on real PostgreSQL: an empty draft, a Word import, its preview, and every
// refusal — with nothing left behind by any of them.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import {
  encryptedDocx,
  legacyDoc,
  macroEnabledDocx,
  oversizedDocx,
  truncatedDocx,
  zipBomb,
} from "../test-support/docx-fixtures/bad-files";
import { bracketedText, emptyDocument, unResolution } from "../test-support/docx-fixtures/build";
import { sessionUser } from "../test-support/session-user";
import { createTestDatabase } from "../test-support/test-database";

const holder = vi.hoisted(() => ({ db: null as Database | null, user: null as SessionUser | null }));
vi.mock("../auth/current-user", () => ({ currentUser: async () => holder.user }));
vi.mock("../db/client", async (original) => ({ ...(await original<object>()), db: () => holder.db }));

const { POST } = await import("../../app/api/documents/route");

let db: Database;
const users: Record<string, SessionUser> = {};
beforeAll(async () => {
  ({ db } = await createTestDatabase());
  holder.db = db;
  for (const email of ["secretariat", "chair", "kz", "observer"])
    users[email] = await sessionUser(db, `${email}@concord.test`);
});
beforeEach(() => {
  holder.user = users.secretariat!;
});

const context = { params: Promise.resolve({}) };
const json = (body: unknown, query = "") =>
  POST(
    new Request(`http://app.test/api/documents${query}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    context,
  );
const upload = (file: Buffer | null, fields: Record<string, string> = {}, query = "", name = "zero-draft.docx") => {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  if (file) form.set("file", new Blob([new Uint8Array(file)]), name);
  return POST(new Request(`http://app.test/api/documents${query}`, { method: "POST", body: form }), context);
};
const counts = async () => ({
  documents: await db.document.count(),
  states: await db.documentState.count(),
  audit: await db.auditEntry.count(),
});
const year = new Date().getUTCFullYear();

describe("POST /api/documents", () => {
  it("creates an empty draft with the next symbol of the forum's pattern, ready to edit, audited", async () => {
    const response = await json({
      title: "Concept Paper on Energy Security",
      kind: "CONCEPT_PAPER",
      stage: "DRAFTING",
      meeting: "SWG, 3 March",
    });
    expect(response.status).toBe(201);
    const draft = await response.json();
    expect(draft).toMatchObject({
      title: "Concept Paper on Energy Security",
      symbol: `CICA/SWG/${year}/1`,
      kind: "CONCEPT_PAPER",
      stage: "DRAFTING",
      language: "en",
      revision: null,
    });
    expect(draft.paragraphs).toHaveLength(1);
    expect(draft.paragraphs[0].text).toBe("");
    const stored = await db.document.findUniqueOrThrow({ where: { id: draft.id }, include: { liveState: true } });
    expect(stored.meeting).toBe("SWG, 3 March");
    expect(stored.liveState).not.toBeNull();
    const audit = await db.auditEntry.findFirstOrThrow({ where: { documentId: draft.id } });
    expect(audit).toMatchObject({ action: "document.create", actorId: users.secretariat!.id });
    // The next one takes the next number.
    const next = await json({ title: "Second", kind: "STATEMENT", stage: "SWG" });
    expect((await next.json()).symbol).toBe(`CICA/SWG/${year}/2`);
  });

  it("imports a Word document: 201 with its paragraphs numbered, holders kept, the import audited", async () => {
    const response = await upload(await bracketedText(), {
      kind: "PLAN_OF_ACTION",
      stage: "SWG",
      symbol: "CICA/SWG/2026/77",
    });
    expect(response.status).toBe(201);
    const draft = await response.json();
    expect(draft.title).toBe("Draft Plan of Action on Counter-Terrorism");
    expect(draft.symbol).toBe("CICA/SWG/2026/77");
    expect(draft.paragraphs.map((paragraph: { number: string }) => paragraph.number)).toEqual([
      "PP1",
      "PP2",
      "OP1",
      "OP2",
      "OP3",
      "OP4",
      "OP4 (a)",
      "OP4 (b)",
    ]);
    expect(draft.paragraphs[2]).toMatchObject({
      text: "Decide to [combat] [counter] terrorism in all its forms;",
      brackets: [
        { text: "combat", states: ["RU"] },
        { text: "counter", states: ["KZ", "TR"] },
      ],
    });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { documentId: draft.id } });
    expect(audit.action).toBe("document.import");
    expect(audit.details).toMatchObject({
      fileName: "zero-draft.docx",
      paragraphs: 8,
      warnings: 0,
      symbol: "CICA/SWG/2026/77",
    });
  });

  it("previews an import (200 { paragraphs, warnings }) and creates nothing", async () => {
    const before = await counts();
    const response = await upload(await unResolution(), {}, "?preview=1");
    expect(response.status).toBe(200);
    const preview = await response.json();
    expect(preview.title).toBe("Cooperation in the Field of Security of and in the Use of ICTs");
    expect(preview.paragraphs.map((paragraph: { number: string | null }) => paragraph.number)).toEqual([
      null,
      "PP1",
      "PP2",
      "PP3",
      "PP4",
      "OP1",
      "OP2",
      "OP2 (a)",
      "OP2 (b)",
      "OP2 (b) (i)",
      "OP2 (b) (ii)",
      "OP3",
    ]);
    expect(preview.warnings).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it("answers 409 for a symbol in use, and creates nothing", async () => {
    const before = await counts();
    const response = await json({ title: "Copy", symbol: "CICA/SWG/2022/3", kind: "STATEMENT", stage: "SWG" });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({
      error: "conflict",
      message: expect.stringContaining("CICA/SWG/2022/3 is already used"),
    });
    expect(
      (await upload(await unResolution(), { symbol: "CICA/SWG/2022/3", kind: "STATEMENT", stage: "SWG" })).status,
    ).toBe(409);
    expect(await counts()).toEqual(before);
  });

  it("refuses bad input with a message naming the problem, and creates nothing", async () => {
    const before = await counts();
    const fields = { kind: "STATEMENT", stage: "SWG" };
    const refusals: [Promise<Response>, number, RegExp][] = [
      [upload(await truncatedDocx(), fields), 400, /^The file is damaged/],
      [upload(encryptedDocx(), fields), 400, /^The file is encrypted/],
      [upload(legacyDoc(), fields, "", "old.docx"), 400, /Word 97–2003 document \(\.doc\)/],
      [upload(await macroEnabledDocx(), fields), 400, /macro-enabled Word document \(\.docm\)/],
      [upload(await zipBomb(), fields), 400, /more than a Word document ever holds/],
      [upload(await emptyDocument(), fields), 400, /^The document is empty/],
      [upload(await oversizedDocx(), fields), 413, /^The file is larger than 10 MB/],
      [upload(await unResolution(), { kind: "SONNET", stage: "SWG" }), 400, /kind is one of/],
      [upload(await unResolution(), { ...fields, language: "fr" }), 400, /not one of the forum's working languages/],
      [upload(null, fields), 400, /Attach the Word document/],
      [json({ title: "", kind: "STATEMENT", stage: "SWG" }), 400, /needs a title/],
      [json({ kind: "STATEMENT", stage: "SWG" }), 400, /needs a title/],
      [json({ title: "T", symbol: "x".repeat(61), kind: "STATEMENT", stage: "SWG" }), 400, /at most 60 characters/],
      [json({ title: "T", kind: "STATEMENT", stage: "SWG" }, "?preview=1"), 400, /A preview needs a Word document/],
    ];
    for (const [answer, status, message] of refusals) {
      const response = await answer;
      const body = await response.json();
      expect([response.status, body.message], String(message)).toEqual([status, expect.stringMatching(message)]);
    }
    expect(await counts()).toEqual(before);
  }, 60_000);

  it("is the secretariat's alone: 401 without a session, 403 for every other role", async () => {
    const before = await counts();
    holder.user = null;
    expect((await json({ title: "T", kind: "STATEMENT", stage: "SWG" })).status).toBe(401);
    expect((await upload(await unResolution(), {}, "?preview=1")).status).toBe(401);
    for (const role of ["chair", "kz", "observer"]) {
      holder.user = users[role]!;
      const refused = await json({ title: "T", kind: "STATEMENT", stage: "SWG" });
      expect(refused.status, role).toBe(403);
      expect(await refused.json()).toMatchObject({ error: "forbidden" });
      expect((await upload(await unResolution(), { kind: "STATEMENT", stage: "SWG" })).status, role).toBe(403);
      expect((await upload(await unResolution(), {}, "?preview=1")).status, role).toBe(403);
    }
    expect(await counts()).toEqual(before);
  });
});
