// Restore: an older revision's text comes back as a new change on top of the live text. Nothing
// is rewritten: the change is stored like any editor's, everyone connected receives it at once
// (server-change.ts), the text as it stood just before is kept as a checkpoint, and the statuses
// it changes enter the status history in the restorer's name. Only the paragraphs that differ
// are touched, so concurrent typing elsewhere in the text survives.
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { readNumberingBase, writeNumberingBase } from "../../lib/collab/numbering-base";
import { proseMirrorJSON } from "../../lib/draft/prosemirror-json";
import { documentParagraphs } from "../../lib/editor/document-paragraphs";
import { DRAFT_FIELD, draftSchema } from "../../lib/editor/extensions";
import { AppError, InvalidInputError } from "../../lib/api/errors";
import type { RestoreResult } from "../../lib/api/revisions";
import { recordAudit } from "../audit/record-audit";
import type { SessionUser } from "../../lib/auth/session-user";
import { loadDocument } from "../collab/load-document";
import { storeChange } from "../collab/server-change";
import type { Database } from "../db/client";
import { getDocument } from "../documents/get-document";
import { authorize } from "../../lib/policy/can";
import { findRevision, parseRevisionRef } from "./find-revision";
import { revisionSummary } from "./revision-summary";
import { writeCheckpoint } from "./write-checkpoint";

function statusesByParagraph(doc: Y.Doc): Map<string, string> {
  const json = proseMirrorJSON(doc);
  return new Map(
    documentParagraphs(json)
      .filter((paragraph) => paragraph.kind !== "heading")
      .map((paragraph) => [paragraph.id, paragraph.status]),
  );
}

export async function restoreRevision(
  db: Database,
  user: SessionUser,
  documentId: string,
  ref: string,
): Promise<RestoreResult> {
  authorize(user, "restore-revision");
  const draft = await getDocument(db, user, documentId);
  // A closed draft is read-only for everyone (access-watch.ts): a restore would change it behind that.
  if (draft.closedAt) throw new AppError("conflict", "This draft is closed: reopen it before restoring a revision.");
  if (parseRevisionRef(ref).kind === "live")
    throw new InvalidInputError("The live text cannot be restored onto itself.");
  const row = await findRevision(db, documentId, ref);

  const old = new Y.Doc();
  const { doc } = await loadDocument(db, documentId);
  try {
    Y.applyUpdate(old, row.state);
    const text = yXmlFragmentToProseMirrorRootNode(old.getXmlFragment(DRAFT_FIELD), draftSchema());
    const base = readNumberingBase(old);
    await writeCheckpoint(db, documentId, doc); // the text as it stood before the restore
    const before = statusesByParagraph(doc);
    const { update } = await storeChange(db, documentId, user.id, doc, (live) => {
      updateYFragment(live, live.getXmlFragment(DRAFT_FIELD), text, { mapping: new Map(), isOMark: new Map() });
      if (JSON.stringify(readNumberingBase(live)) !== JSON.stringify(base)) writeNumberingBase(live, base);
    });
    const after = statusesByParagraph(doc);
    const changes = [...after].filter(([id, status]) => (before.get(id) ?? "open") !== status);
    if (changes.length > 0)
      await db.paragraphStatusChange.createMany({
        data: changes.map(([paragraphId, to]) => ({
          documentId,
          paragraphId,
          from: before.get(paragraphId) ?? "open",
          to,
          adRefStates: [],
          userId: user.id,
        })),
      });
    const createdBy = row.createdById
      ? await db.user.findUnique({
          where: { id: row.createdById },
          select: { name: true, role: true, memberStateCode: true },
        })
      : null;
    const restored = revisionSummary({ ...row, createdBy });
    await recordAudit(db, {
      actorId: user.id,
      action: "revision.restore",
      documentId,
      details: { revision: restored.name, revisionId: row.id, changed: update !== null },
    });
    return { restored, changed: update !== null };
  } finally {
    old.destroy();
    doc.destroy();
  }
}
