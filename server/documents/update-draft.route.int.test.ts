// PATCH /api/documents/{id} and GET /api/audit as HTTP answers, on real PostgreSQL: the route's
// statuses (401, 403 for every role but the one allowed, 400 with the schema's message, 409, 404)
// and its 200 with the draft as GET /api/documents/{id} gives it. The session is a real signed
// next-auth cookie read by the real session check; only what Next.js hands a route at run time
// (the request's cookies, next/headers) is supplied here.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { sessionUser } from "../test-support/session-user";
import { serveRoutesFrom, sessionCookie } from "../test-support/route-session";
import { createTestDatabase } from "../test-support/test-database";

const request = vi.hoisted(() => ({ cookie: "" }));
vi.mock("server-only", () => ({}));
vi.mock("next/headers", async () => (await import("../test-support/route-session")).nextHeaders(request));

const { PATCH, GET } = await import("../../app/api/documents/[id]/route");
const audit = await import("../../app/api/audit/route");

let db: Database;
let draftId: string;
let otherSymbol: string;
const users: Record<string, SessionUser> = {};

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  serveRoutesFrom(db);
  for (const name of ["secretariat", "chair", "kz", "observer"])
    users[name] = await sessionUser(db, `${name}@concord.test`);
  draftId = (await db.document.findUniqueOrThrow({ where: { symbol: "CICA/SWG/2022/1" } })).id;
  otherSymbol = "CICA/SWG/2022/3";
});

/** The request's cookie: signed in as `as`, or none. */
async function signIn(as: SessionUser | null): Promise<void> {
  request.cookie = as ? await sessionCookie(as) : "";
}

const patch = async (as: SessionUser | null, body: string, id = draftId) => {
  await signIn(as);
  return PATCH(
    new Request(`http://app.test/api/documents/${id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body,
    }),
    { params: Promise.resolve({ id }) },
  );
};
const readAudit = async (as: SessionUser | null, query = "") => {
  await signIn(as);
  return audit.GET(new Request(`http://app.test/api/audit${query}`), { params: Promise.resolve({}) });
};

describe("PATCH /api/documents/{id}", () => {
  it("answers 401 without a session and 403 to every role but the secretariat, changing nothing", async () => {
    const count = await db.auditEntry.count();
    expect((await patch(null, '{"closed":true}')).status).toBe(401);
    for (const name of ["chair", "kz", "observer"]) {
      const answer = await patch(users[name]!, '{"closed":true}');
      expect(answer.status).toBe(403);
      expect(await answer.json()).toEqual({ error: "forbidden", message: "Your role may not manage this draft." });
    }
    expect(await db.auditEntry.count()).toBe(count);
  });

  it("answers 400 with what is wrong, 409 for a symbol in use, 404 for an unknown draft", async () => {
    const bad = await patch(users.secretariat!, '{"symbol":"   "}');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "invalid", message: "A symbol cannot be empty." });
    expect((await patch(users.secretariat!, "not json")).status).toBe(400);
    const taken = await patch(users.secretariat!, JSON.stringify({ symbol: otherSymbol }));
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({ error: "conflict", message: expect.stringContaining(otherSymbol) });
    const unknown = "00000000-0000-0000-0000-000000000000";
    expect((await patch(users.secretariat!, '{"closed":true}', unknown)).status).toBe(404);
  });

  it("answers 200 with the draft as GET gives it, the change made and audited", async () => {
    const answer = await patch(
      users.secretariat!,
      JSON.stringify({ title: "Astana Statement", stage: "SOC", meeting: "SOC, 4–5 October 2026", closed: true }),
    );
    expect(answer.status).toBe(200);
    const body = await answer.json();
    await signIn(users.observer!);
    const read = await (
      await GET(new Request(`http://app.test/api/documents/${draftId}`), { params: Promise.resolve({ id: draftId }) })
    ).json();
    expect(body).toEqual(read);
    expect(body).toMatchObject({
      title: "Astana Statement",
      stage: "SOC",
      meeting: "SOC, 4–5 October 2026",
      closedAt: expect.stringMatching(/^\d{4}-/),
      archivedAt: null,
    });
    expect(body.paragraphs.length).toBeGreaterThan(0);
    const acts = await db.auditEntry.findMany({
      where: { documentId: draftId, actorId: users.secretariat!.id },
      orderBy: { id: "asc" },
    });
    expect(acts.map((act) => act.action)).toEqual([
      "document.create", // the demo forum's seed
      "document.rename",
      "document.stage",
      "document.meeting",
      "document.close",
    ]);
  });
});

describe("GET /api/audit", () => {
  it("answers the chair and the secretariat, refuses delegates and observers (403) and strangers (401)", async () => {
    expect((await readAudit(null)).status).toBe(401);
    for (const name of ["kz", "observer"]) expect((await readAudit(users[name]!)).status).toBe(403);
    for (const name of ["chair", "secretariat"]) {
      const answer = await readAudit(users[name]!, `?document=${draftId}&limit=2`);
      expect(answer.status).toBe(200);
      const page = await answer.json();
      expect(page.entries.map((entry: { action: string }) => entry.action)).toEqual([
        "document.close",
        "document.meeting",
      ]);
      expect(page.next).toMatch(/^\d+$/);
    }
    const bad = await readAudit(users.chair!, "?limit=0");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "invalid", message: "limit is a whole number from 1 to 200." });
  });
});
