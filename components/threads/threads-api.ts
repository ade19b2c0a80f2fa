// The comment threads API as the browser calls it. Every failure becomes a sentence a delegate
// can act on; whatever they typed stays in its box (the callers keep it until success).
import type { CommentRequest, CreateThreadRequest, Thread } from "@/lib/api/comments";

export class ThreadsApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "ThreadsApiError";
  }
}

function explain(status: number, message: string | undefined): string {
  switch (status) {
    case 401:
      return "Your session expired — sign in again; what you typed is kept here.";
    case 403:
      return message ?? "Your role may not comment on this draft.";
    case 404:
      return "This thread is no longer there — reload the page to see the current threads.";
    case 400:
      return message ?? "The comment could not be read — check it and try again.";
    default:
      return message ?? "Something went wrong on the server — try again in a moment.";
  }
}

async function call<T>(url: string, init?: { method: string; body?: unknown }): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init?.method ?? "GET",
      headers: init?.body === undefined ? undefined : { "Content-Type": "application/json" },
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
      cache: "no-store",
    });
  } catch {
    throw new ThreadsApiError("No connection to the server — check the network and try again.", 0);
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { message?: string };
    throw new ThreadsApiError(explain(response.status, problem.message), response.status);
  }
  return (await response.json()) as T;
}

export const threadsApi = {
  list: (documentId: string) => call<Thread[]>(`/api/documents/${documentId}/threads`),
  open: (documentId: string, input: CreateThreadRequest) =>
    call<Thread>(`/api/documents/${documentId}/threads`, { method: "POST", body: input }),
  reply: (threadId: string, body: string) =>
    call<Thread>(`/api/threads/${threadId}/comments`, { method: "POST", body: { body } satisfies CommentRequest }),
  edit: (commentId: string, body: string) =>
    call<Thread>(`/api/comments/${commentId}`, { method: "PATCH", body: { body } satisfies CommentRequest }),
  resolve: (threadId: string) => call<Thread>(`/api/threads/${threadId}/resolve`, { method: "POST" }),
  reopen: (threadId: string) => call<Thread>(`/api/threads/${threadId}/reopen`, { method: "POST" }),
};

export function describeError(error: unknown): string {
  return error instanceof Error && error.message ? error.message : "Something went wrong — try again.";
}
