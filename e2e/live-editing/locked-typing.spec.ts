// Typing in an agreed paragraph is not silently swallowed: the editor, which knows the rules the
// server enforces, does not take the keystroke and says why, next to the text.
import { expect, test } from "@playwright/test";
import { openDraftAs, placeCaretAtEnd, wordsOf } from "../support/draft-page";

test("a delegate typing in an agreed paragraph is told it is agreed and only the chair can change it", async ({
  browser,
}) => {
  const kz = await openDraftAs(browser, "kz@concord.test", /Concept Paper on the Human Dimension/);
  const agreed = kz.locator('.draft-text.live p[data-status="agreed"]').first();
  const before = await wordsOf(agreed);
  await placeCaretAtEnd(agreed);
  await kz.keyboard.type("Not agreed");

  // (Next.js keeps a route announcer of its own with the alert role.)
  const notice = kz.getByRole("alert").filter({ hasText: "Not possible:" });
  const number = await agreed.getAttribute("data-number");
  expect(number).toMatch(/^(PP|OP)\d+/);
  await expect(notice).toContainText(`${number} is agreed: only the chair can change it.`);
  expect(await wordsOf(agreed)).toBe(before);
  await expect(kz.getByRole("status")).toHaveText("Connected · all changes saved");

  // Told where it happened: just under the line typed in, not at the top of the page.
  const [line, told] = [await agreed.boundingBox(), await notice.boundingBox()];
  expect(told!.y).toBeGreaterThan(line!.y);
  expect(told!.y).toBeLessThan(line!.y + line!.height + 40);

  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toHaveCount(0);

  // Dismissed, the caret is back in the text; what may be done instead: a comment on the paragraph.
  await kz.keyboard.type("x");
  await notice.getByRole("button", { name: "Comment instead" }).click();
  const form = kz.getByRole("form", { name: "New thread" });
  await expect(form.getByLabel("Quoted text")).toContainText(before.slice(0, 40));
  await expect(notice).toHaveCount(0);
});
