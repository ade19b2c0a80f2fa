// Links to the comparison of two texts of a draft ("Rev.1", a checkpoint's id, or "live").
export function compareHref(documentId: string, from: string, to: string): string {
  return `/drafts/${documentId}/compare?${new URLSearchParams({ from, to }).toString()}`;
}

export function paragraphHistoryHref(documentId: string, paragraphId: string): string {
  return `/drafts/${documentId}/paragraphs/${encodeURIComponent(paragraphId)}`;
}
