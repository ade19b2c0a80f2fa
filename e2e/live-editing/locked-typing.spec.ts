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
  await expect(notice).toContainText("This paragraph is agreed: only the chair can change it.");
  expect(await wordsOf(agreed)).toBe(before);
  await expect(kz.getByRole("status")).toHaveText("Connected · all changes saved");

  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toHaveCount(0);
});
