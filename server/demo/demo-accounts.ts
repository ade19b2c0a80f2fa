// The demo forum's accounts. Everyone's password is DEMO_PASSWORD; printed at start.
import { MEMBER_STATES } from "../../lib/forum/member-states";
import type { Role } from "../../lib/auth/session-user";

export const DEMO_PASSWORD = "concord";

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  memberStateCode: string | null;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "chair@concord.test", name: "Chair of the Special Working Group", role: "CHAIR", memberStateCode: null },
  { email: "secretariat@concord.test", name: "Secretariat Officer", role: "SECRETARIAT", memberStateCode: null },
  { email: "observer@concord.test", name: "Observer from the OSCE", role: "OBSERVER", memberStateCode: null },
  ...MEMBER_STATES.map((state) => ({
    email: `${state.code.toLowerCase()}@concord.test`,
    name: `Delegate of ${state.name}`,
    role: "DELEGATE" as const,
    memberStateCode: state.code,
  })),
  { email: "kz2@concord.test", name: "Second Delegate of Kazakhstan", role: "DELEGATE", memberStateCode: "KZ" },
];
