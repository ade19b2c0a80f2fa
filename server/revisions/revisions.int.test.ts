// Revisions against a real collaboration server with real y-websocket clients on a fresh
// database: issuing fixes the numbers for everyone at once and moves the symbol on; revisions are
// immutable in Postgres itself; a restore while two editors are connected reaches both and the
// stored text, and keeps what it replaced as a checkpoint; bursts of typing leave checkpoints.
import { describe, expect, it } from "vitest";
import { readNumberingBase } from "../../lib/collab/numbering-base";
import { textViewOfDoc } from "../../lib/draft/text-view-of-doc";
import { loadDocument } from "../collab/load-document";
import { getDocument } from "../documents/get-document";

import { draftRoom, eventually, fragmentText, typeInOpenParagraph } from "../test-support/collab-harness";
import { sessionUser } from "../test-support/session-user";
import { compareRevisions } from "./compare-revisions";

import { issueRevision } from "./issue-revision";
import { listRevisions } from "./list-revisions";
import { paragraphHistory } from "./paragraph-history";
import { restoreRevision } from "./restore-revision";
import { textAt } from "./text-at";
import { ForbiddenError, InvalidInputError, RevisionNotFoundError } from "../../lib/api/errors";

const room = draftRoom("CICA/SWG/2022/3", { checkpointAfterQuietMs: 300 });

const storedText = async () => {
  const { doc } = await loadDocument(room.db, room.draftId);
  try {
    return fragmentText(doc.getXmlFragment("default"));
  } finally {
    doc.destroy();
  }
};

describe("revisions", () => {
  it("issues Rev.1 and Rev.2 in turn, fixes the numbering base for everyone and moves the symbol on", async () => {
    const secretariat = await sessionUser(room.db, "secretariat@concord.test");
    const kz = await room.join("kz@concord.test");
    const tabledSymbol = (await getDocument(room.db, secretariat, room.draftId)).symbol;

    const [first, second] = await Promise.all([
      issueRevision(room.db, secretariat, room.draftId, { label: "After SWG", meeting: "SWG, 13–14 September 2022" }),
      issueRevision(room.db, secretariat, room.draftId, {}),
    ]);
    expect([first.number, second.number].sort()).toEqual([1, 2]);
    expect(first).toMatchObject({ kind: "revision", label: "After SWG", meeting: "SWG, 13–14 September 2022" });
    expect(first.createdBy).toMatchObject({ role: "SECRETARIAT" });
    expect((await getDocument(room.db, secretariat, room.draftId)).symbol).toBe(`${tabledSymbol}/Rev.2`);

    // The base now holds every numbered paragraph of the text, in the delegate's copy too.
    const view = textViewOfDoc(kz.doc);
    const numbered = view.paragraphs.filter((paragraph) => paragraph.number !== null).map((p) => p.id);
    await eventually(() => numbered.every((id) => id in readNumberingBase(kz.doc)), 5000, "the frozen base");
    const stored = await textAt(room.db, secretariat, room.draftId, "Rev.1");
    expect(stored.document.symbol).toBe(`${tabledSymbol}/Rev.1`);
    expect(stored.text.paragraphs.map((paragraph) => paragraph.number)).toEqual(
      view.paragraphs.map((paragraph) => paragraph.number),
    );
    kz.destroy();
  });

  it("lets only the chair and the secretariat issue or restore, and says so", async () => {
    for (const email of ["kz@concord.test", "observer@concord.test"]) {
      const user = await sessionUser(room.db, email);
      await expect(issueRevision(room.db, user, room.draftId, {})).rejects.toBeInstanceOf(ForbiddenError);
      await expect(restoreRevision(room.db, user, room.draftId, "Rev.1")).rejects.toBeInstanceOf(ForbiddenError);
    }
    const chair = await sessionUser(room.db, "chair@concord.test");
    await expect(restoreRevision(room.db, chair, room.draftId, "Rev.99")).rejects.toBeInstanceOf(RevisionNotFoundError);
    await expect(textAt(room.db, chair, room.draftId, "not-a-revision")).rejects.toBeInstanceOf(RevisionNotFoundError);
  });

  it("keeps revisions immutable in Postgres itself", async () => {
    const revision = await room.db.revision.findFirstOrThrow({ where: { documentId: room.draftId, number: 1 } });
    await expect(room.db.revision.update({ where: { id: revision.id }, data: { label: "Rewritten" } })).rejects.toThrow(
      /immutable/,
    );
    await expect(room.db.$executeRaw`UPDATE "Revision" SET state = '\\x00'::bytea`).rejects.toThrow(/immutable/);
    await expect(room.db.revision.delete({ where: { id: revision.id } })).rejects.toThrow(/immutable/);
    const again = await room.db.revision.findUniqueOrThrow({ where: { id: revision.id } });
    expect(again.label).toBe(revision.label);
    expect(Buffer.from(again.state).equals(Buffer.from(revision.state))).toBe(true);
  });

  it("restores Rev.1 while two editors are connected: both and Postgres converge, and nothing is lost", async () => {
    const chair = await sessionUser(room.db, "chair@concord.test");
    const rev1 = await textAt(room.db, chair, room.draftId, "Rev.1");
    const kz = await room.join("kz@concord.test");
    const ru = await room.join("ru@concord.test");
    const rev1Text = fragmentText(kz.doc.getXmlFragment("default"));

    typeInOpenParagraph(kz, " [typed by Kazakhstan after Rev.1]");
    typeInOpenParagraph(ru, " [typed by Russia after Rev.1]");
    await eventually(
      async () => (await storedText()).includes("[typed by Russia after Rev.1]"),
      5000,
      "the edits stored",
    );
    await eventually(
      () => fragmentText(kz.doc.getXmlFragment("default")).includes("Russia after"),
      5000,
      "edits shared",
    );

    const { restored, changed } = await restoreRevision(room.db, chair, room.draftId, "Rev.1");
    expect(restored.name).toBe("Rev.1");
    expect(changed).toBe(true);
    for (const client of [kz, ru])
      await eventually(
        () => fragmentText(client.doc.getXmlFragment("default")) === rev1Text,
        5000,
        "the restored text in every editor",
      );
    expect(await storedText()).toBe(rev1Text);
    expect(textViewOfDoc(ru.doc).paragraphs).toEqual(rev1.text.paragraphs);

    // What the restore replaced is a checkpoint, within reach.
    const timeline = await listRevisions(room.db, chair, room.draftId);
    const before = timeline.find((entry) => entry.kind === "checkpoint");
    expect(before).toBeDefined();
    const kept = await textAt(room.db, chair, room.draftId, before!.id);
    expect(kept.text.paragraphs.map((paragraph) => paragraph.text).join("\n")).toContain(
      "[typed by Russia after Rev.1]",
    );

    // Editors go on typing on top of the restored text.
    typeInOpenParagraph(ru, " [after the restore]");
    await eventually(async () => (await storedText()).includes("[after the restore]"), 5000, "typing after restore");
    await eventually(
      () => fragmentText(kz.doc.getXmlFragment("default")).includes("[after the restore]"),
      5000,
      "shared after restore",
    );
    kz.destroy();
    ru.destroy();
  });

  it("keeps a checkpoint once a burst of typing is over", async () => {
    const chair = await sessionUser(room.db, "chair@concord.test");
    const kg = await room.join("kg@concord.test");
    typeInOpenParagraph(kg, " [a burst by Kyrgyzstan]");
    await eventually(
      async () => {
        const checkpoints = await room.db.revision.findMany({
          where: { documentId: room.draftId, kind: "CHECKPOINT" },
        });
        return checkpoints.some((row) => JSON.stringify(row.text).includes("[a burst by Kyrgyzstan]"));
      },
      5000,
      "a checkpoint with the burst",
    );
    const timeline = await listRevisions(room.db, chair, room.draftId);
    expect(timeline[0]).toMatchObject({ kind: "checkpoint", name: "Checkpoint", createdBy: null });
    expect(timeline[0]!.counts.open + timeline[0]!.counts.bracketed).toBeGreaterThan(0);
    kg.destroy();
  });

  it("follows one paragraph through the revisions by its id", async () => {
    const chair = await sessionUser(room.db, "chair@concord.test");
    const kz = await room.join("kz@concord.test");
    typeInOpenParagraph(kz, " [history]");
    await eventually(async () => (await storedText()).includes("[history]"), 5000, "the edit stored");
    const live = await textAt(room.db, chair, room.draftId, "live");
    const paragraph = live.text.paragraphs.find((candidate) => candidate.text.includes("[history]"))!;
    const history = await paragraphHistory(room.db, chair, room.draftId, paragraph.id);
    expect(history.map((entry) => entry.name)).toEqual(["Rev.1", "Rev.2", "Live text"]);
    expect(history[0]!.paragraph!.text).not.toContain("[history]");
    expect(history[0]!.paragraph!.number).toBe(paragraph.number);
    expect(history[2]!.paragraph!.text).toBe(paragraph.text);
    const withCheckpoints = await paragraphHistory(room.db, chair, room.draftId, paragraph.id, { checkpoints: true });
    expect(withCheckpoints.filter((entry) => entry.name === "Checkpoint").length).toBeGreaterThan(0);
    expect((await paragraphHistory(room.db, chair, room.draftId, "pnosuchthing"))[0]!.paragraph).toBeNull();
    kz.destroy();
  });

  it("compares Rev.1 with the live text: exactly what was typed since", async () => {
    const chair = await sessionUser(room.db, "chair@concord.test");
    const { from, to, comparison } = await compareRevisions(room.db, chair, room.draftId, "Rev.1", null);
    expect(from.revision?.name).toBe("Rev.1");
    expect(to.revision).toBeNull();
    const changed = comparison.paragraphs.filter((paragraph) => paragraph.change !== "unchanged");
    expect(changed).toHaveLength(1);
    const inserted = changed[0]!.words.filter((word) => word.op === "insert").map((word) => word.text);
    expect(inserted.join("")).toBe(" [after the restore] [a burst by Kyrgyzstan] [history]");
    expect(changed[0]!.words.some((word) => word.op === "delete")).toBe(false);
    await expect(compareRevisions(room.db, chair, room.draftId, null, "live")).rejects.toBeInstanceOf(
      InvalidInputError,
    );
  });
});
