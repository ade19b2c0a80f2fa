// The Word import on real-world layouts built with the docx package (server/test-support/
// docx-fixtures), the files it refuses, and the round trip through Concord's own exports.
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import type { DraftContent } from "../../lib/draft/content";
import { textViewOfDoc } from "../../lib/draft/text-view-of-doc";
import { readDemoDrafts } from "../demo/demo-drafts";
import { initialState } from "../collab/load-document";
import { exportDocument } from "../export/export-document";
import { renderDocx } from "../export/render-docx";
import {
  encryptedDocx,
  legacyDoc,
  lyingZipBomb,
  macroEnabledDocx,
  oversizedDocx,
  truncatedDocx,
  zipBomb,
} from "../test-support/docx-fixtures/bad-files";
import {
  bracketedText,
  charter,
  emptyDocument,
  everythingLost,
  unResolution,
} from "../test-support/docx-fixtures/build";
import { importDocx } from "./import-docx";
import { FileTooLargeError, ImportError } from "./import-error";

const outline = (paragraphs: { number: string | null; kind: string; level: number; text: string }[]) =>
  paragraphs.map((paragraph) => `${paragraph.number ?? "—"} ${paragraph.kind} ${paragraph.level}: ${paragraph.text}`);

describe("importing a Word document", () => {
  it("reads a UN-style resolution: title, chapeau, preamble in italics, Word-numbered operative paragraphs", async () => {
    const imported = await importDocx(await unResolution());
    expect(imported.title).toBe("Cooperation in the Field of Security of and in the Use of ICTs");
    expect(outline(imported.paragraphs)).toEqual([
      "— heading 0: The Heads of State and Government of the Member States,",
      "PP1 preambular 0: Recalling the Declaration on Principles Guiding Relations between the Member States,",
      "PP2 preambular 0: Reaffirming also the purposes and principles of the Charter of the United Nations,",
      "PP3 preambular 0: Deeply concerned by the use of information and communications technologies for criminal purposes,",
      "PP4 preambular 0: Guided by the outcomes of the Fifth Summit held in Dushanbe,",
      "OP1 operative 0: Decide to strengthen cooperation in the field of security of ICTs;",
      "OP2 operative 0: Call upon the Member States to refrain from actions that undermine trust:",
      "OP2 (a) operative 1: by exchanging information on threats;",
      "OP2 (b) operative 1: by holding consultations, including:",
      "OP2 (b) (i) operative 2: at the level of experts;",
      "OP2 (b) (ii) operative 2: at the level of senior officials;",
      "OP3 operative 0: Request the Secretariat to report on the implementation of this Statement at the next meeting.",
    ]);
    // The italics of the openings are Concord's own presentation, not stored; the author's
    // bold and underline are kept.
    expect(imported.paragraphs.slice(1, 5).every((paragraph) => paragraph.marks.length === 0)).toBe(true);
    const op2 = imported.paragraphs[6]!;
    expect(op2.marks).toEqual([{ type: "bold", from: 28, to: 38 }]);
    expect(op2.text.slice(28, 38)).toBe("to refrain");
    expect(imported.paragraphs[11]!.marks).toEqual([{ type: "underline", from: 74, to: 93 }]);
    expect(imported.warnings).toEqual([]);
    // The content a draft stores: sub-paragraphs nested under their paragraph.
    const op2Content = imported.content.find((paragraph) => paragraph.text.startsWith("Call upon"))!;
    expect(op2Content.items.map((item) => item.text)).toEqual([
      "by exchanging information on threats;",
      "by holding consultations, including:",
    ]);
    expect(op2Content.items[1]!.items!.map((item) => item.text)).toEqual([
      "at the level of experts;",
      "at the level of senior officials;",
    ]);
  });

  it("reads a Charter: a Preamble section, chapters and articles as headings, typed numbers taken out", async () => {
    const imported = await importDocx(await charter());
    expect(imported.title).toBe("Charter of the Conference");
    expect(outline(imported.paragraphs)).toEqual([
      "— heading 0: Preamble",
      "— heading 0: We, the Member States of the Conference,",
      "PP1 preambular 0: Determined to promote peace, security and stability in Asia,",
      "PP2 preambular 0: Committed to the principles of sovereign equality and non-interference,",
      "— heading 0: Have agreed as follows:",
      "— heading 0: Chapter I. Purposes and Principles",
      "— heading 0: Article 1",
      "OP1 operative 0: The purposes of the Conference are:",
      "OP1 (a) operative 1: to enhance cooperation through multilateral approaches;",
      "OP1 (b) operative 1: to promote confidence building measures.",
      "OP2 operative 0: The Conference shall act in accordance with the Charter of the United Nations.",
      "— heading 0: Article 2",
      "OP3 operative 0: The Conference shall be guided by consensus in all its decisions.",
      "— heading 0: Chapter II. Organs",
      "— heading 0: Article 3",
      "OP4 operative 0: The organs of the Conference are the Summit, the Ministerial Council and the Senior Officials Committee.",
      "OP5 operative 0: The Secretariat shall serve the organs of the Conference.",
    ]);
    // An article's unnumbered text belongs to it: no warning.
    expect(imported.warnings).toEqual([]);
  });

  it("keeps typed brackets and alternatives as typed, and takes holders typed after them as their holds", async () => {
    const imported = await importDocx(await bracketedText());
    expect(outline(imported.paragraphs)).toEqual([
      "PP1 preambular 0: Noting with concern the [growing] threat of terrorism in the region,",
      "PP2 preambular 0: Recognizing the [central] role of the United Nations,",
      "OP1 operative 0: Decide to [combat] [counter] terrorism in all its forms;",
      "OP2 operative 0: [Alt 1: Establish a working group] [Alt 2: Entrust the SOC];",
      "OP3 operative 0: [RU: delete] Invite observers to participate;",
      "OP4 operative 0: Request [the Conference] (hereinafter “the Conference”) to act:",
      "OP4 (a) operative 1: by [exchanging] information;",
      "OP4 (b) operative 1: by holding consultations.",
    ]);
    const [pp1, pp2, op1, op2, , op4, op4a] = imported.content.flatMap((paragraph) => [
      paragraph,
      ...paragraph.items,
    ]) as DraftContent["paragraphs"];
    expect(pp1!.brackets).toEqual([{ text: "growing", states: ["RU", "CN"] }]);
    // Nobody is named for "[central]": an imported bracket has no holders unless the file says so.
    expect(pp2!.brackets).toEqual([]);
    // State names are read as the forum writes them.
    expect(op1!.brackets).toEqual([
      { text: "combat", states: ["RU"] },
      { text: "counter", states: ["KZ", "TR"] },
    ]);
    expect(op2!.alternatives).toEqual([
      { label: "Alt 1", text: "Establish a working group", states: ["KZ", "UZ"] },
      { label: "Alt 2", text: "Entrust the SOC", states: ["IN"] },
    ]);
    // Words in parentheses that are not states stay words.
    expect(op4!.brackets).toEqual([]);
    expect(op4a!.brackets).toEqual([{ text: "exchanging", states: ["CN"] }]);
    expect(imported.paragraphs[0]!.held).toEqual([{ text: "growing", states: ["RU", "CN"] }]);
  });

  it("says in words what it could not bring in, naming each paragraph", async () => {
    const imported = await importDocx(await everythingLost());
    expect(outline(imported.paragraphs)).toEqual([
      "PP1 preambular 0: Recalling the Concept Paper on transport corridors,",
      "PP2 preambular 0: Noting the map of corridors below,",
      "OP1 operative 0: Decide to develop the corridors;",
      "OP2 operative 0: Request the Secretariat to prepare a report.",
      "OP3 operative 0: The present text was circulated by the Chairmanship on 10 January",
    ]);
    const messages = imported.warnings.map((warning) => [warning.paragraph, warning.message]);
    expect(messages).toEqual([
      [
        "PP2",
        expect.stringMatching(/^PP2 \(paragraph 3 of the file, “Noting the map.*”\): an image or drawing was left out/),
      ],
      [
        "PP2",
        expect.stringMatching(
          /^PP2 .*: a table of 2 rows and 2 columns after it was left out .* “Corridor \| Length \/ North–South \| 7,200 km”/,
        ),
      ],
      ["OP1", expect.stringMatching(/^OP1 \(paragraph 4 of the file, .*\): a footnote was left out/)],
      [
        "OP2",
        expect.stringMatching(
          /^OP2 .*: it has tracked changes still pending: it was imported as if every change were accepted/,
        ),
      ],
      ["OP3", expect.stringMatching(/^OP3 .*: it could not be classified: .* imported as an operative paragraph/)],
    ]);
  });
});

describe("files the import refuses", () => {
  const refusal = async (file: Buffer | Promise<Buffer>) => {
    try {
      await importDocx(await file);
    } catch (error) {
      return error as ImportError;
    }
    throw new Error("imported");
  };

  it("names each problem: damaged, encrypted, a .doc or a .docm renamed, empty", async () => {
    const truncated = await refusal(truncatedDocx());
    expect(truncated).toBeInstanceOf(ImportError);
    expect(truncated.problem).toBe("corrupt");
    expect(truncated.message).toMatch(/^The file is damaged: it is not a complete ZIP package/);
    expect((await refusal(Buffer.from("not a word file at all, just some text"))).problem).toBe("not-docx");

    const encrypted = await refusal(encryptedDocx());
    expect([encrypted.problem, encrypted.message]).toEqual([
      "encrypted",
      expect.stringMatching(/^The file is encrypted \(protected with a password\)/),
    ]);
    const doc = await refusal(legacyDoc());
    expect([doc.problem, doc.message]).toEqual([
      "legacy-doc",
      expect.stringMatching(/Word 97–2003 document \(\.doc\) renamed to \.docx/),
    ]);
    const docm = await refusal(macroEnabledDocx());
    expect([docm.problem, docm.message]).toEqual([
      "macro-enabled",
      expect.stringMatching(/macro-enabled Word document \(\.docm\) renamed/),
    ]);

    const empty = await refusal(emptyDocument());
    expect([empty.problem, empty.message]).toEqual(["empty", "The document is empty: it has no text to import."]);
    expect((await refusal(Buffer.alloc(0))).message).toBe("The file is empty (0 bytes).");
  });

  it("refuses a file over 10 MB with 413", async () => {
    const error = await refusal(oversizedDocx());
    expect(error).toBeInstanceOf(FileTooLargeError);
    expect(error.code).toBe("too-large");
  });

  it("refuses a ZIP bomb on its declared sizes, and one that lies about them as it inflates", async () => {
    const declared = await refusal(zipBomb(210));
    expect(declared.problem).toBe("zip-bomb");
    expect(declared.message).toMatch(/its parts declare 210 MB uncompressed, more than a Word document ever holds/);

    const lying = lyingZipBomb(300);
    expect(lying.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    const error = await refusal(lying);
    expect(error.problem).toBe("zip-bomb");
    expect(error.message).toMatch(/inflates to more than it declares/);
    // Stopped at what it declared (1 KB), never inflated to 300 MB.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(50 * 1024 * 1024);
  }, 30_000);
});

describe("the round trip through Concord's own exports", () => {
  /** The text view of a draft's content once seeded: numbers, kinds, levels, words, holders. */
  const viewOf = (content: DraftContent) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, initialState(content));
    return textViewOfDoc(doc);
  };
  const comparable = (view: ReturnType<typeof viewOf>) =>
    view.paragraphs.map(({ number, kind, level, text, brackets, alternatives, deletion }) => ({
      number,
      kind,
      level,
      text,
      brackets,
      alternatives,
      deletion: deletion ?? null,
    }));
  const heading = {
    title: "",
    symbol: "",
    date: "2022-10-13",
    revision: null,
    language: "en",
    against: null,
  };

  it("gives back the same paragraphs, numbers and brackets (with their holders) from a negotiation DOCX", async () => {
    for (const draft of await readDemoDrafts()) {
      const before = viewOf(draft);
      const exported = exportDocument("negotiation", {
        heading: { ...heading, title: draft.title, symbol: draft.symbol, meeting: draft.meeting ?? null },
        text: before,
      });
      const imported = await importDocx(await renderDocx(exported, "Secretariat", new Date("2026-01-10T10:00:00Z")));
      expect(imported.title, draft.symbol).toBe(draft.title);
      expect(imported.warnings, draft.symbol).toEqual([]);
      const after = viewOf({ ...draft, paragraphs: imported.content });
      expect(comparable(after), draft.symbol).toEqual(comparable(before));
    }
  });

  it("gives back the same paragraphs, numbers and brackets from a clean DOCX (a draft clean text)", async () => {
    for (const draft of await readDemoDrafts()) {
      const before = viewOf(draft);
      const exported = exportDocument("clean", {
        heading: { ...heading, title: draft.title, symbol: draft.symbol },
        text: before,
        draft: true,
      });
      const imported = await importDocx(await renderDocx(exported, "Secretariat", new Date("2026-01-10T10:00:00Z")));
      expect(imported.title, draft.symbol).toBe(draft.title);
      expect(imported.warnings, draft.symbol).toEqual([]);
      const after = viewOf({ ...draft, paragraphs: imported.content });
      // The clean text names no holders: the brackets come back typed, held by nobody.
      const withoutHolders = (view: ReturnType<typeof viewOf>) =>
        comparable(view).map(({ brackets, alternatives, deletion, ...rest }) => ({
          ...rest,
          brackets: brackets.length,
          alternatives: alternatives.length,
          deletion: deletion === null ? 0 : 1,
        }));
      const expected = withoutHolders(before).map((paragraph) => ({ ...paragraph, deletion: 0 }));
      expect(withoutHolders(after), draft.symbol).toEqual(expected);
    }
  });
});
