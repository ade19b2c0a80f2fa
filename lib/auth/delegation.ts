// The delegation a person speaks for: their Member State's code, or the chair or the
// secretariat; observers speak for nobody. Comment threads, holds and the record of who
// changed what are kept by delegation.
import type { SessionUser } from "./session-user";

export function delegationOf(user: Pick<SessionUser, "role" | "memberStateCode">): string | null {
  switch (user.role) {
    case "DELEGATE":
      return user.memberStateCode;
    case "CHAIR":
    case "SECRETARIAT":
      return user.role;
    case "OBSERVER":
      return null;
  }
}
