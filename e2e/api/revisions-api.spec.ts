// The revisions API over HTTP, as any client sees it: who may issue and restore, what a revision
// holds, that nothing changes one once issued, and clear errors.
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { signInWithApi } from "../support/sign-in";

const baseURL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const TITLE = /^Regulations of the CICA Fund/;

async function as(email: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  await signInWithApi(context, email);
  return context;
}

test("revisions over HTTP: issue, read, compare roles, immutability and errors", async () => {
  const secretariat = await as("secretariat@concord.test");
  const kz = await as("kz@concord.test");
  const observer = await as("observer@concord.test");
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const drafts = (await (await kz.get("/api/documents")).json()) as { id: string; title: string; symbol: string }[];
  const draft = drafts.find((candidate) => TITLE.test(candidate.title))!;
  const revisions = `/api/documents/${draft.id}/revisions`;

  expect((await anonymous.get(revisions)).status()).toBe(401);
  expect((await kz.post(revisions, { data: {} })).status()).toBe(403);
  expect((await observer.post(revisions, { data: {} })).status()).toBe(403);
  const tooLong = await secretariat.post(revisions, { data: { label: "x".repeat(201) } });
  expect(tooLong.status()).toBe(400);
  expect((await tooLong.json()).error).toBe("invalid");

  const issued = await secretariat.post(revisions, { data: { label: "After SOC", meeting: "SOC, 4–5 October 2022" } });
  expect(issued.status()).toBe(201);
  const rev1 = await issued.json();
  expect(rev1).toMatchObject({
    kind: "revision",
    number: 1,
    name: "Rev.1",
    label: "After SOC",
    meeting: "SOC, 4–5 October 2022",
    symbol: `${draft.symbol}/Rev.1`,
    createdBy: { role: "SECRETARIAT" },
  });
  // The symbol follows the revision everywhere.
  const listed = (await (await kz.get("/api/documents")).json()) as { id: string; symbol: string; revision: number }[];
  expect(listed.find((candidate) => candidate.id === draft.id)).toMatchObject({
    symbol: `${draft.symbol}/Rev.1`,
    revision: 1,
  });

  // Everyone who reads the draft reads its revisions.
  const timeline = (await (await observer.get(revisions)).json()) as { name: string }[];
  expect(timeline.map((entry) => entry.name)).toContain("Rev.1");
  const fetched = await (await observer.get(`${revisions}/Rev.1`)).json();
  expect(fetched.revision.id).toBe(rev1.id);
  expect(fetched.text.paragraphs.length).toBeGreaterThan(5);
  expect((await (await observer.get(`${revisions}/${rev1.id}`)).json()).revision.name).toBe("Rev.1");
  const live = await (await observer.get(`${revisions}/live`)).json();
  expect(live.revision).toBeNull();
  expect(live.text.paragraphs.map((p: { id: string }) => p.id)).toEqual(
    fetched.text.paragraphs.map((p: { id: string }) => p.id),
  );

  // No route changes a revision.
  for (const method of ["PUT", "PATCH", "DELETE"] as const) {
    const response = await secretariat.fetch(`${revisions}/Rev.1`, { method, data: { label: "Rewritten" } });
    expect(response.status()).toBe(405);
  }
  expect((await (await observer.get(`${revisions}/Rev.1`)).json()).revision.label).toBe("After SOC");

  // Unknown things are 404s that say what was not found.
  const unknown = await kz.get(`${revisions}/Rev.7`);
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).message).toContain("Rev.7");
  expect((await kz.get(`/api/documents/00000000-0000-4000-8000-000000000000/revisions`)).status()).toBe(404);

  // Restore: chair and secretariat only; the live text cannot be restored onto itself.
  expect((await kz.post(`${revisions}/Rev.1/restore`)).status()).toBe(403);
  expect((await secretariat.post(`${revisions}/live/restore`)).status()).toBe(400);
  const restored = await secretariat.post(`${revisions}/Rev.1/restore`);
  expect(restored.status()).toBe(200);
  expect(await restored.json()).toMatchObject({ restored: { name: "Rev.1" }, changed: false });

  // One paragraph through the history.
  const pid = fetched.text.paragraphs[0].id as string;
  const history = await (await kz.get(`/api/documents/${draft.id}/paragraphs/${pid}/history`)).json();
  expect(history.map((entry: { name: string }) => entry.name)).toEqual(["Rev.1", "Live text"]);
  expect(history[0].paragraph.text).toBe(fetched.text.paragraphs[0].text);
  expect((await kz.get(`/api/documents/${draft.id}/paragraphs/${encodeURIComponent("<b>")}/history`)).status()).toBe(
    400,
  );
});
