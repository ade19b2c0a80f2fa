import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "../../lib/api/errors";
import type { SessionUser } from "../../lib/auth/session-user";
import { route } from "./route";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("../auth/current-user", () => ({ currentUser: async () => session.user }));

const delegate: SessionUser = {
  id: "u1",
  email: "kz@concord.test",
  name: "Delegate",
  role: "DELEGATE",
  memberStateCode: "KZ",
  memberStateName: "Kazakhstan",
};
const chair: SessionUser = { ...delegate, id: "u2", role: "CHAIR", memberStateCode: null, memberStateName: null };

const context = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });
const post = (body: string, contentType: string | null = "application/json") =>
  new Request("http://app.test/api/x?to=live&to=Rev.1", {
    method: "POST",
    body,
    headers: contentType ? { "content-type": contentType } : {},
  });

const echo = route(
  {
    action: "renumber",
    params: z.object({ id: z.string() }),
    query: z.object({ to: z.string() }),
    body: z.object({ note: z.string().max(3, "A note is at most 3 characters.") }),
    status: 201,
  },
  ({ user, params, query, body }) => ({ user: user.id, id: params.id, to: query.to, note: body.note }),
);

beforeEach(() => {
  session.user = chair;
});

describe("route", () => {
  it("hands the handler the user and its parsed input, and answers its data as JSON", async () => {
    const response = await echo(post('{"note":"ok","extra":1}'), context({ id: "d1" }));
    expect(response.status).toBe(201);
    // The first value of a repeated query parameter, as URLSearchParams.get reads it.
    expect(await response.json()).toEqual({ user: "u2", id: "d1", to: "live", note: "ok" });
  });

  it("answers 401 without a session, 403 when the role may not, before reading any input", async () => {
    session.user = null;
    const anonymous = await echo(post("{nope"), context({ id: "d1" }));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: "unauthenticated", message: "Sign in first." });
    session.user = delegate;
    const refused = await echo(post("{nope"), context({ id: "d1" }));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: "forbidden" });
  });

  it("says what is wrong with the input: 400 with the schema's message, 415 for a body not sent as JSON", async () => {
    const invalid = await echo(post('{"note":"too long"}'), context({ id: "d1" }));
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toEqual({ error: "invalid", message: "A note is at most 3 characters." });
    expect((await echo(post('{"note":"ok"}', "text/plain"), context({ id: "d1" }))).status).toBe(415);
    expect((await echo(post('{"note":"a\\u0000"}'), context({ id: "d1" }))).status).toBe(400);
  });

  it("answers an AppError with its status and extra fields, nothing as 204, a Response as it is", async () => {
    const conflict = route({}, () => {
      throw new AppError("brackets-remain", "Brackets remain in OP5.", { paragraphs: ["OP5"] });
    });
    const answer = await conflict(new Request("http://app.test/api/x"), context());
    expect(answer.status).toBe(409);
    expect(await answer.json()).toEqual({
      error: "brackets-remain",
      message: "Brackets remain in OP5.",
      paragraphs: ["OP5"],
    });
    expect((await route({}, () => undefined)(new Request("http://app.test/api/x"), context())).status).toBe(204);
    const own = route({}, () => new Response("text", { status: 202 }));
    expect((await own(new Request("http://app.test/api/x"), context())).status).toBe(202);
  });
});
