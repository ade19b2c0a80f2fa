// The comment API over HTTP, as any client sees it: status codes, clear errors, and no way to
// reach another delegation's internal threads or to write as an observer.
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { toBase64 } from "lib0/buffer";
import * as Y from "yjs";
import { signInWithApi } from "../support/sign-in";

const baseURL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

async function as(email: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  await signInWithApi(context, email);
  return context;
}

function anchor() {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment("default");
  fragment.insert(0, [new Y.XmlText("text")]);
  const at = (index: number) =>
    toBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(fragment, index)));
  return { start: at(0), end: at(1) };
}

test("threads over HTTP: visibility, roles and errors", async () => {
  const kz = await as("kz@concord.test");
  const ru = await as("ru@concord.test");
  const observer = await as("observer@concord.test");
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const draft = ((await (await kz.get("/api/documents")).json()) as { id: string; symbol: string }[]).find(
    (document) => document.symbol === "CICA/SOC/2022/5",
  )!;
  const threads = `/api/documents/${draft.id}/threads`;

  const internal = await kz.post(threads, {
    data: { visibility: "internal", anchor: anchor(), quote: "q", body: "KZ only" },
  });
  expect(internal.status()).toBe(201);
  const internalId = (await internal.json()).id as string;
  const open = await kz.post(threads, {
    data: { visibility: "public", anchor: anchor(), quote: "q", body: "<b>bold</b>" },
  });
  expect(open.status()).toBe(201);
  expect(open.headers()["content-type"]).toContain("application/json");

  // Russia sees the public thread only, and cannot tell that the internal one exists.
  const seenByRu = (await (await ru.get(threads)).json()) as { id: string }[];
  expect(seenByRu.map((thread) => thread.id)).not.toContain(internalId);
  expect((await ru.post(`/api/threads/${internalId}/comments`, { data: { body: "peek" } })).status()).toBe(404);
  expect((await ru.post(`/api/threads/${internalId}/resolve`)).status()).toBe(404);

  // Observers read public threads and write nothing.
  expect((await observer.get(threads)).status()).toBe(200);
  const refused = await observer.post(threads, {
    data: { visibility: "public", anchor: anchor(), quote: "", body: "hello" },
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error).toBe("forbidden");

  // Clear errors for bad input and unknown things; 401 without a session.
  const empty = await kz.post(threads, { data: { visibility: "public", anchor: anchor(), quote: "", body: "  " } });
  expect(empty.status()).toBe(400);
  expect(await empty.json()).toEqual({ error: "invalid", message: "A comment cannot be empty." });
  expect((await kz.post(threads, { data: "not json", headers: { "content-type": "application/json" } })).status()).toBe(
    400,
  );
  expect((await kz.get("/api/documents/00000000-0000-4000-8000-000000000000/threads")).status()).toBe(404);
  expect((await kz.patch("/api/comments/not-a-uuid", { data: { body: "x" } })).status()).toBe(404);
  expect((await anonymous.get(threads)).status()).toBe(401);

  for (const context of [kz, ru, observer, anonymous]) await context.dispose();
});
