// The secretariat exports from the draft page: a clean text is refused while brackets remain,
// with the paragraphs named; the draft clean text then downloads as a Word file whose XML holds
// the text, numbered by Word, under a name that says it is a draft. The menu offers the live text
// and every issued revision: Rev.1 downloads under its symbol, the live text as a working text.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
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
  // The live text, as a draft clean text: both in its name.
  expect(download.suggestedFilename()).toMatch(/^CICA-SOC-2022-2-working-text-.*UTC-draft-clean\.docx$/);
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  const xml = await zip.file("word/document.xml")!.async("string");
  expect(xml).toContain("Draft clean text — brackets remain");
  expect(xml).toContain("<w:numPr>");
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!;
  expect(xml).toContain(title.replace(/&/g, "&amp;").replace(/'/g, "&apos;").slice(0, 20));

  // The record of negotiation, for the archive, from the same menu.
  const recording = page.waitForEvent("download");
  await page.getByRole("link", { name: "Web page" }).click();
  const record = await recording;
  expect(record.suggestedFilename()).toMatch(/^CICA-SOC-2022-2.*record-of-negotiation\.html$/);
  expect(await readFile((await record.path())!, "utf8")).toContain("Record of negotiation");
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

/** Downloads what the export menu is set to, and the file's name and bytes. */
async function downloadExport(page: Page): Promise<{ name: string; body: Buffer }> {
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download" }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), body: await readFile((await download.path())!) };
}

test("the export menu offers Rev.1 and the live text, each downloaded under what it is", async ({ browser }) => {
  const page = await openDraftAs(browser, "secretariat@concord.test", DRAFT_TITLE);
  const id = new URL(page.url()).pathname.split("/").pop();
  // Rev.1 of this draft, unless an earlier test of the run has issued it already.
  const revisions = (await (await page.request.get(`/api/documents/${id}/revisions`)).json()) as { kind: string }[];
  if (!revisions.some((entry) => entry.kind === "revision"))
    expect((await page.request.post(`/api/documents/${id}/revisions`, { data: { label: "After SOC" } })).status()).toBe(
      201,
    );
  await page.reload();

  await page.getByText("Export", { exact: true }).click();
  const textOf = page.getByRole("combobox", { name: "Text of" });
  await expect(textOf.getByRole("option")).toHaveText([
    "The live text (working text, not official)",
    /^Rev\.1( — .*)? \(CICA\/SOC\/2022\/2\/Rev\.1\)$/,
  ]);
  await page.getByRole("radio", { name: /^Negotiation text/ }).check();

  // Rev.1, as it was issued: its symbol in the name and once on the Word file's cover.
  await textOf.selectOption({ label: (await textOf.getByRole("option").nth(1).textContent())! });
  await page.getByRole("combobox", { name: "Format" }).selectOption("docx");
  const revision = await downloadExport(page);
  expect(revision.name).toBe("CICA-SOC-2022-2-Rev.1-negotiation.docx");
  const xml = await (await JSZip.loadAsync(revision.body)).file("word/document.xml")!.async("string");
  expect(xml.match(/CICA\/SOC\/2022\/2\/Rev\.1/g)).toHaveLength(1);
  expect(xml).not.toContain("not an official document");

  // The live text: a working text after Rev.1, never under Rev.1's symbol.
  await textOf.selectOption("live");
  await page.getByRole("combobox", { name: "Format" }).selectOption("pdf");
  const live = await downloadExport(page);
  expect(live.name).toMatch(/^CICA-SOC-2022-2-working-text-after-Rev\.1-\d{4}-\d{2}-\d{2}-\d{4}UTC-negotiation\.pdf$/);
  const text = await pdfText(live.body);
  expect(text).toMatch(/Working text after Rev\.1 — \d{1,2} \w+ \d{4}, \d{2}:\d{2} UTC — not an official document/);
  await page.context().close();
});

/** The PDF's text layer, as pdftotext (poppler, not ours) reads it. */
async function pdfText(pdf: Buffer): Promise<string> {
  const child = execFile("pdftotext", ["-layout", "-enc", "UTF-8", "-", "-"]);
  const output = new Promise<string>((resolve, reject) => {
    let text = "";
    child.stdout!.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.on("error", reject);
    child.on("close", () => resolve(text));
  });
  child.stdin!.end(pdf);
  return output;
}
