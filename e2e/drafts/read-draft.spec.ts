import { expect, test } from "@playwright/test";
import { signInWithForm } from "../support/sign-in";

test("a delegate opens a draft and reads its numbered, bracketed text", async ({ page }) => {
  await signInWithForm(page, "cn@concord.test");
  await page.getByRole("link", { name: /Leaders' Statement on Cooperation in the Field of Security/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Leaders' Statement/ })).toBeVisible();
  await expect(page.getByText("CICA/SWG/2022/3", { exact: true })).toBeVisible();

  const text = page.getByRole("article", { name: "Negotiating text" });
  await expect(text.locator(".para .number").first()).toHaveText("PP1");
  await expect(text.locator(".para .number", { hasText: /^OP1$/ })).toHaveCount(1);
  // Brackets are visible with the states that hold them.
  await expect(text.locator(".bracket").first()).toBeVisible();
  await expect(text.locator(".holders").first()).toHaveText(/^[A-Z]{2}( [A-Z]{2})*$/);
  await expect(text.locator(".status-agreed").first()).toBeVisible();
  await page.screenshot({ path: "docs/screenshots/draft.png", fullPage: false });
});

test("the drafts API lists the drafts for a signed-in user and refuses strangers", async ({ page, request }) => {
  const anonymous = await request.get("/api/documents");
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toEqual({ error: "unauthenticated", message: "Sign in first." });

  await signInWithForm(page, "tr@concord.test");
  await expect(page.getByRole("heading", { name: "Drafts" })).toBeVisible();
  const response = await page.request.get("/api/documents");
  expect(response.status()).toBe(200);
  const drafts = (await response.json()) as Record<string, unknown>[];
  expect(drafts).toHaveLength(6);
  for (const draft of drafts) {
    expect(Object.keys(draft).sort()).toEqual(["id", "kind", "stage", "symbol", "title", "updatedAt"]);
  }
  expect(drafts.map((draft) => draft.symbol)).toContain("CICA/SWG/2022/3");
});

test("the health check is public", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});
