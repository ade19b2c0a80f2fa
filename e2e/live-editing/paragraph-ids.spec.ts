// Paragraphs keep their identity: a new paragraph made with Enter is a new paragraph with its own
// id, ids survive a reload, and a delegate's typing in an agreed paragraph never lands.
import { expect, test } from "@playwright/test";
import { placeCaretAtEnd } from "../support/draft-page";
import { signInWithApi } from "../support/sign-in";

test("Enter makes a new paragraph with its own id; ids last; agreed text stays put", async ({ browser }) => {
  const context = await browser.newContext();
  await signInWithApi(context.request, "kz@concord.test");
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("link", { name: /Concept Paper on the Human Dimension/ }).click();
  await expect(page.getByRole("status")).toHaveText("Connected · all changes saved");

  const text = page.locator(".draft-text.live");
  const ids = () =>
    text.locator("p[data-pid]").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-pid")));
  const before = await ids();
  expect(before.length).toBeGreaterThan(10);
  expect(new Set(before).size).toBe(before.length);

  const open = text.locator('p[data-status="open"]').first();
  const openId = await open.getAttribute("data-pid");
  await placeCaretAtEnd(open);
  await page.keyboard.press("Enter");
  await page.keyboard.type("A new paragraph proposed by Kazakhstan.");
  const added = text.locator("p", { hasText: "A new paragraph proposed by Kazakhstan." });
  await expect(added).toHaveAttribute("data-pid", /^p[a-z2-9]{11}$/);
  const addedId = await added.getAttribute("data-pid");
  expect(addedId).not.toBe(openId);
  await expect(text.locator(`p[data-pid="${openId}"]`)).toHaveCount(1);

  // A delegate cannot type into agreed text: nothing lands, locally or on the server.
  const agreed = text.locator('p[data-status="agreed"]').first();
  const agreedText = await agreed.textContent();
  // The caret is set in its words: a click may land on the "✓ Agreed" mark, which holds none.
  await placeCaretAtEnd(agreed);
  await page.keyboard.type("UNAGREED WORDS");
  await expect(agreed).toHaveText(agreedText!);
  await expect(page.getByRole("status")).toHaveText("Connected · all changes saved");

  await page.reload();
  await expect(page.getByRole("status")).toHaveText("Connected · all changes saved");
  await expect(text.locator(`p[data-pid="${addedId}"]`)).toHaveText("A new paragraph proposed by Kazakhstan.");
  await expect(text.locator(`p[data-pid="${openId}"]`)).toHaveCount(1);
  await expect(text).not.toContainText("UNAGREED WORDS");
  expect(new Set(await ids()).size).toBe(before.length + 1);
  await context.close();
});
