// The drafts list follows the typing: a delegate's words move the draft to the top with a "Last
// change" later than the one it was tabled with. And the history counts the paragraphs of a
// draft with sub-paragraphs exactly as its dashboard does, and says so in the same words.
import { expect, test } from "@playwright/test";
import { openDraftAs, placeCaretAtEnd } from "../support/draft-page";
import { signInWithApi } from "../support/sign-in";

// A draft no other browser test types in.
const TYPED_TITLE = /CICA Leaders' Statement on Cooperation in the Field of Security/;
const TYPED_PARAGRAPH = "Expressing concern that ICTs may be used for purposes that";
// Read only here: it has sub-paragraphs ("OP5 (a)").
const COUNTED_TITLE = /Regulations of the CICA Fund/;

test("the drafts list shows the last change and puts the draft just edited first", async ({ browser }) => {
  const kz = await openDraftAs(browser, "kz@concord.test", TYPED_TITLE);
  await kz.goto("/");
  const rows = kz.locator("table.drafts tbody tr");
  const row = rows.filter({ has: kz.getByRole("link", { name: TYPED_TITLE }) });
  const tabledAt = (await row.locator("time").getAttribute("datetime"))!;

  await kz.goBack();
  await expect(kz.getByRole("status")).toHaveText("Connected · all changes saved");
  await placeCaretAtEnd(kz.locator(".draft-text.live p", { hasText: TYPED_PARAGRAPH }));
  await kz.keyboard.type(" in any form");
  await expect(kz.getByRole("status")).toHaveText("Connected · all changes saved");

  await kz.goto("/");
  await expect(rows.first().getByRole("link")).toHaveText(TYPED_TITLE);
  const changedAt = (await rows.first().locator("time").getAttribute("datetime"))!;
  expect(changedAt > tabledAt).toBe(true);
});

test("the history and the dashboard count the same paragraphs", async ({ browser }) => {
  const context = await browser.newContext();
  await signInWithApi(context.request, "chair@concord.test");
  const page = await context.newPage();
  await page.goto("/");
  const href = (await page.getByRole("link", { name: COUNTED_TITLE }).getAttribute("href"))!;
  expect(href).toMatch(/^\/drafts\/[0-9a-f-]+$/);
  const draftUrl = href;

  await page.goto(`${draftUrl}/dashboard`);
  const dashboardTotal = page.locator(".paragraph-total").first();
  await expect(dashboardTotal).toHaveText(/^\d+ paragraphs \(\d+ with sub-paragraphs\)$/);
  const words = (await dashboardTotal.textContent())!;
  const figures: Record<string, string> = {};
  for (const status of ["agreed", "agreed_ad_ref", "bracketed", "open", "deleted"])
    figures[status] = (await page.locator(`.status-count[data-status="${status}"] dd`).first().textContent())!;

  await page.goto(`${draftUrl}/history`);
  const live = page.locator(".live-entry .revision-counts");
  await expect(live.locator(".paragraph-total")).toHaveText(`${words}:`);
  for (const [status, count] of Object.entries(figures))
    await expect(live.locator(`[data-status="${status}"] strong`)).toHaveText(count);
});
