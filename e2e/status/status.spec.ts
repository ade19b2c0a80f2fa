// Paragraph status, end to end: the chair agrees a paragraph without brackets, a delegate in
// another browser sees it agreed and can no longer change it; the chair reopens and the delegate
// types again; the chair's attempt to agree a bracketed paragraph is refused with the reason.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { openDraftAs as openDraft, placeCaretAtEnd } from "../support/draft-page";

const DRAFT_TITLE = /Concept Paper on the Human Dimension/;
const CLEAN = "Promote cooperation in sports";
const BRACKETED = "Promote cooperation on labour migration";

const openDraftAs = (browser: Browser, email: string) => openDraft(browser, email, DRAFT_TITLE);

const paragraphWith = (page: Page, text: string) => page.locator(".draft-text.live p", { hasText: text });
const statusTools = (page: Page) => page.getByRole("group", { name: "Paragraph status" });

test("the chair agrees and reopens a paragraph; the delegate sees it and is locked out meanwhile", async ({
  browser,
}) => {
  const chair = await openDraftAs(browser, "chair@concord.test");
  const kz = await openDraftAs(browser, "kz@concord.test");
  await expect(kz.getByRole("group", { name: "Paragraph status" })).toHaveCount(0); // the chair's alone

  await paragraphWith(chair, CLEAN).click();
  await expect(statusTools(chair)).toContainText("Open");
  await statusTools(chair).getByRole("button", { name: "Agreed", exact: true }).click();

  const kzParagraph = paragraphWith(kz, CLEAN);
  await expect(kzParagraph.locator(".status-mark")).toHaveText(/Agreed/);
  await expect(kzParagraph).toHaveAttribute("data-status", "agreed");
  const locked = await kzParagraph.innerText();
  await kzParagraph.click();
  await kz.keyboard.type("Not agreed ");
  await expect(kz.getByRole("status")).toHaveText("Connected · all changes saved");
  expect(await kzParagraph.innerText()).toBe(locked);

  // Ad ref: which capitals confirm, by when; everyone reads it on the paragraph.
  const deadline = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await paragraphWith(chair, CLEAN).click();
  await statusTools(chair).getByRole("button", { name: "Agreed ad ref…" }).click();
  await statusTools(chair).getByRole("checkbox", { name: "RU" }).check();
  await statusTools(chair).getByRole("checkbox", { name: "CN" }).check();
  await statusTools(chair).getByLabel("Confirmation by").fill(deadline);
  await chair.screenshot({ path: "docs/screenshots/status.png" });
  await statusTools(chair).getByRole("button", { name: "Set agreed ad ref" }).click();
  await expect(kzParagraph.locator(".status-mark")).toHaveText(/Ad ref — RU, CN by \d{1,2} \w{3} \d{4}/);
  await expect(paragraphWith(chair, CLEAN).locator(".status-mark")).toBeVisible();

  await paragraphWith(chair, CLEAN).click();
  await statusTools(chair).getByRole("button", { name: "Reopen" }).click();
  await expect(kzParagraph.locator(".status-mark")).toHaveCount(0);
  await expect(kzParagraph).toHaveAttribute("data-status", "open");
  await placeCaretAtEnd(kzParagraph);
  await kz.keyboard.type(" KZ was here");
  await expect(paragraphWith(chair, CLEAN)).toContainText("KZ was here");

  // History: both changes recorded, by the chair.
  const response = await chair.request.get(
    `${new URL(chair.url()).pathname.replace("/drafts/", "/api/documents/")}/status-history`,
  );
  expect(response.ok()).toBe(true);
  const history = (await response.json()) as { from: string; to: string; by: { role: string } }[];
  expect(history.slice(0, 3).map((entry) => `${entry.from}→${entry.to}`)).toEqual([
    "agreed_ad_ref→open",
    "agreed→agreed_ad_ref",
    "open→agreed",
  ]);
  expect(history[0]!.by.role).toBe("CHAIR");

  // The paragraph's own history page lists them for people, with who set them and the capitals awaited.
  const pid = (await kzParagraph.getAttribute("data-pid"))!;
  await chair.goto(`${new URL(chair.url()).pathname}/paragraphs/${pid}`);
  const changes = chair.getByRole("region", { name: "Status changes" }).getByRole("listitem");
  await expect(changes).toHaveCount(3);
  await expect(changes.nth(0)).toContainText(/Agreed ad ref → ○ Open$/);
  await expect(changes.nth(1)).toContainText(
    `Agreed → ◐ Agreed ad ref — confirmation awaited from RU, CN by ${deadline}`,
  );
  await expect(changes.nth(2)).toContainText("(Chair)");
});

test("the chair's attempt to agree a bracketed paragraph is refused with the reason", async ({ browser }) => {
  const chair = await openDraftAs(browser, "chair@concord.test");
  const paragraph = paragraphWith(chair, BRACKETED);
  await expect(paragraph.locator(".status-mark")).toHaveText(/Bracketed/);
  await paragraph.click();
  await statusTools(chair).getByRole("button", { name: "Agreed", exact: true }).click();
  await expect(statusTools(chair).getByRole("alert")).toHaveText(/^(PP|OP)\d+.* still holds \d+ /);
  await expect(paragraph).toHaveAttribute("data-status", "open");
});
