// Alternatives as a tool, end to end: a delegate proposes other wording for selected words and
// every browser sees "[Alt 1: …] [Alt 2: …]" stacked, each with who backs it; another delegate
// adds a third; the chair chooses one from the same row. A delegate proposes an alternative to
// a bracket other states hold without touching it (the server accepts it). And words already in
// a delegation's own bracket are not bracketed again.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { openDraftAs, selectWords, wordsOf } from "../support/draft-page";

const DRAFT_TITLE = /Concept Paper on Development of Secure and Effective Systems of Transportation Corridors/;

const paragraphWith = (page: Page, text: string) => page.locator(".draft-text.live p", { hasText: text });
const alternative = (paragraph: Locator, label: string) =>
  paragraph.locator(".bracket--alternative", { hasText: `${label}:` }).first();

async function propose(page: Page, wording: string): Promise<void> {
  await page.getByRole("button", { name: "Propose an alternative…" }).click();
  await page.getByRole("textbox", { name: /^Alternative/ }).fill(wording);
  await page.getByRole("button", { name: "Propose", exact: true }).click();
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error("not shown");
  return found;
}

test("a delegate proposes an alternative, others see the alternatives stacked, the chair chooses one", async ({
  browser,
}) => {
  const kz = await openDraftAs(browser, "kz@concord.test", DRAFT_TITLE);
  const chair = await openDraftAs(browser, "chair@concord.test", DRAFT_TITLE);
  const ru = await openDraftAs(browser, "ru@concord.test", DRAFT_TITLE);
  const target = "Strengthen cooperation in ensuring the security of";

  await selectWords(paragraphWith(kz, target), "transport infrastructure");
  await propose(kz, "transport corridors");

  const seen = paragraphWith(chair, target);
  await expect
    .poll(() => wordsOf(seen))
    .toContain(
      "the security of [Alt 1: transport infrastructure] [Alt 2: transport corridors], including its protection",
    );
  await expect(seen.locator(".bracket-label")).toHaveText(["Alt 2: KZ", "AZ TR KZ"]);
  // Stacked: each alternative on a line of its own, one under the other, the words after below.
  const [first, second] = [await box(alternative(seen, "Alt 1")), await box(alternative(seen, "Alt 2"))];
  const opening = await box(seen);
  expect(first.y).toBeGreaterThan(opening.y + 5);
  expect(second.y).toBeGreaterThanOrEqual(first.y + first.height - 2);
  expect(Math.abs(second.x - first.x)).toBeLessThan(4);
  await expect(kz.getByRole("status")).toHaveText("Connected · all changes saved");

  // Russia adds a third with the caret in the group: it goes after the last, backed by Russia.
  await alternative(paragraphWith(ru, target), "Alt 2").click();
  await propose(ru, "transport links");
  await expect.poll(() => wordsOf(seen)).toContain("[Alt 2: transport corridors] [Alt 3: transport links], including");
  await expect(seen.locator(".bracket-label")).toHaveText(["Alt 2: KZ", "Alt 3: RU", "AZ TR KZ"]);
  const third = await box(alternative(seen, "Alt 3"));
  expect(third.y).toBeGreaterThanOrEqual(second.y + second.height - 2);
  await seen.screenshot({ path: test.info().outputPath("stacked-alternatives.png") });

  // The chair chooses Alt 2 from the alternative itself: the group gives way to its words.
  await alternative(seen, "Alt 2").click();
  await chair.getByRole("button", { name: "Choose Alt 2" }).click();
  await expect
    .poll(() => wordsOf(paragraphWith(kz, target)))
    .toContain("the security of transport corridors, including its protection");
  await expect(paragraphWith(kz, target)).not.toContainText("Alt ");
  await expect(paragraphWith(kz, target).locator(".bracket-label")).toHaveText(["AZ TR KZ"]);
  for (const page of [kz, chair, ru]) await page.context().close();
});

test("a delegate proposes an alternative to a bracket other states hold, leaving it as it stands", async ({
  browser,
}) => {
  const ru = await openDraftAs(browser, "ru@concord.test", DRAFT_TITLE);
  const chair = await openDraftAs(browser, "chair@concord.test", DRAFT_TITLE);
  const target = "Welcoming national and multilateral initiatives";

  await paragraphWith(ru, target).locator(".bracket", { hasText: "those implemented" }).click();
  await propose(ru, "those based on international law");

  const seen = paragraphWith(chair, target);
  await expect
    .poll(() => wordsOf(seen))
    .toContain(
      "Belt and Road Initiative][Alt 1: [those implemented on the basis of the principles of openness, transparency and respect for the sovereignty and territorial integrity of States]] [Alt 2: those based on international law],",
    );
  // India still holds its words, now Alt 1; Russia backs Alt 2.
  await expect(seen.locator(".bracket-label")).toHaveText(["CN AZ KZ PK", "IN", "Alt 2: RU"]);
  // The server took it: nothing was undone.
  await expect(ru.getByRole("alert").filter({ hasText: "Not accepted" })).toHaveCount(0);
  await expect(ru.getByRole("status")).toHaveText("Connected · all changes saved");
  await expect.poll(() => wordsOf(paragraphWith(ru, target))).toContain("[Alt 2: those based on international law]");
  for (const page of [ru, chair]) await page.context().close();
});

test("words already in the delegation's own bracket are not bracketed again", async ({ browser }) => {
  const kz = await openDraftAs(browser, "kz@concord.test", DRAFT_TITLE);
  const target = "Strengthen cooperation in ensuring the security of";
  const paragraph = paragraphWith(kz, target);

  await selectWords(paragraph, "terrorist acts");
  await kz.getByRole("button", { name: "Bracket", exact: true }).click();
  await expect.poll(() => wordsOf(paragraph)).toContain("against [terrorist acts] and other");
  await expect(paragraph.locator(".bracket-label").first()).toHaveText("KZ");

  await selectWords(paragraph, "terrorist");
  const bracket = kz.getByRole("button", { name: "Bracket", exact: true });
  await expect(bracket).toBeDisabled();
  await expect(kz.locator("#bracket-hint")).toHaveText(
    "These words are already in a bracket KZ holds. To change them, type; to give them up, withdraw.",
  );
  // Nor by the shortcut.
  await kz.keyboard.press("Control+Alt+B");
  await expect(kz.getByRole("status")).toHaveText("Connected · all changes saved");
  expect(await wordsOf(paragraph)).toContain("against [terrorist acts] and other");
  await expect(paragraph.locator(".bracket-label").first()).toHaveText("KZ");
  await kz.context().close();
});
