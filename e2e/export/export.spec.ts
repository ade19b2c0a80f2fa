// The secretariat exports from the draft page: a clean text is refused while brackets remain,
// with the paragraphs named; the draft clean text then downloads as a Word file whose XML holds
// the text, numbered by Word.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import JSZip from "jszip";
import { openDraftAs } from "../support/draft-page";

const DRAFT_TITLE = /Regulations of the CICA Fund/;

test("the secretariat downloads a clean Word text from the draft page", async ({ browser }) => {
  const page = await openDraftAs(browser, "secretariat@concord.test", DRAFT_TITLE);
  await page.getByText("Export", { exact: true }).click();
  await expect(page.getByRole("radio", { name: "Clean text" })).toBeChecked();
  await page.getByRole("combobox", { name: "Format" }).selectOption("docx");
  await page.getByRole("button", { name: "Download" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "brackets remain" });
  await expect(refusal).toContainText("cannot be issued while brackets remain in");
  await page.screenshot({ path: "docs/screenshots/export.png" });

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download a draft clean text, brackets kept" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^CICA-SOC-2022-2.*-clean\.docx$/);
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  const xml = await zip.file("word/document.xml")!.async("string");
  expect(xml).toContain("Draft clean text — brackets remain");
  expect(xml).toContain("<w:numPr>");
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!;
  expect(xml).toContain(title.replace(/&/g, "&amp;").replace(/'/g, "&apos;").slice(0, 20));
  await page.context().close();
});

test("delegates have no export menu, and the API refuses them", async ({ browser }) => {
  const page = await openDraftAs(browser, "kz@concord.test", DRAFT_TITLE);
  await expect(page.getByText("Export", { exact: true })).toHaveCount(0);
  const id = new URL(page.url()).pathname.split("/").pop();
  const response = await page.request.get(`/api/documents/${id}/export?format=html&variant=negotiation`);
  expect(response.status()).toBe(403);
  await page.context().close();
});
