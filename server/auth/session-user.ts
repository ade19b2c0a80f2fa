// Who is signed in, as every page, route and (later) the collaboration server sees it.
// The role and the delegation come from the database at sign-in, never from a request.
export type Role = "DELEGATE" | "CHAIR" | "SECRETARIAT" | "OBSERVER";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The delegation's Member State, for delegates only. */
  memberStateCode: string | null;
  memberStateName: string | null;
}

export const ROLE_LABELS: Record<Role, string> = {
  DELEGATE: "Delegate",
  CHAIR: "Chair",
  SECRETARIAT: "Secretariat",
  OBSERVER: "Observer",
};
