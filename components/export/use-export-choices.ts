"use client";

// What the export menu offers besides variant and format, read from the server when the menu
// opens: the issued revisions (each exportable as issued, under its own symbol, and each a base
// for a redline) and the draft's distribution, which every export's cover prints.
import { useCallback, useEffect, useState } from "react";
import type { Distribution, DistributionBody } from "@/lib/api/export";
import type { RevisionSummary } from "@/lib/api/revisions";

/** `name` ("Rev.2") is what `at=` and `against=` take. */
export type IssuedRevision = Pick<RevisionSummary, "name" | "label" | "symbol" | "createdAt">;

export type { Distribution };

export function useExportChoices(documentId: string, open: boolean) {
  const [revisions, setRevisions] = useState<IssuedRevision[] | null>(null);
  const [distribution, setDistributionState] = useState<Distribution | null>(null);
  const [distributionError, setDistributionError] = useState<string | null>(null);

  useEffect(() => {
    if (!open || revisions !== null) return;
    void fetch(`/api/documents/${documentId}/revisions`)
      .then((response) => (response.ok ? response.json() : []))
      .then((entries: RevisionSummary[]) => setRevisions(entries.filter((entry) => entry.kind === "revision")));
    void fetch(`/api/documents/${documentId}/export/distribution`)
      .then((response) => (response.ok ? response.json() : null))
      .then((body: DistributionBody | null) => setDistributionState(body?.distribution ?? "Limited"));
  }, [open, documentId, revisions]);

  const setDistribution = useCallback(
    async (value: Distribution) => {
      const previous = distribution;
      setDistributionState(value);
      setDistributionError(null);
      const response = await fetch(`/api/documents/${documentId}/export/distribution`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ distribution: value } satisfies DistributionBody),
      }).catch(() => null);
      if (!response?.ok) {
        setDistributionState(previous);
        setDistributionError("The distribution was not changed — check your connection and choose it again.");
      }
    },
    [distribution, documentId],
  );

  return { revisions, distribution, setDistribution, distributionError };
}
