// The secretariat runs a forum from the browser, end to end: imports a Word zero draft, invites a
// delegate who sets a password in a browser of their own, signs in and negotiates the imported
// draft; deactivated while their editor is open, the editor closes within seconds and says why.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { bracketedText } from "../../server/test-support/docx-fixtures/build";
import { caretAfter, wordsOf } from "../support/draft-page";
import { signInWithApi } from "../support/sign-in";

/** The document's own title is "Draft Plan of Action on Counter-Terrorism"; the secretariat gives it
 * another, which no other test's link pattern matches. */
const TITLE = "Zero Draft of the Regional Programme 2027";
const EMAIL = "aigerim.nurlanovna@mfa.kz.test";
const PASSWORD = "a long road to consensus";

test("import a zero draft, invite a delegate who negotiates it, deactivate them mid-edit", async ({ browser }) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "concord-forum-"));
  const file = path.join(dir, "plan-of-action.docx");
  await writeFile(file, await bracketedText());
  try {
    const secretariatContext = await browser.newContext();
    await signInWithApi(secretariatContext.request, "secretariat@concord.test");
    const secretariat = await secretariatContext.newPage();

    // 1. The zero draft, from Word, previewed, then created.
    await secretariat.goto("/forum/drafts/new");
    await secretariat.getByLabel(/Word document/).setInputFiles(file);
    await secretariat.getByRole("button", { name: "Preview" }).click();
    const preview = secretariat.getByRole("region", { name: /Preview: \d+ paragraphs/ });
    for (const number of ["PP1", "PP2", "OP1", "OP4 (a)", "OP4 (b)"])
      await expect(preview.getByText(number, { exact: true })).toBeVisible();
    await expect(secretariat.getByLabel("Title")).toHaveValue("Draft Plan of Action on Counter-Terrorism");
    await secretariat.screenshot({ path: "docs/screenshots/import-preview.png", fullPage: true });
    await secretariat.getByLabel("Title").fill(TITLE);
    await secretariat.getByRole("button", { name: "Create draft" }).click();
    await expect(secretariat.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();

    // 2. A delegate of Kazakhstan, invited from the People page.
    await secretariat.goto("/forum/people");
    const add = secretariat.getByRole("region", { name: "Add a person" });
    await add.getByLabel("Name").fill("Aigerim Nurlanovna");
    await add.getByLabel("Email").fill(EMAIL);
    await add.getByLabel("Role").selectOption("DELEGATE");
    await add.getByLabel("Delegation").selectOption("KZ");
    await add.getByRole("button", { name: "Add and invite" }).click();
    const link = await add.getByLabel(`Invitation link for Aigerim Nurlanovna (${EMAIL})`).inputValue();
    await secretariat.screenshot({ path: "docs/screenshots/people.png", fullPage: true });

    // 3. In a browser of their own: a password, sign in, the imported draft, a word typed.
    const delegateContext = await browser.newContext();
    const delegate = await delegateContext.newPage();
    await delegate.goto(link);
    await delegate.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await delegate.getByLabel("Password again").fill(PASSWORD);
    await delegate.getByRole("button", { name: "Set password" }).click();
    await delegate.getByRole("link", { name: "Sign in" }).click();
    await delegate.getByLabel("Email").fill(EMAIL);
    await delegate.getByLabel("Password").fill(PASSWORD);
    await delegate.getByRole("button", { name: "Sign in" }).click();
    await delegate.getByRole("link", { name: new RegExp(`^${TITLE}$`) }).click();
    await expect(delegate.getByRole("status").filter({ hasText: "Connected" })).toHaveText(
      "Connected · all changes saved",
    );
    const text = delegate.getByRole("textbox", { name: /Negotiating text/ });
    const op1 = text.locator('p[data-number="OP1"]');
    await caretAfter(op1, "in all its forms");
    await delegate.keyboard.type(" and manifestations");
    await expect(delegate.getByRole("status").filter({ hasText: "Connected" })).toHaveText(
      "Connected · all changes saved",
    );
    expect(await wordsOf(op1)).toContain("in all its forms and manifestations;");

    // 4. Deactivated while the editor is open: it closes within seconds, and says why.
    await secretariat.reload();
    const row = secretariat.locator(`tr[data-email="${EMAIL}"]`);
    await row.getByRole("button", { name: "Deactivate" }).click();
    await secretariat
      .getByRole("dialog", { name: "Deactivate Aigerim Nurlanovna?" })
      .getByRole("button", { name: "Deactivate" })
      .click();
    await expect(row).toContainText("Deactivated");
    await expect(delegate.getByText(/Your access to this draft has ended/)).toBeVisible({ timeout: 5000 });
    await expect(text).toHaveCount(0);

    await delegateContext.close();
    await secretariatContext.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
