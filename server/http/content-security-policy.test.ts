import { describe, expect, it } from "vitest";
import { newNonce, pagePolicy } from "./content-security-policy";

describe("pagePolicy", () => {
  it("lets only nonce-bearing scripts run and the websocket reach our own host", () => {
    const policy = pagePolicy({ nonce: "abc", host: "localhost:3000", publicUrl: "http://localhost:3000", dev: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(policy).toContain("connect-src 'self' ws://localhost:3000 wss://localhost:3000;");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("unsafe-eval");
  });

  it("adds the public URL's and a separate collaboration server's websocket, and ignores a strange Host", () => {
    const policy = pagePolicy({
      nonce: "n",
      host: "evil; script-src *",
      publicUrl: "https://concord.example.org",
      collabUrl: "wss://collab.example.org/collab",
      dev: true,
    });
    expect(policy).toContain("connect-src 'self' wss://concord.example.org wss://collab.example.org;");
    expect(policy).toContain("'unsafe-eval'");
  });

  it("makes a fresh nonce each time", () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
