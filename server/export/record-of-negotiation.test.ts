import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { TextView } from "../../lib/draft/paragraph-views";
import { recordOfNegotiation, type RecordInput } from "./record-of-negotiation";
import { renderRecordDocx } from "./render-record-docx";
import { renderRecordHtml } from "./render-record-html";
import { p } from "./test-support";

const text = (...paragraphs: TextView["paragraphs"]): TextView => ({ paragraphs, deleted: [] });
const version = (name: string, at: string, view: TextView) => ({
  name,
  symbol: `CICA/SWG/2022/3/${name}`,
  label: null,
  meeting: name === "Rev.1" ? "SWG, 13–14 September 2022" : null,
  at,
  issuedBy: "Aigerim Sadykova (Secretariat)",
  text: view,
});

const rev1 = text(
  p("pp1", "PP1", "Recalling the Charter,"),
  p("op1", "OP1", "Decide to [combat] terrorism;", {
    status: "bracketed",
    brackets: [{ text: "combat", states: ["RU"] }],
  }),
  p("op2", "OP2", "Welcome the Initiative;", {
    status: "bracketed",
    deletion: { proposedBy: ["IN"], retainedBy: ["CN"] },
  }),
);
const rev2 = text(
  p("pp1", "PP1", "Recalling the Charter,"),
  p("op1", "OP1", "Decide to [combat] terrorism in all its forms;", {
    status: "bracketed",
    brackets: [{ text: "combat", states: ["RU", "CN"] }],
  }),
  p("op1bis", "OP1 bis", "Request the Secretariat to [report];", {
    status: "bracketed",
    brackets: [{ text: "report", states: ["KZ"] }],
  }),
);
const live = text(
  p("pp1", "PP1", "Recalling the Charter,", { status: "agreed", lock: { status: "agreed", adRef: null } }),
  p("op1", "OP1", "Decide to counter terrorism in all its forms;"),
  p("op1bis", "OP1 bis", "Request the Secretariat to [report];", {
    status: "bracketed",
    brackets: [{ text: "report", states: ["KZ"] }],
  }),
);

const input: RecordInput = {
  title: "Statement <on> ICT",
  symbol: "CICA/SWG/2022/3/Rev.2",
  language: "en",
  madeAt: "2022-10-20T09:00:00Z",
  versions: [
    version("Rev.1", "2022-09-14T16:00:00Z", rev1),
    version("Rev.2", "2022-10-13T18:00:00Z", rev2),
    {
      ...version("Live text", "2022-10-20T09:00:00Z", live),
      issuedBy: null,
    },
  ],
  statusChanges: [
    {
      paragraphId: "pp1",
      from: "agreed_ad_ref",
      to: "agreed",
      adRef: null,
      by: "Amb. R. Abdullayev (Chair)",
      at: "2022-10-19T10:00:00Z",
    },
    {
      paragraphId: "pp1",
      from: "open",
      to: "agreed_ad_ref",
      adRef: { states: ["RU", "CN"], deadline: "2022-10-18" },
      by: "Amb. R. Abdullayev (Chair)",
      at: "2022-10-14T10:00:00Z",
    },
  ],
  threads: [
    {
      paragraphId: "op1",
      delegation: "Kazakhstan",
      quote: "combat",
      resolved: null,
      comments: [
        {
          author: "A. Nurlanovna",
          delegation: "Kazakhstan",
          at: "2022-10-14T08:00:00Z",
          edited: false,
          body: "Why <combat>?\nPlease explain.",
        },
      ],
    },
    { paragraphId: null, delegation: "Chair", quote: "gone words", resolved: null, comments: [] },
  ],
};

describe("the record of negotiation", () => {
  const record = recordOfNegotiation(input);

  it("follows every paragraph through every revision, the gone ones where they stood", () => {
    expect(record.paragraphs.map((paragraph) => paragraph.id)).toEqual(["pp1", "op1", "op2", "op1bis"]);
    const op1 = record.paragraphs[1]!;
    expect(op1.stages.map((stage) => [stage.version, stage.change, stage.status])).toEqual([
      ["Rev.1", "new", "Bracketed"],
      ["Rev.2", "changed", "Bracketed"],
      ["Live text", "changed", "Open"],
    ]);
    expect(op1.stages[0]!.runs).toEqual([
      { kind: "text", text: "Decide to [combat]" },
      { kind: "holders", text: "RU" },
      { kind: "text", text: " terrorism;" },
    ]);
    expect(
      op1.stages[1]!.runs.filter((run) => run.kind === "inserted")
        .map((run) => run.text)
        .join(""),
    ).toBe(" in all its forms");
    const op2 = record.paragraphs[2]!;
    expect(op2.stages.map((stage) => stage.change)).toEqual(["new", "gone"]);
    expect(op2.stages[0]!.runs[0]).toEqual({ kind: "deletionProposal", text: "IN: delete · CN: retain" });
  });

  it("says who proposed and who held each bracket, and when it went", () => {
    const [combat] = record.paragraphs[1]!.brackets;
    expect(combat).toEqual({
      kind: "bracket",
      text: "combat",
      firstIn: "Rev.1",
      proposedBy: "RU",
      held: [
        { version: "Rev.1", states: ["RU"] },
        { version: "Rev.2", states: ["RU", "CN"] },
      ],
      goneIn: "Live text",
    });
    expect(record.paragraphs[2]!.brackets[0]).toMatchObject({
      kind: "deletion",
      proposedBy: "IN",
      held: [{ version: "Rev.1", states: ["IN"], retainedBy: ["CN"] }],
      goneIn: "Rev.2",
    });
  });

  it("lists status changes oldest first with the ad ref capitals, and places public threads", () => {
    expect(record.paragraphs[0]!.statusChanges.map((change) => change.words)).toEqual([
      "Open → Agreed ad ref — RU, CN by 2022-10-18",
      "Agreed ad ref → Agreed",
    ]);
    expect(record.paragraphs[1]!.threads.map((thread) => thread.quote)).toEqual(["combat"]);
    expect(record.unplacedThreads.map((thread) => thread.quote)).toEqual(["gone words"]);
  });

  it("as HTML: everything escaped, the stages, holders, status changes and comments", () => {
    const html = renderRecordHtml(record);
    expect(html).not.toContain("<on>");
    expect(html).not.toContain("<combat>");
    expect(html).toContain("Why &lt;combat&gt;?");
    expect(html).toContain('Decide to [combat]<sup class="holders">RU</sup> terrorism;');
    expect(html).toContain("<ins> in all its forms</ins>");
    expect(html).toContain(
      "14 October 2022, 10:00 UTC — Open → Agreed ad ref — RU, CN by 2022-10-18 — Amb. R. Abdullayev (Chair)",
    );
    expect(html).toContain("[combat] — proposed by RU in Rev.1; gone in Live text");
    expect(html).toContain("Rev.1: held by RU; Rev.2: held by RU, CN");
    expect(html).toContain("Comments on words no longer in the text");
  });

  it("as Word: the same record, styles named, the comment's line breaks kept", async () => {
    const zip = await JSZip.loadAsync(await renderRecordDocx(record));
    const xml = await zip.file("word/document.xml")!.async("string");
    const words = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, t]) => t).join("");
    expect(words).toContain("Record of negotiation");
    expect(words).toContain("Rev.2 — OP1 — Bracketed — words changed");
    expect(words).toContain("Open → Agreed ad ref — RU, CN by 2022-10-18");
    expect(words).toContain("IN: delete · CN: retain");
    expect(words).toContain("Why &lt;combat&gt;?");
    expect(xml).toMatch(/<w:rStyle w:val="InsertedWords"\/>.*?<w:t[^>]*> in all its forms<\/w:t>/s);
    expect(xml).toMatch(/Why &lt;combat&gt;\?<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>Please explain\./);
  });

  it("shows a revision stored before deletion proposals were kept without one", () => {
    const old = { ...rev1.paragraphs[2]! };
    delete old.deletion;
    const record = recordOfNegotiation({ ...input, versions: [version("Rev.1", "2022-09-14T16:00:00Z", text(old))] });
    expect(record.paragraphs[0]!.stages[0]!.runs.map((run) => run.kind)).toEqual(["text"]);
    expect(record.paragraphs[0]!.brackets).toEqual([]);
  });
});
