// The secretariat opens a new draft: empty, or imported from a Word document (server/import).
// Its symbol is the next of the forum's pattern unless the secretariat writes one; a symbol in
// use is refused (409). The draft, its live text (seeded at once, so it is ready to edit) and
// the audit entry are written in one transaction: a refusal at any step leaves nothing behind.
// Creations take turns (an advisory lock), so two at once never take the same next symbol.
import { AppError, InvalidInputError } from "../../lib/api/errors";
import type { CreateDocumentBody } from "../../lib/api/documents";
import type { SessionUser } from "../../lib/auth/session-user";
import { draftContentSchema, type DraftContent } from "../../lib/draft/content";
import { authorize } from "../../lib/policy/can";
import { recordAudit } from "../audit/record-audit";
import { initialState } from "../collab/load-document";
import type { Database } from "../db/client";
import { forumSettings } from "../forum/forum-settings";
import { nextSymbol } from "../forum/next-symbol";
import { importDocx, type ImportedText } from "../import/import-docx";

export interface DraftFile {
  name: string;
  bytes: Buffer;
}

export interface CreatedDraft {
  id: string;
  symbol: string;
  /** The import's result, when the draft came from a file. */
  imported: ImportedText | null;
}

export class SymbolInUseError extends AppError {
  constructor(readonly symbol: string) {
    super("conflict", `The symbol ${symbol} is already used by another draft. Choose another symbol.`, { symbol });
    this.name = "SymbolInUseError";
  }
}

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

export async function createDraft(
  db: Database,
  user: SessionUser,
  body: CreateDocumentBody,
  file: DraftFile | null = null,
): Promise<CreatedDraft> {
  authorize(user, "create");
  const imported = file ? await importDocx(file.bytes) : null;
  const title = body.title ?? imported?.title ?? null;
  if (!title)
    throw new InvalidInputError(
      imported
        ? "Give the draft a title: the document has none that Concord could recognise."
        : "A draft needs a title.",
    );
  const forum = await forumSettings(db);
  const language = body.language ?? forum.workingLanguages[0] ?? "en";
  if (!forum.workingLanguages.includes(language))
    throw new InvalidInputError(
      `“${language}” is not one of the forum's working languages (${forum.workingLanguages.join(", ")}).`,
    );

  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('documents:create'))`;
        const symbol = body.symbol ?? (await nextSymbol(tx as unknown as Database));
        if (await tx.document.findUnique({ where: { symbol }, select: { id: true } }))
          throw new SymbolInUseError(symbol);
        const content: DraftContent = draftContentSchema.parse({
          title,
          symbol,
          kind: body.kind,
          stage: body.stage,
          language,
          tabledBy: [],
          ...(body.meeting ? { meeting: body.meeting } : {}),
          paragraphs: imported?.content ?? [],
        });
        const document = await tx.document.create({
          data: {
            title,
            symbol,
            kind: body.kind,
            stage: body.stage,
            language,
            meeting: body.meeting || null,
            initialContent: content as object,
          },
        });
        await tx.documentState.create({
          data: { documentId: document.id, state: new Uint8Array(initialState(content)) },
        });
        await recordAudit(tx as unknown as Database, {
          actorId: user.id,
          action: imported ? "document.import" : "document.create",
          documentId: document.id,
          details: {
            symbol,
            title,
            ...(imported && file
              ? { fileName: file.name, paragraphs: imported.paragraphs.length, warnings: imported.warnings.length }
              : {}),
          },
        });
        return { id: document.id, symbol, imported };
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new SymbolInUseError(body.symbol ?? "chosen");
    throw error;
  }
}
