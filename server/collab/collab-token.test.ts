import { describe, expect, it } from "vitest";
import { issueCollabToken, TokenError, verifyCollabToken, type CollabClaims } from "./collab-token";

const secret = "s".repeat(40);
const claims: Omit<CollabClaims, "exp"> = {
  doc: "d1",
  sub: "u1",
  name: "Delegate of Russia",
  role: "DELEGATE",
  state: "RU",
};
const problem = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof TokenError ? error.problem : "other";
  }
  return "none";
};

describe("collaboration tokens", () => {
  it("carry their claims and expire after five minutes", () => {
    const now = Date.UTC(2026, 10, 28, 10);
    const { token, expiresAt } = issueCollabToken(claims, secret, now);
    expect(expiresAt.getTime() - now).toBe(300_000);
    expect(verifyCollabToken(token, secret, now + 299_000)).toEqual({ ...claims, exp: now / 1000 + 300 });
    expect(problem(() => verifyCollabToken(token, secret, now + 300_000))).toBe("expired");
  });

  it("refuse a missing, malformed or forged token", () => {
    const { token } = issueCollabToken(claims, secret);
    expect(problem(() => verifyCollabToken(undefined, secret))).toBe("missing");
    expect(problem(() => verifyCollabToken("abc", secret))).toBe("malformed");
    expect(problem(() => verifyCollabToken(token, "another secret entirely, of some length"))).toBe("forged");
    // Raising one's own role in the payload breaks the signature.
    const [payload, signature] = token.split(".");
    const raised = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), role: "CHAIR" }),
    ).toString("base64url");
    expect(problem(() => verifyCollabToken(`${raised}.${signature}`, secret))).toBe("forged");
  });
});
