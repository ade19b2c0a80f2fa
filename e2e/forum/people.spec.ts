// The secretariat invites a delegate from the People page; the delegate sets a password through
// the link in a browser of their own, signs in and opens a draft; once the secretariat
// deactivates them, their next page load goes to the sign-in page.
import { expect, test } from "@playwright/test";
import { signInWithApi } from "../support/sign-in";

const EMAIL = "dana.seitkali@mfa.kz.test";
const PASSWORD = "steppe wind over the capital";

test("a delegate invited from the People page sets a password, negotiates, and is deactivated", async ({ browser }) => {
  const secretariatContext = await browser.newContext();
  await signInWithApi(secretariatContext.request, "secretariat@concord.test");
  const secretariat = await secretariatContext.newPage();
  await secretariat.goto("/forum/people");
  await expect(secretariat.getByRole("heading", { name: "People", level: 1 })).toBeVisible();

  const add = secretariat.getByRole("region", { name: "Add a person" });
  await add.getByLabel("Name").fill("Dana Seitkali");
  await add.getByLabel("Email").fill(EMAIL);
  await add.getByLabel("Role").selectOption("DELEGATE");
  await add.getByLabel("Delegation").selectOption("KZ");
  await add.getByRole("button", { name: "Add and invite" }).click();
  const linkField = add.getByLabel(`Invitation link for Dana Seitkali (${EMAIL})`);
  await expect(linkField).toBeVisible();
  const link = await linkField.inputValue();
  expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);
  await expect(secretariat.locator(`tr[data-email="${EMAIL}"]`)).toContainText("Invited — no password yet");

  // The delegate, in a browser of their own, never signed in.
  const delegateContext = await browser.newContext();
  const delegate = await delegateContext.newPage();
  await delegate.goto(link);
  await expect(delegate.getByRole("heading", { name: "Welcome to Concord" })).toBeVisible();
  await delegate.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await delegate.getByLabel("Password again").fill(PASSWORD);
  await delegate.getByRole("button", { name: "Set password" }).click();
  await expect(delegate.getByText("Your password is set.")).toBeVisible();
  await delegate.getByRole("link", { name: "Sign in" }).click();
  await delegate.getByLabel("Email").fill(EMAIL);
  await delegate.getByLabel("Password").fill(PASSWORD);
  await delegate.getByRole("button", { name: "Sign in" }).click();
  await delegate.getByRole("link", { name: /Concept Paper on the Human Dimension/ }).click();
  await expect(delegate.getByRole("status").filter({ hasText: "Connected" })).toHaveText(
    "Connected · all changes saved",
  );

  // The link worked once: opened again, it says so.
  const again = await delegateContext.newPage();
  await again.goto(link);
  await expect(again.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await expect(again.getByText(/already used to set a password/)).toBeVisible();
  await again.close();

  // The secretariat deactivates the delegate, after a confirmation.
  await secretariat.reload();
  const row = secretariat.locator(`tr[data-email="${EMAIL}"]`);
  await expect(row).toContainText("Active");
  await row.getByRole("button", { name: "Deactivate" }).click();
  const dialog = secretariat.getByRole("dialog", { name: "Deactivate Dana Seitkali?" });
  await dialog.getByRole("button", { name: "Deactivate" }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText("Deactivated");

  // The delegate's next page load goes to sign-in, and signing in again is refused.
  await delegate.reload();
  await expect(delegate).toHaveURL(/\/sign-in/);
  await delegate.getByLabel("Email").fill(EMAIL);
  await delegate.getByLabel("Password").fill(PASSWORD);
  await delegate.getByRole("button", { name: "Sign in" }).click();
  await expect(delegate.locator("#sign-in-error")).toHaveText(
    "The email or password is not correct. Check both and try again.",
  );

  await delegateContext.close();
  await secretariatContext.close();
});
