// The demo drafts are data that later features load into their structures: check that each
// one obeys the rules of a negotiating text, not only the JSON schema.
import { describe, expect, it } from "vitest";
import { splitBrackets } from "../../lib/draft/inline-brackets";
import { readDemoDrafts } from "./demo-drafts";

const drafts = await readDemoDrafts();

describe("demo drafts", () => {
  it("are the six drafts of the digest, with unique symbols", () => {
    expect(drafts).toHaveLength(6);
    expect(new Set(drafts.map((d) => d.symbol)).size).toBe(6);
    expect(new Set(drafts.map((d) => d.kind))).toEqual(
      new Set(["CHARTER", "PLAN_OF_ACTION", "REGULATIONS", "STATEMENT", "CONCEPT_PAPER"]),
    );
  });

  for (const draft of drafts) {
    describe(draft.symbol, () => {
      it("has 4–10 preambular and 8–25 operative paragraphs", () => {
        const count = (kind: string) => draft.paragraphs.filter((p) => p.kind === kind).length;
        expect(count("preambular")).toBeGreaterThanOrEqual(4);
        expect(count("preambular")).toBeLessThanOrEqual(10);
        expect(count("operative")).toBeGreaterThanOrEqual(8);
        expect(count("operative")).toBeLessThanOrEqual(25);
      });

      it("attributes every bracketed span to the states that hold it", () => {
        for (const paragraph of draft.paragraphs) {
          const texts = [paragraph, ...paragraph.items];
          for (const { text, brackets } of texts) {
            const split = splitBrackets(text);
            expect(split.unbalanced, text).toBe(false);
            const spans = split.segments.filter((s) => s.kind === "bracket").map((s) => s.text);
            const plain = spans.filter((span) => !/^Alt \d+:/.test(span));
            for (const bracket of brackets) expect(text, bracket.text).toContain(`[${bracket.text}]`);
            for (const span of plain) {
              // A top-level span is attributed itself, or holds attributed inner spans.
              const attributed = brackets.some((b) => b.text === span || span.includes(`[${b.text}]`));
              expect(attributed, `unattributed [${span}] in ${draft.symbol}`).toBe(true);
            }
          }
          for (const alternative of paragraph.alternatives) {
            expect(paragraph.text).toContain(`[${alternative.label}: ${alternative.text}]`);
          }
        }
      });

      it("has no brackets in agreed or ad ref paragraphs, and a deadline for each ad ref", () => {
        for (const paragraph of draft.paragraphs) {
          if (paragraph.status === "agreed" || paragraph.status === "agreed_ad_ref") {
            expect(paragraph.text).not.toMatch(/[[\]]/);
            expect(paragraph.brackets).toEqual([]);
            expect(paragraph.alternatives).toEqual([]);
            expect(paragraph.deletion).toBeUndefined();
          }
          if (paragraph.status === "agreed_ad_ref") expect(paragraph.adRef?.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      });
    });
  }
});
