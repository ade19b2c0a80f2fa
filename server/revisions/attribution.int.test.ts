// Who changed what, by delegation, kept forever: over real y-websocket clients, Kazakhstan
// inserts words and Russia deletes others; the log is compacted away and Rev.2 is issued; the
// comparison of Rev.1 with Rev.2 (and with the live text), the paragraph's history and the
// redline's tracked changes still say who inserted and who deleted.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { compactDocument } from "../collab/compact-document";
import { exportDraft } from "../export/export-draft";
import { loadDocument } from "../collab/load-document";
import { draftRoom, eventually, fragmentText } from "../test-support/collab-harness";
import { sessionUser } from "../test-support/session-user";
import { compareRevisions } from "./compare-revisions";
import { issueRevision } from "./issue-revision";
import { paragraphHistory } from "./paragraph-history";

const room = draftRoom("CICA/SWG/2022/3");

const storedText = async () => {
  const { doc } = await loadDocument(room.db, room.draftId);
  try {
    return fragmentText(doc.getXmlFragment("default"));
  } finally {
    doc.destroy();
  }
};

/** The first open paragraph without brackets: its text child. */
function openText(fragment: Y.XmlFragment): Y.XmlText {
  const paragraph = fragment
    .toArray()
    .find(
      (node) =>
        node instanceof Y.XmlElement &&
        node.nodeName === "paragraph" &&
        (node.getAttribute("status") ?? "open") === "open" &&
        !String(node).includes("["),
    ) as Y.XmlElement;
  return paragraph.toArray().find((child) => child instanceof Y.XmlText) as Y.XmlText;
}

describe("who changed what", () => {
  it("names the delegation that inserted and the one that deleted each run, through compaction and revisions", async () => {
    const secretariat = await sessionUser(room.db, "secretariat@concord.test");
    await issueRevision(room.db, secretariat, room.draftId, {});

    const kz = await room.join("kz@concord.test");
    const ru = await room.join("ru@concord.test");
    openText(kz.fragment).insert(0, "Kazakhstan proposes ");
    await eventually(async () => (await storedText()).includes("Kazakhstan proposes "), 5000, "KZ's words stored");
    const text = openText(ru.fragment);
    await eventually(() => text.toString().startsWith("Kazakhstan proposes "), 5000, "KZ's words at RU");
    const deleted = text.toString().slice("Kazakhstan proposes ".length).split(" ")[0]!;
    text.delete("Kazakhstan proposes ".length, deleted.length + 1);
    await eventually(async () => !(await storedText()).includes(`proposes ${deleted} `), 5000, "RU's deletion stored");
    kz.destroy();
    ru.destroy();

    // Before the log is folded away, the live text is attributed from the log itself.
    const chair = await sessionUser(room.db, "chair@concord.test");
    const live = await compareRevisions(room.db, chair, room.draftId, "Rev.1", "live");
    const runs = live.comparison.paragraphs.flatMap((row) => row.words.filter((word) => word.op !== "equal"));
    expect(runs.find((word) => word.text.includes("Kazakhstan"))?.by).toEqual({
      delegation: "KZ",
      name: "Delegate of Kazakhstan",
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(runs.find((word) => word.op === "delete" && word.text.includes(deleted))?.by?.delegation).toBe("RU");

    // Compacted, and issued as Rev.2: still known.
    await eventually(async () => (await compactDocument(room.db, room.draftId)).merged === 0, 10_000, "compacted");
    expect(await room.db.documentUpdate.count({ where: { documentId: room.draftId } })).toBe(0);
    await issueRevision(room.db, secretariat, room.draftId, {});
    const issued = await compareRevisions(room.db, chair, room.draftId, "Rev.1", "Rev.2");
    const after = issued.comparison.paragraphs.flatMap((row) => row.words.filter((word) => word.op !== "equal"));
    expect(after.find((word) => word.op === "insert" && word.text.includes("Kazakhstan"))?.by?.delegation).toBe("KZ");
    expect(after.find((word) => word.op === "delete" && word.text.includes(deleted))?.by?.delegation).toBe("RU");

    // The paragraph's own history says the same at Rev.2.
    const changedRow = issued.comparison.paragraphs.find((row) => row.textChanged)!;
    const history = await paragraphHistory(room.db, chair, room.draftId, changedRow.id);
    const atRev2 = history.find((entry) => entry.name === "Rev.2")!;
    const authors = new Set(atRev2.changes?.flatMap((word) => (word.by ? [word.by.delegation] : [])));
    expect([...authors].sort()).toEqual(["KZ", "RU"]);

    // The redline's tracked changes carry the delegation as author, for Word's "by author".
    const redline = await exportDraft(room.db, chair, room.draftId, {
      format: "docx",
      variant: "redline",
      at: "Rev.2",
      against: "Rev.1",
      draft: null,
    });
    const xml = await (await JSZip.loadAsync(redline.body as Buffer)).file("word/document.xml")!.async("string");
    expect(xml).toMatch(/<w:ins [^>]*w:author="Kazakhstan"/);
    expect(xml).toMatch(/<w:del [^>]*w:author="Russia"/);
    // Dated when each was made, which the compaction kept: Kazakhstan typed before Russia deleted.
    const inserted = after.find((word) => word.op === "insert" && word.text.includes("Kazakhstan"))!.by!.at!;
    const removed = after.find((word) => word.op === "delete" && word.text.includes(deleted))!.by!.at!;
    expect(inserted <= removed).toBe(true);
    const second = (iso: string) => iso.replace(/\.\d{3}Z$/, "Z");
    expect(xml).toContain(`w:author="Kazakhstan" w:date="${second(inserted)}"`);
    expect(xml).toContain(`w:author="Russia" w:date="${second(removed)}"`);
  });
});
