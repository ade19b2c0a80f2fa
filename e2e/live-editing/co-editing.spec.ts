// Two delegations in one draft, as in the room: each sees the other's words and caret at once;
// an observer watches but cannot type; a delegate who loses the connection keeps typing and
// everything merges on return.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { openDraftAs as openDraft, placeCaretAtEnd } from "../support/draft-page";

const DRAFT_TITLE = /Concept Paper on the Human Dimension/;

const openDraftAs = (browser: Browser, email: string) => openDraft(browser, email, DRAFT_TITLE);

/** The paragraphs anyone may still change: agreed and ad ref ones are locked for delegates. */
const openParagraphs = (page: Page) => page.locator('.draft-text.live p[data-status="open"]');

/** Puts the caret at the end of the nth open paragraph of the text and types. */
async function typeAtEndOfParagraph(page: Page, index: number, words: string): Promise<void> {
  await placeCaretAtEnd(openParagraphs(page).nth(index));
  await page.keyboard.type(words);
}

test("two delegations type in one draft and see each other's text and carets", async ({ browser }) => {
  const kz = await openDraftAs(browser, "kz@concord.test");
  const ru = await openDraftAs(browser, "ru@concord.test");

  await typeAtEndOfParagraph(kz, 0, " [as proposed by Kazakhstan]");
  await expect(openParagraphs(ru).first()).toContainText("[as proposed by Kazakhstan]");
  await typeAtEndOfParagraph(ru, 1, " [Russian amendment]");
  await expect(openParagraphs(kz).nth(1)).toContainText("[Russian amendment]");

  // Carets carry the person and the Member State, as the server knows them.
  await expect(kz.locator(".collaboration-carets__label", { hasText: "RU · Delegate of Russia" })).toBeVisible();
  await expect(ru.locator(".collaboration-carets__label", { hasText: "KZ · Delegate of Kazakhstan" })).toBeVisible();
  // The presence bar lists both delegations.
  const presence = kz.getByRole("list", { name: "In this draft" });
  await expect(presence.getByText("RU", { exact: true })).toBeVisible();
  await expect(presence.getByText("KZ", { exact: true })).toBeVisible();
  await expect(kz.getByRole("status")).toHaveText("Connected · all changes saved");
  await kz.screenshot({ path: "docs/screenshots/co-editing.png" });
  await kz.context().close();
  await ru.context().close();
});

test("an observer sees the live text but cannot change it", async ({ browser }) => {
  const delegate = await openDraftAs(browser, "in@concord.test");
  const observer = await openDraftAs(browser, "observer@concord.test");
  const text = observer.getByRole("textbox", { name: "Negotiating text (read-only)" });
  await expect(text).toHaveAttribute("contenteditable", "false");
  await expect(observer.getByText("You are following this draft as an observer")).toBeVisible();

  const before = await text.locator('p[data-status="open"]').first().textContent();
  await text.locator('p[data-status="open"]').first().click();
  await observer.keyboard.type("OBSERVER TEXT");
  await expect(text.locator('p[data-status="open"]').first()).toHaveText(before!);

  await typeAtEndOfParagraph(delegate, 0, " [India]");
  await expect(text.locator('p[data-status="open"]').first()).toContainText("[India]");
  await expect(delegate.locator(".draft-text.live")).not.toContainText("OBSERVER TEXT");
  await delegate.context().close();
  await observer.context().close();
});

test("a delegate who goes offline keeps typing, and everything merges on return", async ({ browser }) => {
  const traveller = await openDraftAs(browser, "tj@concord.test");
  const colleague = await openDraftAs(browser, "kg@concord.test");

  await traveller.context().setOffline(true);
  await expect(traveller.getByRole("status")).toHaveText(/^(Reconnecting…|Offline)/, { timeout: 40_000 });
  await typeAtEndOfParagraph(traveller, 2, " [typed on the train]");
  await expect(traveller.getByRole("status")).toHaveText(/^Offline — \d+ changes? waiting$/);
  await typeAtEndOfParagraph(colleague, 3, " [typed in the room]");

  // Closing the tab now would lose the waiting changes: the browser asks first.
  const asked = new Promise<string>((resolve) =>
    traveller.once("dialog", (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss(); // stay on the page
    }),
  );
  await traveller.close({ runBeforeUnload: true });
  expect(await asked).toBe("beforeunload");
  await expect(traveller.getByRole("status")).toHaveText(/waiting$/);

  await traveller.context().setOffline(false);
  await expect(openParagraphs(colleague).nth(2)).toContainText("[typed on the train]", {
    timeout: 30_000,
  });
  await expect(openParagraphs(traveller).nth(3)).toContainText("[typed in the room]");
  await expect(traveller.getByRole("status")).toHaveText("Connected · all changes saved");
  await traveller.context().close();
  await colleague.context().close();
});
