// The revisions API as the browser calls it (issue, restore). Every failure becomes a sentence
// the chair or the secretariat can act on.
import type { IssueRevisionRequest, RestoreResult, RevisionSummary } from "@/lib/api/revisions";

function explain(status: number, message: string | undefined): string {
  switch (status) {
    case 401:
      return "Your session expired — sign in again, then try once more.";
    case 403:
      return message ?? "Only the chair and the secretariat may do this.";
    case 404:
      return "This draft or revision is no longer there — reload the page.";
    default:
      return message ?? "Something went wrong on the server — try again in a moment.";
  }
}

async function post<T>(url: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
    });
  } catch {
    throw new Error("No connection to the server — check the network and try again.");
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { message?: string };
    throw new Error(explain(response.status, problem.message));
  }
  return (await response.json()) as T;
}

export const revisionsApi = {
  issue: (documentId: string, input: IssueRevisionRequest) =>
    post<RevisionSummary>(`/api/documents/${documentId}/revisions`, input),
  restore: (documentId: string, ref: string) =>
    post<RestoreResult>(`/api/documents/${documentId}/revisions/${encodeURIComponent(ref)}/restore`),
};
