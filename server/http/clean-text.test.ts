import { describe, expect, it } from "vitest";
import { parseInput, pathSegment } from "../../lib/api/parse";
import { addressProblem, assertStorableText, BAD_ENCODING_MESSAGE, NUL_MESSAGE } from "./clean-text";

const routeParam = (raw: string) => parseInput(pathSegment, raw);

describe("assertStorableText", () => {
  it("finds a NUL anywhere in a JSON value, keys included", () => {
    expect(() => assertStorableText({ body: "a\u0000b" })).toThrow(NUL_MESSAGE);
    expect(() => assertStorableText({ table: [{ old: "OP1", new: "\u0000" }] })).toThrow(NUL_MESSAGE);
    expect(() => assertStorableText({ "k\u0000": 1 })).toThrow(NUL_MESSAGE);
    expect(() => assertStorableText({ body: "ordinary text, ünïcode, \t and \n", n: 1, ok: null })).not.toThrow();
  });
});

describe("addressProblem", () => {
  it("refuses paths and queries that do not decode or decode to a NUL", () => {
    expect(addressProblem("/api/documents/x/revisions/%E0%A4%A", "")).toBe(BAD_ENCODING_MESSAGE);
    expect(addressProblem("/api/documents/x/status-history", "?paragraph=%E0%A4%A")).toBe(BAD_ENCODING_MESSAGE);
    expect(addressProblem("/api/documents/x/status-history", "?paragraph=%00")).toBe(NUL_MESSAGE);
    expect(addressProblem("/api/documents/x/revisions/%00", "")).toBe(NUL_MESSAGE);
    expect(addressProblem("/api/documents/x/revisions/Rev.2", "?from=Rev.1&to=live&q=a+b%20c")).toBeNull();
  });
});

describe("a route's path parameter (pathSegment)", () => {
  it("decodes a path parameter, or says what is wrong with it", () => {
    expect(routeParam("Rev.2")).toBe("Rev.2");
    expect(routeParam("a%20b")).toBe("a b");
    expect(() => routeParam("%E0%A4%A")).toThrow(BAD_ENCODING_MESSAGE);
    expect(() => routeParam("%00")).toThrow(NUL_MESSAGE);
  });
});
