// A draft's life in the browser and over HTTP: the secretariat moves a draft to another stage and
// closes it; a delegate who had it open finds it read-only (after a reload here: the live switch
// is the collaboration server's own test); the secretariat reopens it. Then the API's refusals,
// the archive, and the audit log that recorded all of it. Every change is undone at the end, so
// the specs that run after this one find the demo forum as it was.
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { baseURL, signedInAs } from "../support/api-clients";
import { openDraftAs } from "../support/draft-page";
import { signInWithApi } from "../support/sign-in";

const PLAN = /^CICA Plan of Action on the Implementation/;

async function draftBySymbol(client: APIRequestContext, symbol: string) {
  const drafts = (await (await client.get("/api/documents")).json()) as { id: string; symbol: string; stage: string }[];
  const draft = drafts.find((candidate) => candidate.symbol.startsWith(symbol));
  if (!draft) throw new Error(`no draft ${symbol}`);
  return draft;
}

test("the secretariat moves a draft to the SWG and closes it; a delegate finds it read-only; it is reopened", async ({
  browser,
}) => {
  const delegate = await openDraftAs(browser, "kz@concord.test", PLAN);
  await expect(delegate.getByRole("textbox", { name: "Negotiating text (editable)" })).toBeVisible();

  const secretariat = await openDraftAs(browser, "secretariat@concord.test", PLAN);
  const head = secretariat.locator(".draft-head");
  await expect(head.locator(".stage")).toHaveText("Drafting");
  await secretariat.getByText("Manage draft").click();
  await secretariat.getByLabel("Stage").selectOption({ label: "Special Working Group" });
  await secretariat.getByRole("button", { name: "Save changes" }).click();
  await expect(secretariat.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(head.locator(".stage")).toHaveText("Special Working Group");

  await secretariat.screenshot({ path: "docs/screenshots/manage-draft.png" });
  await secretariat.getByRole("button", { name: "Close the draft…" }).click();
  const dialog = secretariat.getByRole("dialog", { name: "Close this draft?" });
  await expect(dialog).toContainText("every open editor turns read-only at once");
  await dialog.getByRole("button", { name: "Close the draft" }).click();
  await expect(dialog).toBeHidden();
  await expect(secretariat.getByRole("note")).toHaveText(
    /^Closed on \d{1,2} \w+ \d{4} by the secretariat: read-only\.$/,
  );
  await expect(secretariat.getByRole("button", { name: "Reopen the draft" })).toBeVisible();

  await delegate.reload();
  await expect(delegate.getByRole("note")).toContainText("by the secretariat: read-only");
  await expect(delegate.getByRole("textbox", { name: "Negotiating text (read-only)" })).toBeVisible();
  await expect(delegate.locator(".draft-head .stage")).toHaveText("Special Working Group");
  await delegate.screenshot({ path: "docs/screenshots/closed-draft.png" });
  await expect(delegate.getByText("Manage draft")).toHaveCount(0); // the panel is the secretariat's

  await secretariat.getByRole("button", { name: "Reopen the draft" }).click();
  await expect(secretariat.getByRole("status").filter({ hasText: "Reopened" })).toBeVisible();
  await expect(secretariat.getByRole("note")).toHaveCount(0);
  await delegate.reload();
  await expect(delegate.getByRole("status").filter({ hasText: "Connected" })).toBeVisible();
  await expect(delegate.getByRole("textbox", { name: "Negotiating text (editable)" })).toBeVisible();
  await expect(delegate.getByRole("note")).toHaveCount(0);

  // The draft's history tells its life, in words.
  await secretariat.getByRole("link", { name: "History", exact: true }).click();
  const life = secretariat.locator(".lifecycle");
  await expect(life.locator("li").nth(0)).toContainText("Reopened the draft for editing");
  await expect(life.locator("li").nth(1)).toContainText("Closed the draft: read-only for everyone");
  await expect(life.locator("li").nth(2)).toContainText("Moved the draft from Drafting to Special Working Group");

  // Put the stage back for the specs that follow.
  const api = await signedInAs("secretariat@concord.test");
  const plan = await draftBySymbol(api, "CICA/SWG/2022/4");
  expect((await api.patch(`/api/documents/${plan.id}`, { data: { stage: "DRAFTING" } })).status()).toBe(200);
  await delegate.context().close();
  await secretariat.context().close();
});

test("the drafts API: who may change a draft, what it answers, the archive and the audit log", async () => {
  const secretariat = await signedInAs("secretariat@concord.test");
  const chair = await signedInAs("chair@concord.test");
  const kz = await signedInAs("kz@concord.test");
  const observer = await signedInAs("observer@concord.test");
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const draft = await draftBySymbol(kz, "CICA/SOC/2022/6");
  const other = await draftBySymbol(kz, "CICA/SOC/2022/5");
  const url = `/api/documents/${draft.id}`;

  expect((await anonymous.patch(url, { data: { closed: true } })).status()).toBe(401);
  for (const client of [kz, chair, observer]) {
    const refused = await client.patch(url, { data: { closed: true } });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error).toBe("forbidden");
  }
  const bad = await secretariat.patch(url, { data: { stage: "PLENARY" } });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({ error: "invalid", message: "A stage is one of DRAFTING, SWG, SOC, ADOPTED." });
  const taken = await secretariat.patch(url, { data: { symbol: other.symbol } });
  expect(taken.status()).toBe(409);
  expect((await taken.json()).error).toBe("conflict");

  const changed = await secretariat.patch(url, { data: { meeting: "SOC, 4–5 October 2026", closed: true } });
  expect(changed.status()).toBe(200);
  const body = await changed.json();
  expect(body).toMatchObject({ id: draft.id, meeting: "SOC, 4–5 October 2026", archivedAt: null });
  expect(body.closedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(body.paragraphs.length).toBeGreaterThan(0); // the draft as GET /api/documents/{id} gives it
  expect(await (await kz.get(url)).json()).toMatchObject({ closedAt: body.closedAt });
  const ticket = await (await kz.post(`${url}/collab-token`)).json();
  expect(ticket.canEdit).toBe(false);

  expect((await secretariat.patch(url, { data: { archived: true } })).status()).toBe(200);
  const listed = (await (await kz.get("/api/documents")).json()) as { id: string }[];
  expect(listed.map((entry) => entry.id)).not.toContain(draft.id);
  expect((await kz.get(url)).status()).toBe(200); // still readable

  // The audit log: the secretariat and the chair, nobody else.
  expect((await anonymous.get("/api/audit")).status()).toBe(401);
  expect((await kz.get("/api/audit")).status()).toBe(403);
  expect((await observer.get("/api/audit")).status()).toBe(403);
  const log = await chair.get(`/api/audit?document=${draft.id}&limit=3`);
  expect(log.status()).toBe(200);
  const page = await log.json();
  expect(page.entries.map((entry: { action: string }) => entry.action)).toEqual([
    "document.archive",
    "document.close",
    "document.meeting",
  ]);
  expect(page.next).toMatch(/^\d+$/);
  expect((await chair.get("/api/audit?actor=nobody")).status()).toBe(400);

  // Undo, for the specs that follow.
  const undone = await secretariat.patch(url, { data: { meeting: null, closed: false, archived: false } });
  expect(undone.status()).toBe(200);
  expect(await undone.json()).toMatchObject({ meeting: null, closedAt: null, archivedAt: null });
});

test("the audit page and the archive page, as the chair and a delegate see them", async ({ browser }) => {
  const context = await browser.newContext();
  await signInWithApi(context.request, "chair@concord.test");
  const page = await context.newPage();
  await page.goto("/forum/audit");
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await page.getByLabel("Action").selectOption({ label: "Closed a draft" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/action=document\.close/);
  const rows = page.locator("table.audit-table tbody tr");
  await expect(rows.first()).toContainText("Closed the draft: read-only for everyone");
  await expect(rows.first()).toContainText("Secretariat");
  await page.screenshot({ path: "docs/screenshots/audit-log.png", fullPage: true });
  await page.goto("/");
  await page.getByRole("link", { name: "Archived drafts" }).click();
  await expect(page.getByRole("heading", { name: "Archived drafts" })).toBeVisible();
  await context.close();

  const delegate = await browser.newContext();
  await signInWithApi(delegate.request, "kz@concord.test");
  const refused = await delegate.newPage();
  await refused.goto("/forum/audit");
  await expect(refused.getByText("The audit log is kept for the secretariat and the chair.")).toBeVisible();
  await delegate.close();
});
