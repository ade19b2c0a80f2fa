import { describe, expect, it } from "vitest";
import { isCrossOrigin } from "./same-origin";

const rules = { publicUrl: "https://concord.example.org", trustProxy: false };
const request = (method: string, headers: Record<string, string>, protocol = "http:") => ({
  method,
  headers: new Headers({ host: "localhost:3000", ...headers }),
  protocol,
});

describe("isCrossOrigin", () => {
  it("lets Concord's own origins through: the public URL's and the one the browser used", () => {
    expect(isCrossOrigin(request("POST", { origin: "https://concord.example.org" }), rules)).toBe(false);
    expect(isCrossOrigin(request("POST", { origin: "http://localhost:3000" }), rules)).toBe(false);
    expect(isCrossOrigin(request("DELETE", { "sec-fetch-site": "same-origin" }), rules)).toBe(false);
  });

  it("refuses other origins, another port of the same host included, and opaque ones", () => {
    for (const origin of ["http://evil.example", "http://localhost:8082", "https://localhost:3000", "null"]) {
      expect(isCrossOrigin(request("POST", { origin }), rules)).toBe(true);
    }
    expect(isCrossOrigin(request("PATCH", { "sec-fetch-site": "same-site" }), rules)).toBe(true);
    expect(isCrossOrigin(request("PUT", { "sec-fetch-site": "cross-site" }), rules)).toBe(true);
  });

  it("never refuses reading, nor a client that is not a browser", () => {
    expect(isCrossOrigin(request("GET", { origin: "http://evil.example" }), rules)).toBe(false);
    expect(isCrossOrigin(request("POST", {}), rules)).toBe(false);
  });

  it("trusts X-Forwarded-Host and -Proto only behind our own proxy", () => {
    const forwarded = {
      origin: "https://app.internal",
      "x-forwarded-host": "app.internal",
      "x-forwarded-proto": "https",
    };
    expect(isCrossOrigin(request("POST", forwarded), rules)).toBe(true);
    expect(isCrossOrigin(request("POST", forwarded), { ...rules, trustProxy: true })).toBe(false);
  });
});
