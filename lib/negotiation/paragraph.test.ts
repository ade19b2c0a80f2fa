import { describe, expect, it } from "vitest";
import { paragraphSchema } from "./paragraph";

const op = {
  id: "p1",
  kind: "operative",
  level: 0,
  status: "open",
  deleted: false,
  text: "Decide to [combat] terrorism;",
};

describe("paragraphSchema", () => {
  it("accepts a paragraph as the model stores it", () => {
    expect(paragraphSchema.parse(op)).toEqual(op);
  });

  it("accepts sub-paragraph levels 1 and 2 and an empty text", () => {
    expect(paragraphSchema.parse({ ...op, level: 2, text: "" }).level).toBe(2);
  });

  it("refuses a level deeper than (i), a stored 'bracketed' status and a missing id", () => {
    expect(paragraphSchema.safeParse({ ...op, level: 3 }).success).toBe(false);
    expect(paragraphSchema.safeParse({ ...op, status: "bracketed" }).success).toBe(false);
    expect(paragraphSchema.safeParse({ ...op, id: "" }).success).toBe(false);
  });
});
