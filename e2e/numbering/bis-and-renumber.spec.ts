// Numbers stay put while the text moves: a paragraph a delegation inserts after OPn is "OPn bis"
// for everyone in the room, and only the secretariat's (or the chair's) renumbering hands out
// fresh sequential numbers, with the old → new table.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { openDraftAs as openDraft, placeCaretAtEnd, wordsOf } from "../support/draft-page";

const DRAFT_TITLE = /Astana Statement on CICA Transformation/;

const openDraftAs = (browser: Browser, email: string) => openDraft(browser, email, DRAFT_TITLE);

const text = (page: Page) => page.locator(".draft-text.live");
/** The gutter numbers of the top-level operative paragraphs, in order. */
const operativeNumbers = (page: Page) =>
  text(page)
    .locator(':scope > p[data-kind="operative"]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-number")));

async function renumber(page: Page) {
  await page.getByRole("button", { name: "Renumber", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Renumber the text?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Renumber now" }).click();
  const done = page.getByRole("dialog", { name: "The text is renumbered" });
  await expect(done).toBeVisible();
  return done;
}

test("an inserted paragraph is OPn bis in both browsers until the secretariat renumbers", async ({ browser }) => {
  const secretariat = await openDraftAs(browser, "secretariat@concord.test");
  const kz = await openDraftAs(browser, "kz@concord.test");
  // Delegates have no Renumber button (and the collaboration server refuses them anyway).
  await expect(kz.getByRole("button", { name: "Renumber", exact: true })).toHaveCount(0);

  // Freeze the numbers as they stand (a seeded draft may already have them frozen: then nothing changes).
  const first = await renumber(secretariat);
  await first.getByRole("button", { name: "Close" }).click();
  await expect(secretariat.getByRole("status")).toHaveText("Connected · all changes saved");
  const before = await operativeNumbers(secretariat);
  expect(before.length).toBeGreaterThan(5);

  // Kazakhstan proposes a new paragraph after the first open operative paragraph without brackets.
  const anchor = text(kz)
    .locator(':scope > p[data-kind="operative"][data-status="open"]')
    .filter({ hasNotText: "[" })
    .first();
  const anchorNumber = (await anchor.getAttribute("data-number"))!;
  expect(anchorNumber).toMatch(/^OP\d+$/);
  const n = Number(anchorNumber.slice(2));
  const anchorText = (await anchor.textContent())!;
  await placeCaretAtEnd(anchor);
  await kz.keyboard.press("Enter");
  await kz.keyboard.type("Decide to establish a working group on transformation.");
  const proposal = (page: Page) => text(page).locator("p", { hasText: "Decide to establish a working group" });
  await expect(proposal(kz)).toHaveText("Decide to establish a working group on transformation.");
  await expect(anchor).toHaveText(anchorText);
  await expect(proposal(kz)).toHaveAttribute("data-number", `OP${n} bis`);
  await expect(proposal(secretariat)).toHaveAttribute("data-number", `OP${n} bis`);
  // The paragraph after it keeps its number.
  await expect(proposal(secretariat).locator("xpath=following-sibling::p[1]")).toHaveAttribute(
    "data-number",
    `OP${n + 1}`,
  );
  await expect(kz.getByRole("status")).toHaveText("Connected · all changes saved");

  // The secretariat deletes a later open paragraph (one not after locked text, which Backspace
  // would have to touch; a delegation could not empty it word by word, since other states hold
  // brackets in it): its number stays in the text as "OPm [deleted]" until the renumbering.
  const doomedNumber = await text(kz)
    .locator(':scope > p[data-kind="operative"][data-status="open"]')
    .evaluateAll(
      (nodes, after) =>
        nodes
          .map((node) => ({ number: node.getAttribute("data-number")!, before: node.previousElementSibling }))
          .find(
            ({ number, before }) =>
              /^OP\d+$/.test(number) &&
              Number(number.slice(2)) > after &&
              !["agreed", "agreed_ad_ref"].includes(before?.getAttribute("data-status") ?? ""),
          )!.number,
      n + 1,
    );
  const doomed = text(secretariat).locator(`:scope > p[data-number="${doomedNumber}"]`);
  expect(await wordsOf(doomed)).not.toBe("");
  await doomed.click({ clickCount: 3 });
  await secretariat.keyboard.press("Backspace");
  await expect.poll(() => wordsOf(doomed)).toBe("");
  await secretariat.keyboard.press("Backspace");
  for (const page of [kz, secretariat])
    await expect(text(page).locator(".deleted-paragraph")).toHaveText(`${doomedNumber} [deleted]`);
  await expect(secretariat.getByRole("status")).toHaveText("Connected · all changes saved");
  // The proposal near the top, the deleted paragraph below it: both kinds of stable number at once.
  await proposal(kz).evaluate((node) => {
    node.scrollIntoView({ block: "start" });
    window.scrollBy(0, -200);
  });
  await kz.screenshot({ path: "docs/screenshots/numbering.png" });

  // The secretariat renumbers: the table says where OPn bis went, and every number is sequential.
  const done = await renumber(secretariat);
  await expect(done.getByRole("row", { name: `OP${n} bis OP${n + 1}` })).toBeVisible();
  await expect(done.getByRole("row", { name: `OP${n + 1} OP${n + 2}` })).toBeVisible();
  await expect(done.getByRole("row", { name: `${doomedNumber} deleted` })).toBeVisible();
  await secretariat.screenshot({ path: "docs/screenshots/renumbering.png" });
  await done.getByRole("button", { name: "Close" }).click();

  for (const page of [secretariat, kz]) {
    await expect(proposal(page)).toHaveAttribute("data-number", `OP${n + 1}`);
    const numbers = await operativeNumbers(page);
    expect(numbers).toEqual(numbers.map((_, index) => `OP${index + 1}`));
    expect(numbers).toHaveLength(before.length); // one inserted, one deleted
    await expect(text(page).locator(".deleted-paragraph")).toHaveCount(0);
  }

  // The API reads the same numbers from the stored live text.
  await expect(secretariat.getByRole("status")).toHaveText("Connected · all changes saved");
  const id = secretariat.url().split("/").pop()!;
  const draft = (await (await kz.request.get(`/api/documents/${id}`)).json()) as {
    paragraphs: { text: string; number: string; status: string }[];
  };
  const row = draft.paragraphs.find((paragraph) => paragraph.text.startsWith("Decide to establish a working group"));
  expect(row).toMatchObject({ number: `OP${n + 1}`, status: "open" });
});
