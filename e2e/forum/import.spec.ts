// The secretariat brings in a zero draft from Word: previews it, creates it, the draft opens
// numbered, and a delegate negotiates it at once. The .docx is built in the test with the same
// fixture builder as the integration tests (the docx package), written to a temporary file.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { unResolution } from "../../server/test-support/docx-fixtures/build";
import { caretAfter, openDraftAs, wordsOf } from "../support/draft-page";
import { signInWithApi } from "../support/sign-in";

const TITLE = "Cooperation in the Field of Security of and in the Use of ICTs";

test("the secretariat imports a Word zero draft, previews it, creates it; a delegate edits it", async ({ browser }) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "concord-import-"));
  const file = path.join(dir, "zero-draft.docx");
  await writeFile(file, await unResolution());
  try {
    const context = await browser.newContext();
    await signInWithApi(context.request, "secretariat@concord.test");
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("link", { name: "New draft: empty, or imported from Word" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New draft" })).toBeVisible();
    // The symbol is prefilled with the next of the forum's pattern.
    await expect(page.getByLabel("Symbol")).toHaveValue(new RegExp(`^CICA/SWG/${new Date().getUTCFullYear()}/\\d+$`));

    await page.getByLabel(/Word document/).setInputFiles(file);
    await page.getByRole("button", { name: "Preview" }).click();
    const preview = page.getByRole("region", { name: /Preview: 12 paragraphs/ });
    await expect(preview).toBeVisible();
    await expect(preview.getByText("Everything in the document comes in.")).toBeVisible();
    for (const number of ["PP1", "PP4", "OP1", "OP2 (a)", "OP2 (b) (i)", "OP3"])
      await expect(preview.getByText(number, { exact: true })).toBeVisible();
    // The title found in the document fills the empty title.
    await expect(page.getByLabel("Title")).toHaveValue(TITLE);
    await page.getByLabel("Meeting").fill("Special Working Group, 3 March");

    await page.getByRole("button", { name: "Create draft" }).click();
    await expect(page).toHaveURL(/\/drafts\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByRole("status")).toHaveText("Connected · all changes saved");
    const text = page.getByRole("textbox", { name: /Negotiating text/ });
    const paragraphs = text.locator("p[data-kind]");
    await expect(paragraphs.first()).toHaveAttribute("data-number", "PP1");
    await expect(text.locator('p[data-kind="operative"]').first()).toHaveAttribute("data-number", "OP1");
    await expect(text).toContainText("Decide to strengthen cooperation in the field of security of ICTs;");
    await expect(text).toContainText("at the level of senior officials;");

    // A delegate opens the new draft from the list and types a word into OP1.
    const delegate = await openDraftAs(browser, "kz@concord.test", new RegExp(`^${TITLE}$`));
    const delegateText = delegate.getByRole("textbox", { name: /Negotiating text/ });
    const op1 = delegateText.locator('p[data-number="OP1"]');
    await caretAfter(op1, "Decide to strengthen");
    await delegate.keyboard.type(" further");
    await expect(delegate.getByRole("status")).toHaveText("Connected · all changes saved");
    expect(await wordsOf(op1)).toBe("Decide to strengthen further cooperation in the field of security of ICTs;");
    // The secretariat sees it live.
    await expect
      .poll(() => wordsOf(text.locator('p[data-number="OP1"]')))
      .toBe("Decide to strengthen further cooperation in the field of security of ICTs;");
    await delegate.context().close();
    await context.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
