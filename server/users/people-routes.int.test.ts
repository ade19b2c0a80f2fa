// The people routes as a browser or a script meets them, against a real PostgreSQL: the real
// route wrapper, the real session check (a signed next-auth cookie, its session version read
// from the database), the real operations. Only what Next.js gives a route at run time is
// supplied here: the request's cookies (next/headers).
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../lib/auth/session-user";
import type { Database } from "../db/client";
import { serveRoutesFrom, sessionCookie } from "../test-support/route-session";
import { createTestDatabase } from "../test-support/test-database";
import { sessionUser } from "../test-support/session-user";

const request = vi.hoisted(() => ({ cookie: "" }));
vi.mock("server-only", () => ({}));
vi.mock("next/headers", async () => (await import("../test-support/route-session")).nextHeaders(request));

const users = await import("../../app/api/users/route");
const importRoute = await import("../../app/api/users/import/route");
const person = await import("../../app/api/users/[id]/route");
const reset = await import("../../app/api/users/[id]/invitation/route");
const invitation = await import("../../app/api/invitations/[token]/route");
const account = await import("../../app/api/account/password/route");

let db: Database;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  serveRoutesFrom(db);
});
beforeEach(() => {
  request.cookie = "";
});

/** Signs in as next-auth would: a session cookie carrying the user and their session version now. */
async function as(email: string): Promise<SessionUser> {
  const user = await sessionUser(db, email);
  request.cookie = await sessionCookie(user);
  return user;
}

const context = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });
const json = (method: string, url: string, body: unknown) =>
  new Request(`http://app.test${url}`, {
    method,
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
const csv = (text: string, type = "text/csv") =>
  new Request("http://app.test/api/users/import", { method: "POST", body: text, headers: { "content-type": type } });
const newPerson = (email: string) => ({ name: "New Person", email, role: "DELEGATE", memberState: "KZ" });

async function createdBySecretariat(email: string) {
  await as("secretariat@concord.test");
  const response = await users.POST(json("POST", "/api/users", newPerson(email)), context());
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; invitation: { url: string; expiresAt: string } };
}

describe("without a session", () => {
  it("answers 401 on every people route but the invitation's", async () => {
    const kz = await sessionUser(db, "kz@concord.test");
    const answers = await Promise.all([
      users.GET(new Request("http://app.test/api/users"), context()),
      users.POST(json("POST", "/api/users", newPerson("a@t.test")), context()),
      importRoute.POST(csv("name,email,role,state\nA,a@t.test,observer,"), context()),
      person.PATCH(json("PATCH", `/api/users/${kz.id}`, { active: false }), context({ id: kz.id })),
      reset.POST(
        new Request(`http://app.test/api/users/${kz.id}/invitation`, { method: "POST" }),
        context({ id: kz.id }),
      ),
      account.POST(json("POST", "/api/account/password", { current: "concord", password: "x".repeat(12) }), context()),
    ]);
    expect(answers.map((response) => response.status)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(await db.user.count({ where: { email: "a@t.test" } })).toBe(0);
  });
});

describe("who may", () => {
  it("lets the secretariat and the chair read the list, with its filters, and refuses the others", async () => {
    for (const email of ["secretariat@concord.test", "chair@concord.test"]) {
      await as(email);
      const response = await users.GET(new Request("http://app.test/api/users?q=&role=DELEGATE&state=kz"), context());
      expect(response.status).toBe(200);
      const list = (await response.json()) as { email: string; memberState: string }[];
      expect(list.map((entry) => entry.email).sort()).toEqual(["kz2@concord.test", "kz@concord.test"]);
    }
    for (const email of ["kz@concord.test", "observer@concord.test"]) {
      await as(email);
      expect((await users.GET(new Request("http://app.test/api/users"), context())).status).toBe(403);
    }
  });

  it("refuses every write to every role but the secretariat (403), changing nothing", async () => {
    const target = await sessionUser(db, "ru@concord.test");
    for (const email of ["chair@concord.test", "kz@concord.test", "observer@concord.test"]) {
      await as(email);
      const answers = await Promise.all([
        users.POST(json("POST", "/api/users", newPerson(`by-${email}`)), context()),
        importRoute.POST(csv(`name,email,role,state\nA,csv-${email},observer,`), context()),
        person.PATCH(json("PATCH", `/api/users/${target.id}`, { active: false }), context({ id: target.id })),
        reset.POST(new Request("http://app.test/x", { method: "POST" }), context({ id: target.id })),
      ]);
      expect(
        answers.map((response) => response.status),
        email,
      ).toEqual([403, 403, 403, 403]);
      expect((await answers[0]!.json()).error).toBe("forbidden");
    }
    expect(await db.user.count({ where: { email: { contains: "by-" } } })).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      active: true,
      sessionVersion: target.sessionVersion,
    });
  });
});

describe("the secretariat's routes", () => {
  it("creates a person: 201 with the invitation link on the request's origin", async () => {
    const created = await createdBySecretariat("route-new@kz.test");
    expect(created).toMatchObject({ email: "route-new@kz.test", role: "DELEGATE", memberState: "KZ", active: true });
    expect(created.invitation.url).toMatch(/^http:\/\/app\.test\/invitations\/[A-Za-z0-9_-]+$/);
    const again = await users.POST(json("POST", "/api/users", newPerson("route-new@kz.test")), context());
    expect(again.status).toBe(409);
    const bad = await users.POST(json("POST", "/api/users", { ...newPerson("b@t.test"), role: "KING" }), context());
    expect(bad.status).toBe(400);
  });

  it("imports a CSV (201), names every bad line (400), and refuses another media type (415) or more than 1 MB (413)", async () => {
    await as("secretariat@concord.test");
    const good = await importRoute.POST(
      csv("name,email,role,state\nA,csv-a@t.test,observer,\nB,csv-b@kz.test,delegate,KZ\n"),
      context(),
    );
    expect(good.status).toBe(201);
    const body = (await good.json()) as { created: unknown[]; invitations: { url: string }[] };
    expect(body.created).toHaveLength(2);
    expect(body.invitations[0]!.url).toContain("/invitations/");
    const bad = await importRoute.POST(
      csv("name,email,role,state\nC,csv-c@t.test,observer,\nD,csv-a@t.test,observer,\n"),
      context(),
    );
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: "invalid",
      lines: [{ line: 3, message: expect.stringContaining("already exists") }],
    });
    expect(await db.user.count({ where: { email: "csv-c@t.test" } })).toBe(0);
    expect((await importRoute.POST(csv("name,email,role,state\n", "application/json"), context())).status).toBe(415);
    const huge = "name,email,role,state\n" + "A,a@t.test,observer,\n".repeat(60_000);
    expect((await importRoute.POST(csv(huge), context())).status).toBe(413);
  });

  it("gives a person whose role changed the new role on their next request, without signing them out", async () => {
    const observer = await as("observer@concord.test");
    const observerCookie = request.cookie;
    expect((await users.GET(new Request("http://app.test/api/users"), context())).status).toBe(403);
    await as("secretariat@concord.test");
    const changed = await person.PATCH(
      json("PATCH", `/api/users/${observer.id}`, { role: "CHAIR" }),
      context({ id: observer.id }),
    );
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ role: "CHAIR", memberState: null });
    // The cookie still says "observer"; the account says "chair", and the account is believed.
    request.cookie = observerCookie;
    expect((await users.GET(new Request("http://app.test/api/users"), context())).status).toBe(200);
  });

  it("resets a password: 201 with a new link; 404 for an unknown account", async () => {
    const created = await createdBySecretariat("route-reset@kz.test");
    const answer = await reset.POST(new Request("http://app.test/x", { method: "POST" }), context({ id: created.id }));
    expect(answer.status).toBe(201);
    const link = (await answer.json()) as { url: string; expiresAt: string };
    expect(link.url).not.toBe(created.invitation.url);
    const unknown = await reset.POST(new Request("http://app.test/x", { method: "POST" }), context({ id: "nobody" }));
    expect(unknown.status).toBe(404);
  });
});

describe("POST /api/invitations/{token}", () => {
  const setPassword = (token: string, password: string) =>
    invitation.POST(json("POST", `/api/invitations/${token}`, { password }), context({ token }));

  it("sets the password without a session (204), then refuses the used link (400) and forged ones (404)", async () => {
    const created = await createdBySecretariat("route-invited@kz.test");
    const token = created.invitation.url.split("/invitations/")[1]!;
    request.cookie = "";
    expect((await setPassword(token, "short")).status).toBe(400);
    expect(await (await setPassword(token, "short")).json()).toMatchObject({
      message: "A password needs at least 12 characters.",
    });
    expect((await setPassword(token, "a long enough passphrase")).status).toBe(204);
    const used = await setPassword(token, "another long passphrase");
    expect(used.status).toBe(400);
    expect((await used.json()).message).toContain("already used");
    const forged = await setPassword("A".repeat(43), "a long enough passphrase");
    expect(forged.status).toBe(404);
    expect((await forged.json()).message).toContain("not valid");
  });

  it("refuses an expired link (400) and leaves the account as it was", async () => {
    const created = await createdBySecretariat("route-late@kz.test");
    await db.invitation.updateMany({ where: { userId: created.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    request.cookie = "";
    const answer = await setPassword(created.invitation.url.split("/invitations/")[1]!, "a long enough passphrase");
    expect(answer.status).toBe(400);
    expect((await answer.json()).message).toContain("expired");
    expect((await db.user.findUniqueOrThrow({ where: { id: created.id } })).passwordHash).toBeNull();
  });
});

describe("POST /api/account/password", () => {
  it("changes one's own password (204) and ends the cookie that asked", async () => {
    await as("cn@concord.test");
    const wrong = await account.POST(
      json("POST", "/api/account/password", { current: "nope", password: "a long enough passphrase" }),
      context(),
    );
    expect(wrong.status).toBe(400);
    const answer = await account.POST(
      json("POST", "/api/account/password", { current: "concord", password: "a long enough passphrase" }),
      context(),
    );
    expect(answer.status).toBe(204);
    expect(
      (await account.POST(json("POST", "/api/account/password", { current: "x", password: "y".repeat(12) }), context()))
        .status,
    ).toBe(401);
  });
});
