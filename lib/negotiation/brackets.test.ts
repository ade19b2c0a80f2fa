import { describe, expect, it } from "vitest";
import { parseBrackets } from "./brackets";

describe("parseBrackets", () => {
  it("finds nothing in text with no brackets", () => {
    expect(parseBrackets("Decide to counter terrorism;")).toEqual({ spans: [], problems: [] });
    expect(parseBrackets("")).toEqual({ spans: [], problems: [] });
  });

  it("locates the brackets and their content", () => {
    const text = "Decide to [combat] terrorism;";
    const [span] = parseBrackets(text).spans;
    expect(span).toEqual({
      kind: "text",
      open: 10,
      close: 17,
      start: 11,
      end: 17,
      content: "combat",
      depth: 0,
      parent: null,
    });
    expect(text.slice(span!.start, span!.end)).toBe("combat");
  });

  it("keeps adjacent brackets apart: [combat][counter] terrorism", () => {
    const { spans, problems } = parseBrackets("[combat][counter] terrorism");
    expect(spans.map((span) => [span.content, span.open, span.close, span.depth])).toEqual([
      ["combat", 0, 7, 0],
      ["counter", 8, 16, 0],
    ]);
    expect(problems).toEqual([]);
  });

  it("nests, with depth and parent, in document order", () => {
    const { spans } = parseBrackets("[a [b [c] d] [e]] f [g]");
    expect(spans.map((span) => [span.content, span.depth, span.parent])).toEqual([
      ["a [b [c] d] [e]", 0, null],
      ["b [c] d", 1, 0],
      ["c", 2, 1],
      ["e", 1, 0],
      ["g", 0, null],
    ]);
  });

  it("reports an unclosed '[' at its offset and keeps the pairs it can", () => {
    const { spans, problems } = parseBrackets("a [b [c] d");
    expect(spans.map((span) => [span.content, span.depth, span.parent])).toEqual([["c", 0, null]]);
    expect(problems).toEqual([{ kind: "unclosed", offset: 2 }]);
  });

  it("reports an unopened ']' at its offset", () => {
    const { spans, problems } = parseBrackets("[a] b] c ]");
    expect(spans.map((span) => span.content)).toEqual(["a"]);
    expect(problems).toEqual([
      { kind: "unopened", offset: 5 },
      { kind: "unopened", offset: 9 },
    ]);
  });

  it("reports problems of both kinds in document order", () => {
    expect(parseBrackets("] x [").problems).toEqual([
      { kind: "unopened", offset: 0 },
      { kind: "unclosed", offset: 4 },
    ]);
  });

  it("keeps empty brackets as spans and flags them", () => {
    const { spans, problems } = parseBrackets("to [] and [ ] terrorism");
    expect(spans.map((span) => [span.kind, span.content])).toEqual([
      ["text", ""],
      ["text", " "],
    ]);
    expect(problems).toEqual([
      { kind: "empty", offset: 3 },
      { kind: "empty", offset: 10 },
    ]);
  });

  it("recognises alternatives with their labels and bodies", () => {
    const text = "Decide to [Alt 1: combat terrorism] [Alt 2: counter [violent] extremism]";
    const { spans } = parseBrackets(text);
    const alternatives = spans.filter((span) => span.kind === "alternative");
    expect(alternatives.map((span) => [span.label, span.body])).toEqual([
      ["Alt 1", "combat terrorism"],
      ["Alt 2", "counter [violent] extremism"],
    ]);
    const alt2 = alternatives[1]!;
    expect(text.slice(alt2.start + alt2.bodyStart, alt2.start + alt2.bodyEnd)).toBe("counter [violent] extremism");
    expect(spans.at(-1)).toMatchObject({ kind: "text", content: "violent", depth: 1, parent: 1 });
  });

  it("recognises deletion markers, bare and attributed", () => {
    const { spans } = parseBrackets("[Delete] [delete: RU] [RU: delete; CN: retain] [deleted]");
    expect(spans.map((span) => (span.kind === "deletion" ? span.proposedBy : span.kind))).toEqual([
      [],
      ["RU"],
      ["RU"],
      "text",
    ]);
  });
});
