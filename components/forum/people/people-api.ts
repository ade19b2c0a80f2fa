// The people API as the People page calls it. Every failure becomes a sentence the secretariat
// can act on; an import's refusal keeps every bad line.
import type {
  CreatedPerson,
  CreatePersonRequest,
  ImportLineProblem,
  ImportResult,
  InvitationLink,
  Person,
  UpdatePersonRequest,
} from "@/lib/api/users";

export class PeopleApiError extends Error {
  constructor(
    message: string,
    readonly lines: ImportLineProblem[] = [],
  ) {
    super(message);
  }
}

function explain(status: number, message: string | undefined): string {
  if (status === 401) return "Your session expired — sign in again, then try once more.";
  if (status === 403) return "Only the secretariat manages people's accounts.";
  return message ?? "Something went wrong on the server — try again in a moment.";
}

async function send<T>(url: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, cache: "no-store" });
  } catch {
    throw new PeopleApiError("No connection to the server — check the network and try again.");
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { message?: string; lines?: ImportLineProblem[] };
    throw new PeopleApiError(explain(response.status, problem.message), problem.lines ?? []);
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}

const json = (method: string, body?: unknown): RequestInit => ({
  method,
  headers: body === undefined ? undefined : { "Content-Type": "application/json" },
  body: body === undefined ? undefined : JSON.stringify(body),
});

export const peopleApi = {
  create: (input: CreatePersonRequest) => send<CreatedPerson>("/api/users", json("POST", input)),
  import: (csv: string) =>
    send<ImportResult>("/api/users/import", { method: "POST", headers: { "Content-Type": "text/csv" }, body: csv }),
  update: (id: string, changes: UpdatePersonRequest) => send<Person>(`/api/users/${id}`, json("PATCH", changes)),
  resetPassword: (id: string) => send<InvitationLink>(`/api/users/${id}/invitation`, json("POST")),
};
