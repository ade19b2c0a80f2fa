// A paragraph's number in the gutter is a button that opens the paragraph's menu: a link to it,
// its history, its threads and, for the chair, its status. Reached by mouse or keyboard, closed
// by Escape or a click elsewhere.
import { expect, test, type Page } from "@playwright/test";
import { openDraftAs, selectWords } from "../support/draft-page";

const DRAFT = /Concept Paper on the Human Dimension/;

const text = (page: Page) => page.locator(".draft-text.live");
const numberButton = (page: Page, label: string) => page.getByRole("button", { name: `Paragraph ${label}: menu` });
const menuOf = (page: Page, label: string) => page.getByRole("menu", { name: `Paragraph ${label}` });

/** The number and id of the first operative paragraph. */
async function firstOperative(page: Page) {
  const paragraph = text(page).locator(':scope > p[data-kind="operative"]').first();
  return {
    paragraph,
    label: (await paragraph.getAttribute("data-number"))!,
    pid: (await paragraph.getAttribute("data-pid"))!,
  };
}

test("a number opens its paragraph's menu by mouse or keyboard; Escape and a click elsewhere close it", async ({
  browser,
}) => {
  const kz = await openDraftAs(browser, "kz@concord.test", DRAFT);
  const { label } = await firstOperative(kz);
  const button = numberButton(kz, label);
  await expect(button).toBeVisible();

  await button.click();
  const menu = menuOf(kz, label);
  await expect(menu).toBeVisible();
  await expect(menu.getByRole("menuitem")).toHaveText([
    "Copy link to this paragraph",
    "History of this paragraph",
    "Threads on this paragraph",
  ]);
  await expect(menu.getByRole("menuitem", { name: "Copy link to this paragraph" })).toBeFocused();
  await kz.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitem", { name: "History of this paragraph" })).toBeFocused();
  await kz.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();

  // From the keyboard: the number is a button like any other.
  await kz.keyboard.press("Enter");
  await expect(menu).toBeVisible();
  await kz.getByRole("heading", { level: 1 }).first().click();
  await expect(menu).toBeHidden();

  // Preambular paragraphs have theirs too; the text holds no number.
  await numberButton(kz, "PP1").click();
  await expect(menuOf(kz, "PP1")).toBeVisible();
  await expect(text(kz).locator(':scope > p[data-kind="preambular"]').first()).not.toContainText("PP1");
  await kz.context().close();
});

test("Copy link gives the address that opens the draft on that paragraph", async ({ browser }) => {
  const kz = await openDraftAs(browser, "kz@concord.test", DRAFT);
  await kz.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const { label, pid } = await firstOperative(kz);
  await numberButton(kz, label).click();
  await menuOf(kz, label).getByRole("menuitem", { name: "Copy link to this paragraph" }).click();
  await expect(kz.getByText(`Link to ${label} copied.`)).toBeVisible();
  const link = await kz.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${new URL(kz.url()).origin}${new URL(kz.url()).pathname}#${pid}`);

  const reader = await kz.context().newPage();
  await reader.goto(link);
  await expect(reader.locator(`.draft-text.live p[data-pid="${pid}"]`)).toHaveClass(/paragraph-target/);
  await kz.context().close();
});

test("History of this paragraph opens its history", async ({ browser }) => {
  const kz = await openDraftAs(browser, "kz@concord.test", DRAFT);
  const { label, pid } = await firstOperative(kz);
  await numberButton(kz, label).click();
  await menuOf(kz, label).getByRole("menuitem", { name: "History of this paragraph" }).click();
  await expect(kz).toHaveURL(new RegExp(`/paragraphs/${pid}$`));
  await kz.context().close();
});

test("Threads on this paragraph narrows the threads panel to it", async ({ browser }) => {
  const kz = await openDraftAs(browser, "kz@concord.test", DRAFT);
  const panel = kz.getByRole("complementary", { name: "Threads" });
  await expect(panel.locator(".threads-count")).not.toHaveText("Loading the threads…");
  const { paragraph, label } = await firstOperative(kz);
  const words = (await paragraph.innerText()).split(/\s+/).slice(1, 4).join(" ");
  await selectWords(paragraph, words);
  await kz.getByRole("button", { name: "Comment", exact: true }).click();
  const form = kz.getByRole("form", { name: "New thread" });
  await form.getByRole("textbox", { name: "Comment", exact: true }).fill("Kazakhstan asks about these words.");
  await form.getByRole("button", { name: "Post" }).click();
  await expect(form).toBeHidden();

  await numberButton(kz, "PP1").click();
  await menuOf(kz, "PP1").getByRole("menuitem", { name: "Threads on this paragraph" }).click();
  await expect(panel.getByText("No threads on PP1")).toBeFocused();
  await expect(panel.getByRole("article")).toHaveCount(0);

  await numberButton(kz, label).click();
  await menuOf(kz, label).getByRole("menuitem", { name: "Threads on this paragraph" }).click();
  await expect(panel.getByText(`Threads on ${label}: 1`)).toBeVisible();
  await expect(panel.getByRole("article").filter({ hasText: "Kazakhstan asks about these words." })).toBeVisible();
  await panel.getByRole("button", { name: "Show all threads" }).click();
  await expect(panel.getByText(`Threads on ${label}`)).toBeHidden();
  await kz.context().close();
});

test("the chair sets a paragraph's status from its number; delegates are not offered it", async ({ browser }) => {
  const chair = await openDraftAs(browser, "chair@concord.test", DRAFT);
  const { label } = await firstOperative(chair);
  await numberButton(chair, label).click();
  await menuOf(chair, label).getByRole("menuitem", { name: "Set status…" }).click();
  const tools = chair.getByRole("group", { name: "Paragraph status" });
  await expect(tools).toContainText(`${label}:`);
  await expect(tools.getByRole("button").and(chair.locator(":focus"))).toHaveCount(1);

  const kz = await openDraftAs(browser, "kz@concord.test", DRAFT);
  await numberButton(kz, label).click();
  await expect(menuOf(kz, label).getByRole("menuitem")).toHaveCount(3);
  await expect(menuOf(kz, label).getByRole("menuitem", { name: "Set status…" })).toHaveCount(0);
  await chair.context().close();
  await kz.context().close();
});
