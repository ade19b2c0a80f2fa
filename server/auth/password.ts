// Password hashing with Argon2id (OWASP's first choice), parameters from @node-rs/argon2's defaults.
import { hash, verify } from "@node-rs/argon2";

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash is a failed sign-in, not a crash
  }
}

// Verifying against this when the account does not exist keeps the response time the same,
// so that timing does not tell which emails have accounts.
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hash("not a password of anyone");
  return decoy;
}
