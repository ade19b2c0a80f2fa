import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectUrl } from "./safe-callback";

describe("safeCallbackPath", () => {
  it("keeps paths of Concord with their query and fragment", () => {
    expect(safeCallbackPath("/drafts/abc?x=1#p3")).toBe("/drafts/abc?x=1#p3");
    expect(safeCallbackPath("/")).toBe("/");
    expect(safeCallbackPath("/drafts/a%20b")).toBe("/drafts/a%20b");
  });

  it("refuses everything that a browser could take off-site", () => {
    for (const value of [
      "//evil.example/x",
      "/\\evil.example/x",
      "/%5Cevil.example/x",
      "/%255Cevil.example/x",
      "/%2F%2Fevil.example",
      "/%2Fevil.example",
      "/\t/evil.example",
      "/%09/evil.example",
      "/\n/evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "evil.example",
      "/%E0%A4%A",
      "",
      null,
      undefined,
    ]) {
      const kept = safeCallbackPath(value);
      expect(kept === "/" || !kept.startsWith("//"), String(value)).toBe(true);
      expect(new URL(kept, "http://app.test").origin, String(value)).toBe("http://app.test");
    }
    expect(safeCallbackPath("/%5Cevil.example/x")).toBe("/");
    expect(safeCallbackPath("/%2F%2Fevil.example")).toBe("/");
  });
});

describe("safeRedirectUrl", () => {
  const base = "http://localhost:3000";
  it("keeps relative and same-origin absolute URLs, and sends everything else home", () => {
    expect(safeRedirectUrl("/drafts/x", base)).toBe(`${base}/drafts/x`);
    expect(safeRedirectUrl(`${base}/drafts/x?y=1`, base)).toBe(`${base}/drafts/x?y=1`);
    expect(safeRedirectUrl("https://evil.example/", base)).toBe(`${base}/`);
    expect(safeRedirectUrl("/\\evil.example", base)).toBe(`${base}/`);
    expect(safeRedirectUrl(`${base}/\\evil.example`, base)).toBe(`${base}/`);
    expect(safeRedirectUrl("//evil.example", base)).toBe(`${base}/`);
  });
});
