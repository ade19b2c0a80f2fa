import { describe, expect, it } from "vitest";
import { coverOf, dateInWords, keepTogether, timeInWords } from "./cover";
import { fileName } from "./file-name";
import { heading } from "./test-support";

const issued = { ...heading, symbol: "CICA/SWG/2022/3/Rev.1", draft: false };

describe("the cover says what the document is", () => {
  it("writes dates in words, as UN-system documents do", () => {
    expect(dateInWords("2022-10-13")).toBe("13 October 2022");
    expect(dateInWords("2026-01-01T23:59:00Z")).toBe("1 January 2026");
    expect(timeInWords("2026-11-30T14:05:31.120Z")).toBe("30 November 2026, 14:05 UTC");
  });

  it("sets out an issued revision under its symbol, distribution, date, original language and meeting", () => {
    const cover = coverOf({ ...issued, meeting: "SWG, 13–14 September 2022", distribution: "Restricted" });
    expect(cover).toMatchObject({
      symbol: "CICA/SWG/2022/3/Rev.1",
      distribution: "Distr.: Restricted",
      date: "13 October 2022",
      original: "Original: English",
      body: "Special Working Group",
      meeting: "SWG, 13–14 September 2022",
      notices: [],
      runningHeader: "CICA/SWG/2022/3/Rev.1",
    });
    expect(coverOf(issued).distribution).toBe("Distr.: Limited");
  });

  it("marks the live text as an unofficial working text after the last revision, never under its symbol", () => {
    const cover = coverOf({ ...issued, working: { after: "Rev.1", at: "2026-11-30T14:05:00Z" } });
    expect(cover.symbol).toBe("Working text");
    expect(cover.notices).toEqual([
      "Working text after Rev.1 — 30 November 2026, 14:05 UTC — not an official document",
    ]);
    expect(cover.runningHeader).toBe("Working text after CICA/SWG/2022/3/Rev.1 — not an official document");
    expect(coverOf({ ...heading, draft: false, working: { after: null, at: "2026-11-30T14:05:00Z" } }).notices[0]).toBe(
      "Working text — 30 November 2026, 14:05 UTC — not an official document",
    );
  });

  it("marks a draft clean text as a draft", () => {
    expect(coverOf({ ...issued, draft: true }).notices).toEqual([
      "Draft clean text — brackets remain — not for adoption",
    ]);
  });

  it("keeps holder lists and dates on one line, the rest free to wrap", () => {
    expect(keepTogether("Agreed ad ref — RU, CN by 2022-10-07")).toBe("Agreed ad ref — RU,\u00a0CN by 2022-10-07");
    expect(keepTogether("by 7 October 2022", { hyphens: true })).toBe("by 7\u00a0October\u00a02022");
    expect(keepTogether("by 2022-10-07", { hyphens: true })).toBe("by 2022\u201110\u201107");
  });
});

describe("the file name says what the file is", () => {
  const base = { variant: "clean" as const, extension: "docx", draft: false, working: null };
  it("names an issued revision by its symbol", () => {
    expect(fileName({ ...base, symbol: "CICA/SWG/2022/3/Rev.1" })).toBe("CICA-SWG-2022-3-Rev.1-clean.docx");
  });
  it("names a draft clean text as a draft, never as the clean text", () => {
    expect(fileName({ ...base, symbol: "CICA/SWG/2022/3/Rev.1", draft: true })).toBe(
      "CICA-SWG-2022-3-Rev.1-draft-clean.docx",
    );
  });
  it("names the live text a working text after the last revision, with its time", () => {
    const working = { after: "Rev.1", at: "2026-11-30T14:05:31.000Z" };
    expect(fileName({ ...base, variant: "negotiation", symbol: "CICA/SWG/2022/3/Rev.1", working })).toBe(
      "CICA-SWG-2022-3-working-text-after-Rev.1-2026-11-30-1405UTC-negotiation.docx",
    );
    expect(fileName({ ...base, symbol: "CICA/SWG/2022/3", working: { after: null, at: working.at } })).toBe(
      "CICA-SWG-2022-3-working-text-2026-11-30-1405UTC-clean.docx",
    );
  });
});
