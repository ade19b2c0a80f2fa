import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { refuseApiRequest } from "./api-gate";

const request = (url: string, headers: Record<string, string> = {}) => ({ url, headers }) as unknown as IncomingMessage;

describe("refuseApiRequest", () => {
  it("refuses API addresses that do not decode or hold a NUL, as the client sent them", () => {
    expect(refuseApiRequest(request("/api/documents/x/revisions/%E0%A4%A"))?.status).toBe(400);
    expect(refuseApiRequest(request("/api/documents/x/status-history?paragraph=%E0%A4%A"))?.status).toBe(400);
    expect(refuseApiRequest(request("/api/documents/x/status-history?paragraph=%00"))?.body.message).toBe(
      "Text may not contain the NUL character (U+0000).",
    );
    expect(refuseApiRequest(request("/api/documents/x/compare?from=Rev.1&to=live"))).toBeNull();
    expect(refuseApiRequest(request("/drafts/%E0%A4%A"))).toBeNull(); // pages are Next's business
  });

  it("refuses a declared body over the limit, except on next-auth's own routes", () => {
    const big = { "content-length": String(70 * 1024) };
    expect(refuseApiRequest(request("/api/threads/t/comments", big))).toEqual({
      status: 413,
      body: { error: "too-large", message: "The request body is larger than 64 KB." },
    });
    expect(refuseApiRequest(request("/api/auth/callback/credentials", big))).toBeNull();
    expect(refuseApiRequest(request("/api/threads/t/comments", { "content-length": "100" }))).toBeNull();
  });
});
