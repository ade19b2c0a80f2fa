// Comment threads in the draft, as delegations use them: a public comment reaches every
// delegation at once, an internal note stays inside its own delegation, observers read and never
// write, and whatever anyone types is shown as text, never run as markup.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { openDraftAs as openDraft, selectWords as selectWordsIn } from "../support/draft-page";

const DRAFT_TITLE = /Regulations of the CICA Fund/;

async function openDraftAs(browser: Browser, email: string): Promise<Page> {
  const page = await openDraft(browser, email, DRAFT_TITLE);
  await waitUntilLive(page);
  return page;
}

async function waitUntilLive(page: Page): Promise<void> {
  await expect(page.getByRole("status")).toHaveText("Connected · all changes saved");
  const panel = threadsPanel(page);
  await expect(panel.locator(".threads-live")).toHaveText(/Live$/);
  await expect(panel.locator(".threads-count")).not.toHaveText("Loading the threads…");
}

function threadsPanel(page: Page) {
  return page.getByRole("complementary", { name: "Threads" });
}

function threadCard(page: Page, text: string) {
  return threadsPanel(page).getByRole("article").filter({ hasText: text });
}

/** The words highlighted as thread anchors in the paragraph that holds the given text. */
async function highlighted(page: Page, inParagraph: string): Promise<string> {
  return page
    .locator(".draft-text.live > p", { hasText: inParagraph })
    .locator(".thread-anchor")
    .evaluateAll((spans) => spans.map((span) => span.textContent).join(""));
}

/** Selects the given words in the text, as a delegate does with the mouse or Shift+arrows. */
async function selectWords(page: Page, words: string): Promise<void> {
  await selectWordsIn(page.locator(".draft-text.live p", { hasText: words }).first(), words);
  await expect(page.getByRole("button", { name: "Comment", exact: true })).toBeEnabled();
}

async function openThread(page: Page, words: string, body: string, visibility: RegExp = /^Public/): Promise<void> {
  await selectWords(page, words);
  await page.getByRole("button", { name: "Comment", exact: true }).click();
  const form = page.getByRole("form", { name: "New thread" });
  await expect(form.getByLabel("Quoted text")).toHaveText(words);
  await form.getByRole("radio", { name: visibility }).check();
  await form.getByRole("textbox", { name: "Comment", exact: true }).fill(body);
  await form.getByRole("button", { name: "Post" }).click();
  await expect(form).toBeHidden();
  await expect(threadCard(page, body)).toBeVisible();
}

test("a public comment by Kazakhstan reaches Russia at once, with its words highlighted and counted", async ({
  browser,
}) => {
  const kz = await openDraftAs(browser, "kz@concord.test");
  const ru = await openDraftAs(browser, "ru@concord.test");
  const failures: string[] = [];
  for (const page of [kz, ru]) page.on("pageerror", (error) => failures.push(error.message));
  const words = "mobilization of voluntary funding";
  const body = "Kazakhstan proposes to keep this wording; @RU could you confirm?";

  await openThread(kz, words, body);
  const posted = Date.now();

  // Russia's page was not reloaded: the thread arrives on the live channel.
  const card = threadCard(ru, body);
  await expect(card).toBeVisible({ timeout: 2_000 });
  console.log(`The thread reached the other delegation in ${Date.now() - posted} ms.`);
  await expect(card.getByLabel("Quoted text")).toHaveText(words);
  await expect(card.getByText("KZ", { exact: true })).toBeVisible();
  await expect(card.getByText("Public", { exact: true })).toBeVisible();
  await expect(card.locator("mark.mention")).toHaveText("@RU");
  await expect(card.locator(".comment-author")).toHaveText("Delegate of Kazakhstan");

  // In the text: the words are highlighted and the gutter counts the paragraph's threads.
  await expect.poll(() => highlighted(ru, words)).toBe(words);
  const paragraph = ru.locator(".draft-text.live > p", { hasText: words });
  await expect(paragraph).toHaveAttribute("data-threads", "1");
  await expect(paragraph).toHaveAttribute("data-threads-label", "1 thread");

  // Clicking the highlight shows its thread in the panel.
  await paragraph.locator(".thread-anchor").first().click();
  await expect(card).toHaveAttribute("aria-current", "true");

  // Russia replies; Kazakhstan sees it without reloading either.
  await card.getByRole("textbox", { name: "Reply" }).fill("Russia can accept it ad ref.");
  await card.getByRole("button", { name: "Reply" }).click();
  await expect(threadCard(kz, body).getByText("Russia can accept it ad ref.")).toBeVisible({ timeout: 2_000 });
  expect(failures).toEqual([]);

  await kz.context().close();
  await ru.context().close();
});

test("an internal note by Kazakhstan stays with Kazakhstan's delegation", async ({ browser }) => {
  const kz = await openDraftAs(browser, "kz@concord.test");
  const ru = await openDraftAs(browser, "ru@concord.test");
  const kz2 = await openDraftAs(browser, "kz2@concord.test");
  const body = "Internal: our capital wants 'transparent' kept at all costs.";

  await selectWords(kz, "predictable and transparent financial support");
  await kz.getByRole("button", { name: "Comment", exact: true }).click();
  const form = kz.getByRole("form", { name: "New thread" });
  await expect(form.getByRole("radio", { name: /^Internal to Kazakhstan/ })).toBeVisible();
  await kz.keyboard.press("Escape"); // cancelling leaves nothing behind
  await expect(form).toBeHidden();
  await openThread(kz, "predictable and transparent financial support", body, /^Internal to Kazakhstan/);
  await expect(threadCard(kz, body).getByText("Internal", { exact: true })).toBeVisible();

  // The second Kazakh delegate sees it live.
  await expect(threadCard(kz2, body)).toBeVisible({ timeout: 2_000 });
  await expect(threadCard(kz2, body).getByText("Internal", { exact: true })).toBeVisible();

  // Russia never does: not live, not after a reload, not in its text.
  await ru.waitForTimeout(2_500);
  await expect(threadCard(ru, body)).toHaveCount(0);
  await ru.reload();
  await waitUntilLive(ru);
  await expect(threadCard(ru, body)).toHaveCount(0);
  await expect(ru.locator(".draft-text.live .thread-anchor--internal")).toHaveCount(0);
  await expect(ru.locator(".draft-text.live > p", { hasText: "predictable and transparent" })).not.toHaveAttribute(
    "data-threads",
  );

  for (const page of [kz, ru, kz2]) await page.context().close();
});

test("an observer reads public threads and has nothing to write with", async ({ browser }) => {
  const cn = await openDraftAs(browser, "cn@concord.test");
  const body = "China suggests adding 'in accordance with national legislation'.";
  await openThread(cn, "shall not entail any financial obligations", body);

  const observer = await openDraftAs(browser, "observer@concord.test");
  const card = threadCard(observer, body);
  await expect(card).toBeVisible();
  await expect(card.getByText("CN", { exact: true })).toBeVisible();
  await expect(observer.getByRole("button", { name: "Comment", exact: true })).toHaveCount(0);
  const panel = threadsPanel(observer);
  await expect(panel.getByRole("textbox")).toHaveCount(0);
  for (const name of ["Reply", "Resolve", "Reopen", "Post"]) {
    await expect(panel.getByRole("button", { name, exact: true })).toHaveCount(0);
  }
  await expect(panel.getByRole("button", { name: /^Edit/ })).toHaveCount(0);
  // Internal notes of any delegation are not there either.
  await expect(panel.locator(".badge-internal")).toHaveCount(0);
  // Ctrl+Alt+M in the text does not open a form.
  await observer.locator(".draft-text.live p", { hasText: "shall not entail" }).click();
  await observer.keyboard.press("Control+Alt+m");
  await expect(observer.getByRole("form", { name: "New thread" })).toHaveCount(0);

  await cn.context().close();
  await observer.context().close();
});

test("markup in a comment is shown as text and never runs", async ({ browser }) => {
  const kz = await openDraftAs(browser, "kz@concord.test");
  const ru = await openDraftAs(browser, "ru@concord.test");
  const body = `<img src=x onerror="window.__xss=1">`;
  await openThread(kz, "experience of other international", body);

  for (const page of [kz, ru]) {
    const card = threadCard(page, body);
    await expect(card).toBeVisible();
    await expect(card.locator(".comment-body")).toHaveText(body);
    await expect(threadsPanel(page).locator("img")).toHaveCount(0);
  }
  await ru.reload();
  await waitUntilLive(ru);
  await expect(threadCard(ru, body).locator(".comment-body")).toHaveText(body);
  for (const page of [kz, ru]) {
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  }
  await kz.context().close();
  await ru.context().close();
});

test("a delegation edits its comment, resolves its thread and reopens it; filters find it", async ({ browser }) => {
  const kz = await openDraftAs(browser, "kz@concord.test");
  const ru = await openDraftAs(browser, "ru@concord.test");
  const words = "confidence building measures in the priority areas";
  const body = "Kazakhstan: the Catalogue should be named in full.";
  await openThread(kz, words, body);

  // Keyboard only: Ctrl+Alt+M in the text opens the form on the selected words.
  await selectWords(kz, "Recalling the initiative");
  await kz.keyboard.press("Control+Alt+m");
  const form = kz.getByRole("form", { name: "New thread" });
  await expect(form.getByRole("textbox", { name: "Comment", exact: true })).toBeFocused();
  await kz.keyboard.type("A note for the delegation: check with the capital. @CN @TR");
  await form.getByRole("radio", { name: /^Internal to Kazakhstan/ }).check();
  await form.getByRole("textbox", { name: "Comment", exact: true }).press("Control+Enter");
  await expect(form).toBeHidden();

  // Edit one's own words: everyone sees the new text, marked as edited.
  const mine = threadCard(kz, body);
  await mine.getByRole("button", { name: "Edit your comment" }).click();
  await mine.getByRole("textbox", { name: "Edit your comment" }).fill(`${body} (as in Annex I)`);
  await mine.getByRole("button", { name: "Save" }).click();
  const theirs = threadCard(ru, "as in Annex I");
  await expect(theirs).toBeVisible({ timeout: 2_000 });
  await expect(theirs.getByText("(edited)")).toBeVisible();
  // Russia may reply but neither edit Kazakhstan's words nor resolve its thread.
  await expect(theirs.getByRole("button", { name: /^Edit/ })).toHaveCount(0);
  await expect(theirs.getByRole("button", { name: "Resolve" })).toHaveCount(0);

  // Threads are listed in the order of the text.
  const quotes = await threadsPanel(kz).getByLabel("Quoted text").allTextContents();
  expect(quotes.indexOf("Recalling the initiative")).toBeGreaterThanOrEqual(0);
  expect(quotes.indexOf("Recalling the initiative")).toBeLessThan(quotes.indexOf(words));
  await threadsPanel(kz).evaluate((panel) => panel.scrollTo(0, 0));
  await kz.evaluate(() => window.scrollTo(0, 0));
  await kz.screenshot({ path: "docs/screenshots/threads.png" });

  // Resolve: it leaves the open list everywhere, and the "Resolved" filter finds it.
  await threadCard(kz, "as in Annex I").getByRole("button", { name: "Resolve" }).click();
  await expect(threadCard(ru, "as in Annex I")).toHaveCount(0, { timeout: 2_000 });
  await threadsPanel(ru).getByLabel("Status").selectOption("resolved");
  await expect(threadCard(ru, "as in Annex I").getByText("Resolved by Delegate of Kazakhstan")).toBeVisible();
  await threadsPanel(kz).getByLabel("Status").selectOption("resolved");
  await threadCard(kz, "as in Annex I").getByRole("button", { name: "Reopen" }).click();
  await expect(threadCard(ru, "as in Annex I")).toHaveCount(0, { timeout: 2_000 });
  await threadsPanel(ru).getByLabel("Status").selectOption("open");
  await expect(threadCard(ru, "as in Annex I")).toBeVisible();

  // The delegation filter narrows the list to one state's threads.
  await threadsPanel(ru).getByLabel("Delegation").selectOption({ label: "Kazakhstan" });
  await expect(threadsPanel(ru).getByRole("article").filter({ hasNotText: "Kazakhstan" })).toHaveCount(0);

  await kz.context().close();
  await ru.context().close();
});

test("a thread keeps to its words while others edit around them, and says so when they are deleted", async ({
  browser,
}) => {
  const kz = await openDraftAs(browser, "kz@concord.test");
  const ru = await openDraftAs(browser, "ru@concord.test");
  const words = "regional organizations";
  const body = "Which regional organizations are meant here?";
  await openThread(kz, words, body);
  await expect(threadCard(ru, body)).toBeVisible();

  // Russia types just before and just after the quoted words: the thread does not take them in.
  await selectWords(ru, "regional");
  await ru.keyboard.press("ArrowLeft");
  await ru.keyboard.type("[sub-] ");
  await selectWords(ru, "organizations");
  await ru.keyboard.press("ArrowRight");
  await ru.keyboard.type(" [and forums]");
  await expect(kz.locator(".draft-text.live > p", { hasText: "[and forums]" })).toContainText(
    "[sub-] regional organizations [and forums]",
  );
  const marked = await highlighted(kz, "[and forums]");
  expect(marked).toContain(words);
  expect(marked).not.toContain("sub-");
  expect(marked).not.toContain("forums");
  await expect(threadCard(kz, body).locator(".badge-deleted")).toHaveCount(0);

  // Russia deletes the words: Kazakhstan's thread is marked and moves to the end of the list.
  await selectWords(ru, words);
  await ru.keyboard.press("Backspace");
  const card = threadCard(kz, body);
  await expect(card.getByText("On deleted text")).toBeVisible();
  await expect(threadsPanel(kz).getByRole("article").last()).toContainText(body);
  await expect(card.getByRole("button", { name: "Show in text" })).toHaveCount(0);

  await kz.context().close();
  await ru.context().close();
});
