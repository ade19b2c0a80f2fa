// Delegates speak for a Member State; everyone else for none (the database's CHECK constraint
// says the same, this says it in words). The state must be one of the forum's.
import { InvalidInputError } from "../../lib/api/errors";
import type { Role } from "../../lib/auth/session-user";
import type { Transaction } from "./transaction";

export async function checkDelegation(tx: Transaction, role: Role, memberState: string | null): Promise<void> {
  if (role === "DELEGATE" && !memberState) {
    throw new InvalidInputError("A delegate belongs to a delegation: choose their Member State.");
  }
  if (role !== "DELEGATE" && memberState) {
    throw new InvalidInputError("Only delegates belong to a delegation: leave the Member State empty for this role.");
  }
  if (memberState && !(await tx.memberState.findUnique({ where: { code: memberState } }))) {
    throw new InvalidInputError(`The forum has no Member State with the code ${memberState}.`);
  }
}
