// The history and the dashboard count the same paragraphs the same way: for every draft of the
// demo forum (several have sub-paragraphs), the live text's counts on the history page, an issued
// revision's counts in the API and the dashboard's figures are the same numbers.
import { beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readNumberingBase } from "../../lib/collab/numbering-base";
import { proseMirrorJSON } from "../../lib/draft/prosemirror-json";
import { textViewOfDoc } from "../../lib/draft/text-view-of-doc";
import { summaryParagraphs } from "../../lib/editor/draft-summary";
import { summarizeDraft } from "../../lib/negotiation/dashboard";
import { loadDocument } from "../collab/load-document";
import type { Database } from "../db/client";
import { createTestDatabase } from "../test-support/test-database";
import { sessionUser } from "../test-support/session-user";
import { issueRevision } from "./issue-revision";
import { listRevisions } from "./list-revisions";
import { countByStatus } from "./snapshot";
import { textAt } from "./text-at";

let db: Database;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

/** What the dashboard shows of a draft, computed as the browser computes it (use-live-summary.ts). */
async function dashboardFigures(documentId: string) {
  const { doc } = await loadDocument(db, documentId);
  try {
    const { counts, total, subParagraphs } = summarizeDraft(summaryParagraphs(proseMirrorJSON(doc)), {
      base: readNumberingBase(doc),
    });
    return { ...counts, total, subParagraphs };
  } finally {
    doc.destroy();
  }
}

describe("paragraph counts", () => {
  it("are the same on the history page, in the revisions API and on the dashboard, sub-paragraphs included", async () => {
    const chair = await sessionUser(db, "chair@concord.test");
    const drafts = await db.document.findMany({ orderBy: { symbol: "asc" } });
    let withSubParagraphs = 0;
    for (const draft of drafts) {
      const dashboard = await dashboardFigures(draft.id);
      if (dashboard.subParagraphs > 0) withSubParagraphs += 1;
      // The history page's "Live text" entry.
      const live = await textAt(db, chair, draft.id, "live");
      expect(countByStatus(live.text.paragraphs), draft.symbol).toEqual(dashboard);
      // An issued revision, as the history lists it and GET /api/documents/{id}/revisions returns it.
      const issued = await issueRevision(db, chair, draft.id, {});
      expect(issued.counts, draft.symbol).toEqual(dashboard);
      const [listed] = await listRevisions(db, chair, draft.id);
      expect(listed!.counts, draft.symbol).toEqual(dashboard);
    }
    expect(withSubParagraphs).toBeGreaterThan(0);
  });

  it("of a revision stored before the counts had a total are counted again from its text", async () => {
    const chair = await sessionUser(db, "chair@concord.test");
    const drafts = await db.document.findMany({ orderBy: { symbol: "asc" } });
    let checked = 0;
    for (const draft of drafts) {
      const dashboard = await dashboardFigures(draft.id);
      if (dashboard.subParagraphs === 0) continue;
      const { doc } = await loadDocument(db, draft.id);
      const text = textViewOfDoc(doc);
      const state = new Uint8Array(Y.encodeStateAsUpdate(doc));
      doc.destroy();
      // Every sub-paragraph counted as a paragraph of its own, as checkpoints were stored before.
      const old = { open: 0, bracketed: 0, agreed_ad_ref: 0, agreed: 0 };
      for (const paragraph of text.paragraphs)
        if (paragraph.kind !== "heading" && paragraph.status in old) old[paragraph.status as keyof typeof old] += 1;
      await db.revision.create({
        data: {
          documentId: draft.id,
          kind: "CHECKPOINT",
          symbol: draft.symbol,
          state,
          text: text as object,
          counts: old,
        },
      });
      const [listed] = await listRevisions(db, chair, draft.id);
      expect(listed!.kind).toBe("checkpoint");
      expect(listed!.counts, draft.symbol).toEqual(dashboard);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
