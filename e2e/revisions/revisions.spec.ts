// Revisions from the UI, end to end: the secretariat issues Rev.1 from the history page, a
// delegate adds words to one paragraph, and the comparison of Rev.1 with the live text shows
// exactly that edit and nothing else, inline and side by side; the paragraph's own history shows
// it too; restoring Rev.1 from the history brings the old words back in the delegate's open editor.
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { openDraftAs, placeCaretAtEnd, wordsOf } from "../support/draft-page";
import { signInWithApi } from "../support/sign-in";

// A draft no other browser test changes.
const DRAFT_TITLE = /CICA Plan of Action on the Implementation of the United Nations Global Counter-Terrorism Strategy/;
const PARAGRAPH = "Noting with concern the threat posed by foreign terrorist fighters";
const ADDED = " in all regions of the world";

async function openHistoryAs(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  await signInWithApi(context.request, email);
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("link", { name: DRAFT_TITLE }).click();
  await page.getByRole("link", { name: "History", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^History: /);
  return page;
}

/** The words of a compared text without the labels saying who made each change. */
const withoutByLabels = (text: Locator) =>
  text.evaluate((element) => {
    const clone = element.cloneNode(true) as HTMLElement;
    clone.querySelectorAll(".diff-by").forEach((label) => label.remove());
    return clone.textContent ?? "";
  });

test("issue Rev.1, edit, compare shows exactly that edit; restore Rev.1 brings the text back", async ({ browser }) => {
  test.setTimeout(120_000);
  const secretariat = await openHistoryAs(browser, "secretariat@concord.test");
  const tabled = (await secretariat.locator("main > p.symbol").textContent())!.trim();
  expect(tabled).toBe("CICA/SWG/2022/4");

  // Issue Rev.1: the confirmation names the new symbol before anything happens.
  await secretariat.getByLabel("Label").fill("Chair's text after the fifth session");
  await secretariat.getByLabel("Meeting that produced it").fill("Specialized Meeting, 8 September 2022");
  await secretariat.getByRole("button", { name: "Issue Rev.1…" }).click();
  const confirm = secretariat.getByRole("dialog", { name: `Issue ${tabled}/Rev.1?` });
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Issue Rev.1" }).click();
  await expect(secretariat.getByRole("status")).toHaveText(`Rev.1 issued: the draft is now ${tabled}/Rev.1.`);
  await expect(confirm).toBeHidden();
  const rev1 = secretariat.locator('[data-revision="Rev.1"]');
  await expect(rev1.getByRole("heading", { name: /Rev\.1/ })).toContainText("Chair's text after the fifth session");
  await expect(rev1).toContainText("After: Specialized Meeting, 8 September 2022");
  await expect(rev1).toContainText("Issued by");
  await expect(secretariat.locator("main > p.symbol")).toHaveText(`${tabled}/Rev.1`);

  // A delegate adds words at the end of one paragraph.
  const kz = await openDraftAs(browser, "kz@concord.test", DRAFT_TITLE);
  const paragraph = kz.locator(".draft-text.live p", { hasText: PARAGRAPH });
  const original = await wordsOf(paragraph);
  const number = (await paragraph.getAttribute("data-number"))!;
  expect(number).toMatch(/^PP\d+$/);
  await placeCaretAtEnd(paragraph);
  await kz.keyboard.type(ADDED);
  await expect(kz.getByRole("status")).toHaveText("Connected · all changes saved");
  expect(await wordsOf(paragraph)).toBe(original + ADDED);

  // Any two entries of the history make a comparison: Rev.1 → the live text.
  await secretariat.reload();
  await secretariat.getByRole("radio", { name: "Compare from Rev.1" }).check();
  await secretariat.getByRole("radio", { name: "Compare to the live text" }).check();
  await secretariat.getByRole("button", { name: "Compare the chosen texts" }).click();
  await expect(secretariat.getByRole("heading", { level: 1 })).toHaveText("Changes from Rev.1 to the live text");
  const header = secretariat.getByRole("definition").first();
  await expect(header).toContainText(`${tabled}/Rev.1`);

  // Exactly that edit: one paragraph changed, nothing inserted, deleted, moved or re-statused.
  const figure = (key: string) => secretariat.locator(`[data-figure="${key}"]`);
  await expect(figure("changed")).toHaveText("1 changed");
  for (const key of ["inserted", "deleted", "moved", "statusChanged", "bracketsChanged", "renumbered"])
    await expect(figure(key)).toHaveText(/^0 /);
  const inline = secretariat.locator(".cmp-inline");
  await expect(inline.locator("ins")).toHaveCount(1);
  expect((await withoutByLabels(inline.locator("ins"))).trim()).toBe(ADDED.trim());
  // Who made it: Kazakhstan, in the run's label and its title.
  await expect(inline.locator("ins .diff-by")).toHaveText("KZ");
  await expect(inline.locator("ins")).toHaveAttribute("title", /^Inserted by KZ \(/);
  await expect(inline.locator("del")).toHaveCount(0);
  const changed = inline.locator('article[data-change="changed"]');
  await expect(changed).toHaveCount(1);
  await expect(changed.getByRole("heading")).toHaveText(number);
  await expect(changed.getByRole("listitem").filter({ hasText: "Changed" })).toBeVisible();
  expect(await withoutByLabels(changed.locator(".cmp-text"))).toBe(original + ADDED);

  // Only the paragraphs that differ; then side by side, old | new, aligned by paragraph.
  await secretariat.getByRole("checkbox", { name: "Only paragraphs that differ" }).check();
  await expect(secretariat).toHaveURL(/only=changes/);
  await expect(inline.locator("article")).toHaveCount(1);
  await expect(inline.locator(".cmp-unchanged-run").first()).toContainText(/unchanged paragraphs?/);
  await secretariat.screenshot({ path: "docs/screenshots/compare.png" });
  await secretariat.getByRole("radio", { name: "Side by side" }).check();
  await expect(secretariat).toHaveURL(/view=side/);
  const table = secretariat.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveText(["Rev.1", "Live text"]);
  const row = table.locator('tbody tr[data-change="changed"]');
  await expect(row).toHaveCount(1);
  await expect(row.locator("td").nth(0).locator("ins, del")).toHaveCount(0);
  await expect(row.locator("td").nth(0).locator(".cmp-text")).toHaveText(original);
  expect((await withoutByLabels(row.locator("td").nth(1).locator("ins"))).trim()).toBe(ADDED.trim());
  await expect(row.locator("td").nth(1).locator("ins .diff-by")).toHaveText("KZ");

  // The paragraph's own history, from the draft: Rev.1, then the live text with the words marked.
  const history = await kz.context().newPage();
  await history.goto(kz.url());
  await expect(history.getByRole("status")).toHaveText("Connected · all changes saved");
  await placeCaretAtEnd(history.locator(".draft-text.live p", { hasText: PARAGRAPH }));
  await history.getByRole("link", { name: `History of ${number} through the revisions` }).click();
  await expect(history.getByRole("heading", { level: 1 })).toHaveText(`History of ${number}`);
  await expect(history.locator(".paragraph-entry")).toHaveCount(2);
  await expect(history.locator('[data-entry="Rev.1"] .cmp-text')).toHaveText(original);
  expect((await withoutByLabels(history.locator('[data-entry="Live text"] ins'))).trim()).toBe(ADDED.trim());
  // The history says who changed the words, too.
  await expect(history.locator('[data-entry="Live text"] ins .diff-by')).toHaveText("KZ");
  await expect(history.locator('[data-entry="Live text"]')).toContainText("Words changed by KZ (");
  await history.close();

  // Restore Rev.1: the confirmation says what will happen; the delegate's open editor follows.
  await secretariat.goto(secretariat.url().replace(/\/compare\?.*$/, "/history"));
  await secretariat.locator('[data-revision="Rev.1"]').getByRole("button", { name: "Restore…" }).click();
  const restore = secretariat.getByRole("dialog", { name: "Restore Rev.1?" });
  await expect(restore).toContainText("comes back as a new change on top of the live text");
  await expect(restore).toContainText("Everyone who has the draft open sees it at once");
  await expect(restore).toContainText("kept as a checkpoint");
  await restore.getByRole("button", { name: "Restore Rev.1" }).click();
  await expect(secretariat.getByRole("status")).toHaveText(/^Restored: the live text is the text of Rev\.1 again\./);
  await expect.poll(() => wordsOf(paragraph)).toBe(original);
  await expect(kz.getByRole("status")).toHaveText("Connected · all changes saved");
  // What the restore replaced is within reach, as a checkpoint since Rev.1.
  await expect(secretariat.locator(".checkpoint-group summary").first()).toContainText(/checkpoints? since Rev\.1/);
  await secretariat.screenshot({ path: "docs/screenshots/history.png", fullPage: true });

  // And the comparison of Rev.1 with the live text is empty again.
  await secretariat
    .locator('[data-revision="Rev.1"]')
    .getByRole("link", { name: "Compare with the live text" })
    .click();
  await expect(secretariat.getByRole("status")).toHaveText(
    "No differences: the two texts are the same, paragraph for paragraph.",
  );
});

test("delegates and observers read the history but neither issue nor restore", async ({ browser }) => {
  for (const email of ["kz@concord.test", "observer@concord.test"]) {
    const page = await openHistoryAs(browser, email);
    await expect(page.getByRole("heading", { name: "Revisions and checkpoints" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Issue a revision" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Restore…" })).toHaveCount(0);
    await page.context().close();
  }
});
