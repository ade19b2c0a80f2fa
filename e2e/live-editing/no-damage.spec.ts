// Nobody damages a paragraph by splitting or joining it: what the rules forbid never happens in
// the editor, so nothing has to be undone afterwards, and the neighbours stay as they were.
import { expect, test } from "@playwright/test";
import { caretAfter, caretBefore, openDraftAs, wordsOf } from "../support/draft-page";

const PLAN = /Plan of Action/;
const REGULATIONS = /Fund Regulations|Regulations of the CICA Fund/;

test("Enter inside a bracket other states hold splits nothing and garbles no neighbour", async ({ browser }) => {
  const kz = await openDraftAs(browser, "kz@concord.test", PLAN);
  const held = kz.locator(".draft-text.live p", { hasText: "Financial Action Task Force" });
  const next = kz.locator(".draft-text.live p", { hasText: "Take effective measures against" });
  const heldBefore = await wordsOf(held);
  const nextBefore = await wordsOf(next);

  await caretAfter(held, "the international standards");
  await kz.keyboard.press("Enter");
  await kz.keyboard.type("Call upon");

  await expect(kz.getByRole("status")).toHaveText("Connected · all changes saved");
  expect(await wordsOf(held)).toBe(heldBefore);
  expect(await wordsOf(next)).toBe(nextBefore);
  const notice = kz.getByRole("alert").filter({ hasText: "Not possible:" });
  await expect(notice).toContainText("held by India and the United Arab Emirates");

  // After the bracket the paragraph is the delegate's to split: the new half holds nothing.
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await caretAfter(held, "Task Force]");
  await kz.keyboard.press("Enter");
  await expect(kz.getByRole("status")).toHaveText("Connected · all changes saved");
  await expect(kz.getByRole("alert").filter({ hasText: "Not accepted:" })).toHaveCount(0);
  await expect(held.locator(".bracket-label")).toHaveText("IN AE");
  expect(await wordsOf(held)).toBe(heldBefore.slice(0, -1));
  await kz.keyboard.press("Backspace"); // and joined back again
  await expect(kz.getByRole("status")).toHaveText("Connected · all changes saved");
  expect(await wordsOf(held)).toBe(heldBefore);

  // What another browser loads is what the first one shows.
  const chair = await openDraftAs(browser, "chair@concord.test", PLAN);
  expect(await wordsOf(chair.locator(".draft-text.live p", { hasText: "Financial Action Task Force" }))).toBe(
    heldBefore,
  );
  expect(await wordsOf(chair.locator(".draft-text.live p", { hasText: "Take effective measures against" }))).toBe(
    nextBefore,
  );

  // What Kazakhstan may do instead, offered where it typed: propose an alternative.
  await caretAfter(held, "the international standards");
  await kz.keyboard.type("x");
  await notice.getByRole("button", { name: "Propose an alternative" }).click();
  const form = kz.getByRole("form", { name: "Propose an alternative" });
  await form.getByRole("textbox").fill("and the FATF recommendations");
  await form.getByRole("button", { name: "Propose" }).click();
  await expect(held).toContainText("[Alt 2: and the FATF recommendations]");
  await expect(kz.getByRole("status")).toHaveText("Connected · all changes saved");
  const atChair = chair.locator(".draft-text.live p", { hasText: "FATF recommendations" });
  await expect(atChair).toHaveCount(1);
  expect(await wordsOf(atChair)).toContain(
    "[Alt 1: [and the international standards of the Financial Action Task Force]] [Alt 2: and the FATF recommendations]",
  );
});

test("Backspace at the start of a paragraph with others' brackets does not merge it into the heading above", async ({
  browser,
}) => {
  const ru = await openDraftAs(browser, "ru@concord.test", REGULATIONS);
  const paragraph = ru.locator(".draft-text.live p", { hasText: "resources of the Fund shall consist" });
  const heading = ru.locator(".draft-text.live h2, .draft-text.live h3", { hasText: "Chapter II." }).first();
  const words = await wordsOf(paragraph);
  const headingWords = await wordsOf(heading);
  await expect(paragraph.locator(".bracket-label")).toHaveText(["KZ TR QA", "KZ AZ"]);

  await caretBefore(paragraph, "Provide that");
  await ru.keyboard.press("Backspace");
  await ru.keyboard.press("Backspace");

  await expect(ru.getByRole("status")).toHaveText("Connected · all changes saved");
  expect(await wordsOf(heading)).toBe(headingWords);
  expect(await wordsOf(paragraph)).toBe(words);
  await expect(paragraph.locator(".bracket-label")).toHaveText(["KZ TR QA", "KZ AZ"]);
  const notice = ru.getByRole("alert").filter({ hasText: "Not possible:" });
  await expect(notice).toContainText("held by");
});
