import { expect, test } from "@playwright/test";
import { signInWithForm } from "../support/sign-in";

test("a delegate signs in, sees the forum's drafts and who they are", async ({ page }) => {
  await signInWithForm(page, "kz@concord.test");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { name: "Drafts" })).toBeVisible();

  const header = page.getByRole("banner");
  await expect(header.getByText("Delegate of Kazakhstan")).toBeVisible();
  await expect(header.getByText("Delegate", { exact: true })).toBeVisible();
  await expect(header.getByTitle("Kazakhstan")).toHaveText("KZ");

  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(7); // a header row and the six drafts of the demo forum
  await expect(
    page.getByRole("link", { name: /Leaders' Statement on Cooperation in the Field of Security/ }),
  ).toBeVisible();
  await expect(page.getByRole("cell", { name: "CICA/SWG/2022/3" })).toBeVisible();
  await page.screenshot({ path: "docs/screenshots/drafts.png" });
});

test("an observer signs in and is shown as an observer, without a delegation", async ({ page }) => {
  await signInWithForm(page, "observer@concord.test");
  const header = page.getByRole("banner");
  await expect(header.getByText("Observer from the OSCE")).toBeVisible();
  await expect(header.locator(".role-chip")).toHaveText("Observer");
  await expect(header.locator(".state-chip")).toHaveCount(0);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(7);
});

test("a wrong password gets one clear message and no session", async ({ page }) => {
  await signInWithForm(page, "ru@concord.test", "not-the-password");
  await expect(page.locator("#sign-in-error")).toHaveText(
    "The email or password is not correct. Check both and try again.",
  );
  await expect(page).toHaveURL(/\/sign-in/);

  // An unknown account gets exactly the same message: nothing tells which emails exist.
  await signInWithForm(page, "nobody@concord.test", "concord");
  await expect(page.locator("#sign-in-error")).toHaveText(
    "The email or password is not correct. Check both and try again.",
  );
  await page.screenshot({ path: "docs/screenshots/sign-in-error.png" });
});

test("signing out ends the session", async ({ page }) => {
  await signInWithForm(page, "chair@concord.test");
  await expect(page.getByRole("banner").getByText("Chair", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("pages need a session and send the visitor back after signing in", async ({ page }) => {
  await page.goto("/drafts/00000000-0000-0000-0000-000000000000");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdrafts%2F/);
  await page.getByLabel("Email").fill("secretariat@concord.test");
  await page.getByLabel("Password").fill("concord");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/drafts\/00000000-0000-0000-0000-000000000000$/);
  await expect(page.getByRole("heading", { name: "There is no draft here" })).toBeVisible();
});

test("repeated wrong passwords are slowed down, with a message that says how long to wait", async ({ page }) => {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await signInWithForm(page, "lk@concord.test", `guess-${attempt}`);
    await expect(page.locator("#sign-in-error")).toHaveText(/not correct/);
  }
  // The sixth attempt is not even checked, whatever the password.
  await signInWithForm(page, "lk@concord.test", "concord");
  await expect(page.locator("#sign-in-error")).toHaveText(
    /^Too many unsuccessful attempts\. Wait \d+ seconds? and try again\.$/,
  );
  await expect(page).toHaveURL(/\/sign-in/);
});
