// Builders shared by this folder's tests: short paragraph fixtures.
import type { Paragraph } from "./paragraph";

type Options = Partial<Pick<Paragraph, "level" | "status" | "deleted" | "text">>;

export const pp = (id: string, options: Options = {}): Paragraph => para(id, "preambular", options);
export const op = (id: string, options: Options = {}): Paragraph => para(id, "operative", options);
export const heading = (id: string): Paragraph => para(id, "heading", {});
export const sub = (id: string, level: 1 | 2 = 1, options: Options = {}): Paragraph =>
  para(id, "operative", { ...options, level });

function para(id: string, kind: Paragraph["kind"], options: Options): Paragraph {
  return { id, kind, level: 0, status: "open", deleted: false, text: `Text of ${id}.`, ...options };
}
