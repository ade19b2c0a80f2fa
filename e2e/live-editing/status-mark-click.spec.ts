// The status mark at the end of a paragraph ("✓ Agreed", "[ ] Bracketed") holds no text; a click
// on it puts the caret at the end of that paragraph, so the next keys never land in the paragraph
// the caret was in before.
import { expect, test } from "@playwright/test";
import { openDraftAs, placeCaretAtEnd, wordsOf } from "../support/draft-page";

test("a click on a paragraph's status mark puts the caret in that paragraph", async ({ browser }) => {
  const kz = await openDraftAs(browser, "kz@concord.test", /Concept Paper on the Human Dimension/);
  const text = kz.locator(".draft-text.live");
  const open = text.locator(':scope > p[data-status="open"]:not([data-status-mark])').first();
  const openWords = await wordsOf(open);
  await placeCaretAtEnd(open);

  // Agreed: the caret goes there, and the keys are refused there — not typed into the open paragraph.
  await text.locator('p[data-status="agreed"] .status-mark').first().click();
  await kz.keyboard.type("STRAY");
  await expect(kz.getByRole("status")).toHaveText("Connected · all changes saved");
  expect(await wordsOf(open)).toBe(openWords);
  await expect(text).not.toContainText("STRAY");

  // Bracketed, still open: the words go at the end of that paragraph.
  const bracketed = text.locator(':scope > p[data-status="open"][data-status-mark="bracketed"]').first();
  const pid = (await bracketed.getAttribute("data-pid"))!;
  await bracketed.locator(".status-mark").click();
  await kz.keyboard.type(" (as amended)");
  await expect.poll(() => wordsOf(text.locator(`p[data-pid="${pid}"]`))).toMatch(/ \(as amended\)$/);
  expect(await wordsOf(open)).toBe(openWords);
  await expect(kz.getByRole("status")).toHaveText("Connected · all changes saved");
  await kz.context().close();
});
