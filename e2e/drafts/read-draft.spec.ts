import { expect, test } from "@playwright/test";
import { signInWithForm } from "../support/sign-in";

test("a delegate opens a draft and reads its numbered text, live", async ({ page }) => {
  await signInWithForm(page, "cn@concord.test");
  await page.getByRole("link", { name: /Leaders' Statement on Cooperation in the Field of Security/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Leaders' Statement/ })).toBeVisible();
  await expect(page.getByText("CICA/SWG/2022/3", { exact: true })).toBeVisible();

  const text = page.getByRole("textbox", { name: "Negotiating text (editable)" });
  await expect(text).toContainText("Recognizing that information and communication technologies");
  await expect(page.getByRole("status")).toHaveText("Connected · all changes saved");
  // Numbers are drawn in the gutter from the paragraph kind, never typed into the text.
  const first = text.locator("p[data-kind]").first();
  await expect(first).toHaveAttribute("data-kind", "preambular");
  await expect(first).toHaveAttribute("data-number", "PP1");
  await expect(text.locator('p[data-kind="operative"]').first()).toHaveAttribute("data-number", "OP1");
  await expect(text).not.toContainText("PP1");
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
    expect(Object.keys(draft).sort()).toEqual(["id", "kind", "revision", "stage", "symbol", "title", "updatedAt"]);
  }
  expect(drafts.map((draft) => draft.symbol)).toContain("CICA/SWG/2022/3");
});

test("the health check is public", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});
