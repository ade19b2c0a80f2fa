// An invitation's secret: 256 random bits in the link, only their SHA-256 in the database, so
// that a copy of the database (a backup, a leaked dump) opens no account.
import { createHash, randomBytes } from "node:crypto";

export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
