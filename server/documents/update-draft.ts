// The secretariat changes a draft's life: its title, symbol, stage and meeting; it closes it
// (read-only for everyone) or reopens it, archives it (out of the list) or restores it. Each
// change is one act in the audit log with what it was before and after, written in the same
// transaction as the change, so the log never claims what did not happen nor misses what did.
// Once committed, the bus tells every collaboration server, which applies it to the open room
// (a closed draft's editors turn read-only at once).
import { AppError, DocumentNotFoundError } from "../../lib/api/errors";
import type { UpdateDraftBody } from "../../lib/api/documents";
import type { SessionUser } from "../../lib/auth/session-user";
import { authorize } from "../../lib/policy/can";
import { recordAudit } from "../audit/record-audit";
import type { Database } from "../db/client";
import { isUuid } from "../db/uuid";
import { publish } from "../events/publish";

type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/** One act of the audit log: its action and its before and after. */
interface Act {
  action: string;
  from: unknown;
  to: unknown;
}

/** Another draft known by this symbol, tabled or as one of its revisions: 409 that names it. */
async function refuseSymbolInUse(tx: Transaction, documentId: string, symbol: string): Promise<void> {
  const [tabled, revision] = await Promise.all([
    tx.document.findFirst({ where: { symbol, id: { not: documentId } }, select: { title: true } }),
    tx.revision.findFirst({
      where: { symbol, documentId: { not: documentId } },
      select: { document: { select: { title: true } } },
    }),
  ]);
  const holder = tabled?.title ?? revision?.document.title;
  if (holder !== undefined)
    throw new AppError("conflict", `The symbol ${symbol} is already used by “${holder}”. Choose another.`);
}

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

export async function updateDraft(
  db: Database,
  user: SessionUser,
  documentId: string,
  changes: UpdateDraftBody,
): Promise<void> {
  authorize(user, "manage");
  if (!isUuid(documentId)) throw new DocumentNotFoundError(documentId);

  const acts = await db
    .$transaction(async (tx) => {
      // Two secretariat officers changing one draft at once take turns, so each act's "before" is true.
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Document" WHERE id = ${documentId}::uuid FOR UPDATE`;
      if (locked.length === 0) throw new DocumentNotFoundError(documentId);
      const draft = await tx.document.findUniqueOrThrow({ where: { id: documentId } });
      const now = new Date();
      const acts: Act[] = [];
      const data: Record<string, unknown> = {};
      const change = (field: string, action: string, from: unknown, to: unknown, stored: unknown = to) => {
        if (from === to) return;
        acts.push({ action, from, to });
        data[field] = stored;
      };

      if (changes.title !== undefined) change("title", "document.rename", draft.title, changes.title);
      if (changes.symbol !== undefined && changes.symbol !== draft.symbol) {
        await refuseSymbolInUse(tx, documentId, changes.symbol);
        change("symbol", "document.symbol", draft.symbol, changes.symbol);
      }
      if (changes.stage !== undefined) change("stage", "document.stage", draft.stage, changes.stage);
      if (changes.meeting !== undefined) change("meeting", "document.meeting", draft.meeting, changes.meeting);
      if (changes.closed !== undefined && changes.closed !== (draft.closedAt !== null)) {
        const to = changes.closed ? now : null;
        change("closedAt", changes.closed ? "document.close" : "document.reopen", iso(draft.closedAt), iso(to), to);
      }
      if (changes.archived !== undefined && changes.archived !== (draft.archivedAt !== null)) {
        const to = changes.archived ? now : null;
        const action = changes.archived ? "document.archive" : "document.unarchive";
        change("archivedAt", action, iso(draft.archivedAt), iso(to), to);
      }

      if (acts.length === 0) return acts; // nothing differs: nothing to write, log or announce
      await tx.document.update({ where: { id: documentId }, data });
      for (const act of acts)
        await recordAudit(tx, {
          actorId: user.id,
          action: act.action,
          documentId,
          details: { from: act.from, to: act.to },
        });
      return acts;
    })
    .catch((error: unknown) => {
      // Two drafts given one new symbol at the same moment: the second meets the unique index.
      if (isUniqueViolation(error))
        throw new AppError("conflict", `The symbol ${changes.symbol} is already in use. Choose another.`);
      throw error;
    });

  if (acts.length > 0) await publish(db, { topic: "document", documentId });
}

function iso(at: Date | null): string | null {
  return at?.toISOString() ?? null;
}
