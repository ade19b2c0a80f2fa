// Preambular paragraphs read like a resolution: the words that open them ("Strongly
// condemning", "Recalling also") are in italics, drawn by the editor from the words themselves,
// never stored as a mark; rewrite the opening and the italics follow, for every delegation.
import { expect, test, type Locator } from "@playwright/test";
import { openDraftAs, selectWords, wordsOf } from "../support/draft-page";

const PLAN = /Plan of Action/;

const italicWords = (paragraph: Locator) =>
  paragraph.locator(".preamble-opening").evaluateAll((spans) => spans.map((span) => span.textContent).join("|"));

test("the opening of each preambular paragraph is in italics, and nothing else is", async ({ browser }) => {
  const kz = await openDraftAs(browser, "kz@concord.test", PLAN);
  const text = kz.locator(".draft-text.live");
  const preamble = text.locator(':scope > p[data-kind="preambular"]');
  await expect(preamble.first().locator(".preamble-opening")).toHaveText("Strongly condemning");
  const opening = preamble.first().locator(".preamble-opening");
  expect(await opening.evaluate((span) => getComputedStyle(span).fontStyle)).toBe("italic");
  // The words after it are upright.
  expect(await preamble.first().evaluate((p) => getComputedStyle(p).fontStyle)).toBe("normal");
  expect(await italicWords(text.locator("p", { hasText: "Recalling also that at their Fifth Meeting" }))).toBe(
    "Recalling also",
  );
  await expect(text.locator('p[data-kind="operative"] .preamble-opening')).toHaveCount(0);

  // A rendering rule: no italic mark in the text, and the words are the same words.
  await expect(preamble.locator("em, i")).toHaveCount(0);
  expect(await wordsOf(preamble.first())).toMatch(/^Strongly condemning terrorism/);
  await kz.context().close();
});

test("rewriting the opening moves the italics, for everyone in the draft", async ({ browser }) => {
  const kz = await openDraftAs(browser, "kz@concord.test", PLAN);
  const ru = await openDraftAs(browser, "ru@concord.test", PLAN);
  const paragraphOf = (page: typeof kz) =>
    page.locator('.draft-text.live > p[data-kind="preambular"]', { hasText: "terrorism and violent extremism" });
  await expect(paragraphOf(kz).locator(".preamble-opening")).toHaveText("Reaffirming");

  await selectWords(paragraphOf(kz), "Reaffirming");
  await kz.keyboard.type("Reaffirming further");
  await expect(kz.getByRole("status")).toHaveText("Connected · all changes saved");
  for (const page of [kz, ru]) {
    await expect.poll(() => italicWords(paragraphOf(page))).toBe("Reaffirming further");
    expect(await wordsOf(paragraphOf(page))).toMatch(/^Reaffirming further that terrorism/);
  }
  await kz.context().close();
  await ru.context().close();
});
