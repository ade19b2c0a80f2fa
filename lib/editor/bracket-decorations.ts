// How brackets look in the live text (pure: a document in, decorations out). The bracketed
// words set off, a small label of state codes after each, an unbalanced bracket flagged, a
// deletion proposal at the head of its paragraph, and the alternatives of a group stacked one
// under the other, as negotiators read them in a compilation text:
//
//   Support
//   [Alt 1: the development of dry ports …] Alt 1: KZ
//   [Alt 2: logistics infrastructure …]; Alt 2: IN RU
//
// The stacking is a line break drawn before each alternative (and after the group when words
// follow), never a character of the text: the text stays "[Alt 1: …] [Alt 2: …]" for everyone
// and every export.
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { alternativeGroup, attributeBrackets, parseHolds, type AttributedSpan } from "../negotiation/holds";
import { paragraphIndex } from "./paragraph-index";

/** A paragraph's text as the model reads it (a line break is one "\n", one position). */
export function paragraphText(node: ProseMirrorNode): string {
  return node.textBetween(0, node.content.size, "", "\n");
}

const stateList = (states: readonly string[]) => states.join(" ");

export function bracketDecorations(doc: ProseMirrorNode): DecorationSet {
  const decorations: Decoration[] = [];
  // The document's one paragraph index (paragraph-index.ts) says where the paragraphs are.
  for (const { node, pos, text } of paragraphIndex(doc).paragraphs) {
    if (node.type.name !== "paragraph") continue;
    const holds = parseHolds(node.attrs.holds);
    const start = pos + 1; // the paragraph's first character
    const { spans, unbalanced } = attributeBrackets(text, holds);
    const stacked = stackedAlternatives(text, spans);
    for (const [index, span] of spans.entries()) {
      const classes = ["bracket", `bracket--${span.kind}`];
      if (span.states.length === 0) classes.push("bracket--unattributed");
      if (stacked.members.has(index)) classes.push("bracket--stacked");
      decorations.push(
        Decoration.inline(start + span.open, start + span.close + 1, {
          class: classes.join(" "),
          "data-depth": String(span.depth),
          ...(span.states.length > 0 ? { "data-held-by": stateList(span.states) } : {}),
        }),
      );
      if (span.states.length > 0 && span.kind !== "deletion") {
        const label = span.kind === "alternative" ? `${span.label}: ${stateList(span.states)}` : stateList(span.states);
        decorations.push(
          Decoration.widget(start + span.close + 1, () => holdLabel(label, span.states), {
            side: -1,
            key: `hold-${start + span.open}-${label}`,
            ignoreSelection: true,
          }),
        );
      }
    }
    for (const offset of stacked.breaks) {
      // After the labels drawn at the same place (side -1), so a label stays on its own line.
      decorations.push(
        Decoration.widget(start + offset, lineBreak, {
          side: 1,
          key: `alt-break-${start + offset}`,
          ignoreSelection: true,
        }),
      );
    }
    for (const problem of unbalanced) {
      decorations.push(
        Decoration.inline(start + problem.offset, start + problem.offset + 1, {
          class: "bracket-unbalanced",
          title: problem.kind === "unclosed" ? "This bracket is never closed" : "This bracket was never opened",
        }),
      );
    }
    const deletion = holds.deletion;
    if (deletion && deletion.proposedBy.length > 0) {
      const label = deletionLabel(deletion);
      decorations.push(
        Decoration.widget(start, () => deletionWidget(label), {
          side: -1,
          key: `deletion-${pos}-${label}`,
          ignoreSelection: true,
        }),
      );
    }
  }
  return DecorationSet.create(doc, decorations);
}

/**
 * The alternatives that stand in a group of two or more (indices into `spans`), and the text
 * offsets where a line break is drawn: before each of them, and after a group that words follow
 * (punctuation closing the group stays on its last line, and the next line starts with a word).
 */
export function stackedAlternatives(
  text: string,
  spans: readonly AttributedSpan[],
): { members: Set<number>; breaks: number[] } {
  const members = new Set<number>();
  const breaks: number[] = [];
  spans.forEach((span, index) => {
    if (span.kind !== "alternative" || members.has(index)) return;
    const group = alternativeGroup(text, spans, index);
    if (group.length < 2) return;
    group.forEach((member) => members.add(member));
    for (const member of group) {
      const open = spans[member]!.open;
      if (member !== group[0] || text.slice(0, open).trim()) breaks.push(open);
    }
    const end = spans[group.at(-1)!]!.close + 1;
    const after = end + (/^[,;:.!?)]*\s*/.exec(text.slice(end))?.[0].length ?? 0);
    if (text.slice(after).trim()) breaks.push(after);
  });
  return { members, breaks };
}

/** "IN, EG: delete · AZ, CN: retain" — the compilation-text wording. */
export function deletionLabel(deletion: { proposedBy: readonly string[]; retainedBy: readonly string[] }): string {
  const parts = [`${deletion.proposedBy.join(", ")}: delete`];
  if (deletion.retainedBy.length > 0) parts.push(`${deletion.retainedBy.join(", ")}: retain`);
  return parts.join(" · ");
}

function holdLabel(text: string, states: readonly string[]): HTMLElement {
  const label = document.createElement("span");
  label.className = "bracket-label";
  label.contentEditable = "false";
  label.textContent = text;
  label.setAttribute("aria-label", `held by ${states.join(", ")}`);
  return label;
}

function lineBreak(): HTMLElement {
  const line = document.createElement("span");
  line.className = "bracket-alt-break";
  line.contentEditable = "false";
  line.setAttribute("aria-hidden", "true");
  return line;
}

function deletionWidget(text: string): HTMLElement {
  const label = document.createElement("span");
  label.className = "bracket-deletion";
  label.contentEditable = "false";
  label.textContent = text;
  return label;
}
