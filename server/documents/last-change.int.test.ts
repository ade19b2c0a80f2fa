// "Last change" follows the live text: typing through a real collaboration client moves a draft's
// updatedAt past the time it was seeded and to the top of the drafts list, and it stays put when
// the log is folded into the stored state; an issued revision is a change too.
import { describe, expect, it } from "vitest";
import { compactDocument } from "../collab/compact-document";
import { loadDocument } from "../collab/load-document";
import { issueRevision } from "../revisions/issue-revision";
import { draftRoom, eventually, typeInOpenParagraph } from "../test-support/collab-harness";
import { sessionUser } from "../test-support/session-user";
import { getDocument } from "./get-document";
import { listDocuments } from "./list-documents";

const room = draftRoom("CICA/SWG/2022/3");

describe("a draft's last change", () => {
  it("follows the typing, in the API and in the order of the drafts list", async () => {
    const observer = await sessionUser(room.db, "observer@concord.test");
    const before = await listDocuments(room.db, observer);
    const seeded = before.find((draft) => draft.id === room.draftId)!;
    expect(before[0]!.id).not.toBe(room.draftId); // seeded first, so another draft leads

    const kz = await room.join("kz@concord.test");
    typeInOpenParagraph(kz, " as typed by KZ");
    await eventually(
      async () =>
        (await room.db.documentUpdate.count({ where: { documentId: room.draftId, userId: { not: null } } })) > 0,
      10_000,
      "the typing to be stored",
    );
    const typedAt = (await room.db.documentUpdate.findFirstOrThrow({
      where: { documentId: room.draftId },
      orderBy: { id: "desc" },
    }))!.createdAt.toISOString();

    const draft = await getDocument(room.db, observer, room.draftId);
    expect(draft.updatedAt > seeded.updatedAt).toBe(true);
    expect(draft.updatedAt).toBe(typedAt);
    const after = await listDocuments(room.db, observer);
    expect(after[0]).toMatchObject({ id: room.draftId, updatedAt: typedAt });
    expect(after.slice(1).map((entry) => entry.id)).toEqual(
      before.filter((entry) => entry.id !== room.draftId).map((entry) => entry.id),
    );

    // Folded into the stored state, the rows are gone; the time of the change is not.
    kz.destroy();
    await compactDocument(room.db, room.draftId);
    expect(await room.db.documentUpdate.count({ where: { documentId: room.draftId } })).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await compactDocument(room.db, room.draftId);
    expect((await getDocument(room.db, observer, room.draftId)).updatedAt).toBe(typedAt);
    expect((await listDocuments(room.db, observer))[0]).toMatchObject({ id: room.draftId, updatedAt: typedAt });
  });

  it("moves with a revision issued, not with the first opening of a draft", async () => {
    const secretariat = await sessionUser(room.db, "secretariat@concord.test");
    const other = await room.db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/4" } });
    const opened = await getDocument(room.db, secretariat, other.id);
    // Opening seeds the stored state from the tabled text: nobody changed anything.
    (await loadDocument(room.db, other.id)).doc.destroy();
    expect((await getDocument(room.db, secretariat, other.id)).updatedAt).toBe(opened.updatedAt);
    expect((await listDocuments(room.db, secretariat))[0]!.id).toBe(room.draftId);

    const revision = await issueRevision(room.db, secretariat, other.id, {});
    const issued = await getDocument(room.db, secretariat, other.id);
    expect(issued.updatedAt >= revision.createdAt).toBe(true);
    expect((await listDocuments(room.db, secretariat))[0]).toMatchObject({
      id: other.id,
      symbol: "CICA/SWG/2022/4/Rev.1",
      updatedAt: issued.updatedAt,
    });
  });
});
