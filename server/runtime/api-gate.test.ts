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

describe("the two routes that take larger bodies", () => {
  const post = (url: string, length: number) =>
    ({ url, method: "POST", headers: { "content-length": String(length) } }) as unknown as IncomingMessage;

  it("lets a file of up to 10 MB through to POST /api/documents only", () => {
    expect(refuseApiRequest(post("/api/documents", 9 * 1024 * 1024))).toBeNull();
    expect(refuseApiRequest(post("/api/documents?preview=1", 9 * 1024 * 1024))).toBeNull();
    expect(refuseApiRequest(post("/api/documents", 11 * 1024 * 1024))).toEqual({
      status: 413,
      body: { error: "too-large", message: "The request body is larger than 10 MB." },
    });
    // Anywhere else, and with any other method, the API's 64 KB stand.
    expect(refuseApiRequest(post("/api/documents/x/revisions", 70 * 1024))?.status).toBe(413);
    expect(refuseApiRequest(post("/api/documents/", 70 * 1024))?.status).toBe(413);
    const put = { url: "/api/documents", method: "PUT", headers: { "content-length": String(70 * 1024) } };
    expect(refuseApiRequest(put as unknown as IncomingMessage)?.status).toBe(413);
  });

  it("lets a people CSV of up to 1 MB through to POST /api/users/import only", () => {
    expect(refuseApiRequest(post("/api/users/import", 900 * 1024))).toBeNull();
    expect(refuseApiRequest(post("/api/users/import", 2 * 1024 * 1024))).toEqual({
      status: 413,
      body: { error: "too-large", message: "The request body is larger than 1 MB." },
    });
    expect(refuseApiRequest(post("/api/users", 900 * 1024))?.status).toBe(413);
  });
});
