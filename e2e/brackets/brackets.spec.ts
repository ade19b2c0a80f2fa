// Brackets held by Member States, end to end: a delegation brackets words for itself and every
// other browser sees them attributed to it; it withdraws and the brackets go; the chair's
// dashboard follows the text live and leads back to the paragraph.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInWithApi } from "../support/sign-in";
import { selectWords } from "../support/draft-page";

const DRAFT_TITLE = /Concept Paper on Development of Secure and Effective Systems of Transportation Corridors/;
const TARGET = "Taking into account the results achieved under the";
const WORDS = "previous Concept Paper";

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  await signInWithApi(context.request, email);
  return context.newPage();
}

async function openDraft(page: Page): Promise<void> {
  await page.goto("/");
  await page.getByRole("link", { name: DRAFT_TITLE }).click();
  await expect(page.getByRole("status")).toHaveText("Connected · all changes saved");
}

const paragraphWith = (page: Page, text: string) => page.locator(".draft-text.live p", { hasText: text });

const count = (page: Page, status: string) => page.locator(`.status-count[data-status="${status}"] dd`);

test("a delegation brackets words for itself, the chair sees them attributed, the dashboard follows", async ({
  browser,
}) => {
  // The chair's dashboard, reached from the drafts list.
  const dashboard = await signedInPage(browser, "chair@concord.test");
  await dashboard.goto("/");
  await dashboard.getByRole("link", { name: "Dashboard: where the drafts stand" }).click();
  const card = dashboard.locator(".draft-card", { hasText: DRAFT_TITLE });
  await expect(card.locator('.status-count[data-status="bracketed"] dd')).toHaveText(/\d+/);
  await card.getByRole("link", { name: DRAFT_TITLE }).click();
  await expect(dashboard.getByRole("heading", { name: "Brackets held, by delegation" })).toBeVisible();
  const bracketedBefore = Number(await count(dashboard, "bracketed").textContent());
  const openBefore = Number(await count(dashboard, "open").textContent());
  expect(openBefore).toBeGreaterThan(0);
  // Seeded holds are attributed: Kazakhstan holds brackets in PP3 already.
  await expect(dashboard.locator('tr[data-state="KZ"]')).toContainText("PP3");

  const kz = await signedInPage(browser, "kz@concord.test");
  await openDraft(kz);
  const chair = await signedInPage(browser, "chair@concord.test");
  await openDraft(chair);
  // The demo's brackets carry their states.
  await expect(paragraphWith(chair, "geopolitical turbulence").locator(".bracket-label")).toHaveText("AZ KZ TR");

  // Kazakhstan brackets words: by default for its own delegation.
  await selectWords(paragraphWith(kz, TARGET), WORDS);
  await kz.getByRole("button", { name: "Bracket", exact: true }).click();
  await expect(paragraphWith(kz, TARGET)).toContainText(`[${WORDS}]`);
  await expect(paragraphWith(kz, TARGET).locator(".bracket-label")).toHaveText("KZ");

  // The chair, in another browser, sees them attributed to Kazakhstan.
  await expect(paragraphWith(chair, TARGET)).toContainText(`[${WORDS}]`);
  await expect(paragraphWith(chair, TARGET).locator(".bracket-label")).toHaveText("KZ");

  // The dashboard moved with the text: one paragraph more bracketed, one fewer open.
  await expect(count(dashboard, "bracketed")).toHaveText(String(bracketedBefore + 1));
  await expect(count(dashboard, "open")).toHaveText(String(openBefore - 1));
  await expect(dashboard.locator('tr[data-state="KZ"]')).toContainText("PP6");
  await dashboard.screenshot({ path: "docs/screenshots/dashboard.png", fullPage: true });
  await paragraphWith(chair, "geopolitical turbulence").scrollIntoViewIfNeeded();
  await chair.screenshot({ path: "docs/screenshots/brackets.png" });
  await expect(kz.getByRole("status")).toHaveText("Connected · all changes saved");

  // Kazakhstan withdraws: nobody holds the words any more, so the brackets go.
  await paragraphWith(kz, TARGET).locator(".bracket").click();
  await kz.getByRole("button", { name: "Withdraw KZ" }).click();
  await expect(paragraphWith(kz, TARGET)).not.toContainText("[");
  await expect(paragraphWith(chair, TARGET)).not.toContainText("[");
  await expect(paragraphWith(chair, TARGET).locator(".bracket-label")).toHaveCount(0);
  await expect(count(dashboard, "bracketed")).toHaveText(String(bracketedBefore));
  await expect(dashboard.locator('tr[data-state="KZ"]')).not.toContainText("PP6");

  // A paragraph reference on the dashboard leads to the paragraph in the draft.
  await dashboard.locator('tr[data-state="KZ"]').getByRole("link", { name: "PP3" }).click();
  await expect(dashboard).toHaveURL(/\/drafts\/[^/]+#p[a-z2-9]{11}$/);
  await expect(dashboard.locator(".draft-text.live .paragraph-target")).toContainText("geopolitical turbulence");

  for (const page of [dashboard, kz, chair]) await page.context().close();
});

test("a delegation proposes deleting a paragraph and another asks to retain it", async ({ browser }) => {
  const ru = await signedInPage(browser, "ru@concord.test");
  await openDraft(ru);
  const cn = await signedInPage(browser, "cn@concord.test");
  await openDraft(cn);
  const target = "Facilitate transit transport for the landlocked developing countries";

  await paragraphWith(ru, target).click();
  await ru.getByRole("button", { name: "Propose deletion" }).click();
  await expect(paragraphWith(cn, target).locator(".bracket-deletion")).toHaveText("RU: delete");

  await paragraphWith(cn, target).click();
  await cn.getByRole("button", { name: "Retain" }).click();
  await expect(paragraphWith(ru, target).locator(".bracket-deletion")).toHaveText("RU: delete · CN: retain");
  for (const page of [ru, cn]) await page.context().close();
});

test("the chair brackets words for any state and removes a bracket", async ({ browser }) => {
  const chair = await signedInPage(browser, "chair@concord.test");
  await openDraft(chair);
  const tr = await signedInPage(browser, "tr@concord.test");
  await openDraft(tr);
  const target = "Establish an informal working group of";

  await chair.getByRole("textbox", { name: "held by", exact: true }).fill("tr in");
  await selectWords(paragraphWith(chair, target), "national experts");
  await chair.getByRole("button", { name: "Bracket", exact: true }).click();
  await expect(paragraphWith(tr, target)).toContainText("[national experts]");
  await expect(paragraphWith(tr, target).locator(".bracket-label")).toHaveText("TR IN");
  // Those words are Türkiye's and India's now: China's delegate cannot rewrite them.
  const cn = await signedInPage(browser, "cn@concord.test");
  await openDraft(cn);
  await selectWords(paragraphWith(cn, target), "experts");
  await cn.keyboard.type("officials");
  // The editor knows it: the keystroke is not taken, and China is told whose words they are.
  await expect(cn.getByRole("alert").filter({ hasText: "Not possible" })).toContainText(
    "These words are held by Türkiye and India: only they can change or move them.",
  );
  await expect(paragraphWith(cn, target)).toContainText("[national experts]");
  await expect(paragraphWith(tr, target)).not.toContainText("officials");
  await cn.context().close();
  // The seeded deletion proposal stands at the head of the paragraph.
  await expect(paragraphWith(tr, target).locator(".bracket-deletion")).toHaveText(
    "IN, EG: delete · AZ, CN, KZ: retain",
  );

  await paragraphWith(chair, target).locator(".bracket").click();
  await chair.getByRole("button", { name: "Remove bracket" }).click();
  // The words stay, unbracketed; the seeded deletion proposal still keeps the paragraph bracketed.
  await expect(paragraphWith(tr, target).locator(".bracket")).toHaveCount(0);
  await expect(paragraphWith(tr, target).locator(".bracket-label")).toHaveCount(0);
  await expect(paragraphWith(tr, target)).not.toContainText("[national experts]");
  for (const page of [chair, tr]) await page.context().close();
});

test("a delegation backs an alternative and the chair chooses one", async ({ browser }) => {
  const ru = await signedInPage(browser, "ru@concord.test");
  await openDraft(ru);
  const chair = await signedInPage(browser, "chair@concord.test");
  await openDraft(chair);
  const target = "Support [Alt 1:";

  await paragraphWith(ru, target).locator(".bracket--alternative", { hasText: "Alt 2:" }).click();
  await ru.getByRole("button", { name: "Back (RU)" }).click();
  await expect(paragraphWith(chair, target).locator(".bracket-label").nth(1)).toHaveText("Alt 2: IN IR RU");

  await paragraphWith(chair, target).locator(".bracket--alternative", { hasText: "Alt 1:" }).click();
  await chair.getByRole("button", { name: "Choose Alt 1" }).click();
  const chosen = paragraphWith(ru, "Support the development of dry ports");
  await expect(chosen).not.toContainText("[");
  await expect(chosen).not.toContainText("Alt 2");
  await expect(chosen.locator(".bracket-label")).toHaveCount(0);
  for (const page of [ru, chair]) await page.context().close();
});
