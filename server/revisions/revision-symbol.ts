// A draft's symbol follows its revisions: "CICA/SWG/2022/3" is tabled, "CICA/SWG/2022/3/Rev.2" is
// its second revision. The draft keeps the symbol it was tabled with; the current one is derived
// from the last issued revision, never stored twice.
import type { Prisma } from "../db/generated/client";

export function revisionSymbol(baseSymbol: string, revision: number | null): string {
  return revision ? `${baseSymbol}/Rev.${revision}` : baseSymbol;
}

/** Select this with a draft to derive its current symbol (`latestRevision`). */
export const latestIssuedRevision = {
  where: { kind: "REVISION" },
  orderBy: { number: "desc" },
  take: 1,
  select: { number: true },
} satisfies Prisma.Document$revisionsArgs;

export function latestRevisionNumber(revisions: readonly { number: number | null }[]): number | null {
  return revisions[0]?.number ?? null;
}
