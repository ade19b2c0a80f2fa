// PATCH /api/documents/{id} as the "Manage draft" panel calls it; every failure becomes a sentence
// the secretariat can act on.
import type { UpdateDraftBody } from "@/lib/api/documents";

function explain(status: number, message: string | undefined): string {
  switch (status) {
    case 401:
      return "Your session expired — sign in again, then try once more.";
    case 403:
      return message ?? "Only the secretariat manages a draft.";
    case 404:
      return "This draft is no longer there — reload the page.";
    default:
      // 400 and 409 say what is wrong ("The symbol … is already used by …").
      return message ?? "Something went wrong on the server — try again in a moment.";
  }
}

export async function updateDraft(documentId: string, changes: Partial<UpdateDraftBody>): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api/documents/${documentId}`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(changes),
      cache: "no-store",
    });
  } catch {
    throw new Error("No connection to the server — check the network and try again.");
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { message?: string };
    throw new Error(explain(response.status, problem.message));
  }
}
