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
  /**
   * The user's session version when this session began (see session-version.ts). Absent for
   * users built on the server itself, such as in tests, which counts as version 0.
   */
  sessionVersion?: number;
}

export const ROLE_LABELS: Record<Role, string> = {
  DELEGATE: "Delegate",
  CHAIR: "Chair",
  SECRETARIAT: "Secretariat",
  OBSERVER: "Observer",
};
