// The chair or the secretariat issues Rev.N: the numbers as they stand become the base of the
// next round (stored in the live text, so every editor sees it at once), and the whole draft is
// kept as an immutable snapshot. Issuers of one draft take turns (an advisory lock), so two
// clicks never make two Rev.3s.
import { frozenNumberingBase } from "../../lib/collab/freeze-numbering-base";
import { readNumberingBase, writeNumberingBase } from "../../lib/collab/numbering-base";
import type { IssueRevisionBody, RevisionSummary } from "../../lib/api/revisions";
import { recordAudit } from "../audit/record-audit";
import type { SessionUser } from "../../lib/auth/session-user";
import { loadDocument } from "../collab/load-document";
import { storeChange } from "../collab/server-change";
import type { Database } from "../db/client";
import { getDocument } from "../documents/get-document";
import { authorize } from "../../lib/policy/can";
import { revisionSymbol } from "./revision-symbol";
import { snapshotOf } from "./snapshot";
import { revisionSummary } from "./revision-summary";

const sameBase = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

export async function issueRevision(
  db: Database,
  user: SessionUser,
  documentId: string,
  body: IssueRevisionBody,
): Promise<RevisionSummary> {
  authorize(user, "issue-revision");
  await getDocument(db, user, documentId);
  const label = body.label || null;
  const meeting = body.meeting || null;

  const revision = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('revisions:' || ${documentId}))`;
      const [{ symbol }, last] = await Promise.all([
        tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { symbol: true } }),
        tx.revision.aggregate({ where: { documentId, kind: "REVISION" }, _max: { number: true } }),
      ]);
      const number = (last._max.number ?? 0) + 1;
      const { doc } = await loadDocument(db, documentId);
      try {
        const base = frozenNumberingBase(doc);
        if (!sameBase(base, readNumberingBase(doc)))
          await storeChange(db, documentId, user.id, doc, (live) => writeNumberingBase(live, base));
        const snapshot = snapshotOf(doc);
        return tx.revision.create({
          data: {
            documentId,
            kind: "REVISION",
            number,
            label,
            meeting,
            symbol: revisionSymbol(symbol, number),
            state: new Uint8Array(snapshot.state),
            text: snapshot.text as object,
            counts: snapshot.counts as object,
            createdById: user.id,
          },
          include: { createdBy: { select: { name: true, role: true, memberStateCode: true } } },
        });
      } finally {
        doc.destroy();
      }
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
  await recordAudit(db, {
    actorId: user.id,
    action: "revision.issue",
    documentId,
    details: { revision: revision.number, label, meeting },
  });
  return revisionSummary(revision);
}
