// The forum's settings: the secretariat sets the pattern of the document symbols in the Forum
// area and sees the next draft's symbol follow it; the chair reads them; nobody else gets them.
import { expect, request, test } from "@playwright/test";
import { baseURL, signedInAs } from "../support/api-clients";
import { signInWithForm } from "../support/sign-in";

test("the secretariat sets the forum's symbol pattern, and the next draft's symbol follows it", async ({ page }) => {
  await signInWithForm(page, "secretariat@concord.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Forum" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("CICA Special Working Group");

  const pattern = page.getByLabel("Document symbols");
  await pattern.fill("CICA/SWG/{year}");
  await expect(page.getByText("A symbol pattern needs {n}, the number of the draft.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save settings" })).toBeDisabled();

  const year = new Date().getFullYear();
  await pattern.fill("CICA/SWG/CH/{year}/{n}");
  await expect(page.getByText(`a new draft now would be like CICA/SWG/CH/${year}/1`)).toBeVisible();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText(`Saved. The next new draft will be CICA/SWG/CH/${year}/1.`);
  await page.screenshot({ path: "docs/screenshots/forum-settings.png", fullPage: true });

  // Put back for the other tests, through the API the page uses.
  const response = await page.request.patch("/api/forum", { data: { symbolPattern: "CICA/SWG/{year}/{n}" } });
  expect(response.status()).toBe(200);
});

test("the chair reads the settings; a delegate and an observer get neither the page nor the API", async ({
  browser,
}) => {
  const chair = await browser.newPage();
  await signInWithForm(chair, "chair@concord.test");
  await expect(chair).toHaveURL(/\/$/);
  await chair.goto("/forum");
  await expect(chair.getByLabel("Document symbols")).toBeDisabled();
  await expect(chair.getByRole("button", { name: "Save settings" })).toHaveCount(0);
  const refused = await chair.request.patch("/api/forum", { data: { name: "The chair's forum" } });
  expect(refused.status()).toBe(403);
  await chair.close();

  for (const email of ["kz@concord.test", "observer@concord.test"]) {
    const api = await signedInAs(email);
    expect((await api.get("/api/forum")).status()).toBe(403);
    expect((await api.patch("/api/forum", { data: { name: "Hijacked" } })).status()).toBe(403);
    await api.dispose();
  }
  const stranger = await request.newContext({ baseURL });
  expect((await stranger.get("/api/forum")).status()).toBe(401);
  await stranger.dispose();
});
