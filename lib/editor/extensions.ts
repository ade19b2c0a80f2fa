// The one editor schema of a draft, built the same way by the browser editor, the collaboration
// server (seeding, validation) and, later, the exporters. The live collaboration extensions are
// added on top by the browser only.
import { Extension, getSchema, type AnyExtension } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";

/** The Y.XmlFragment of a draft's Y.Doc that holds the ProseMirror document. */
export const DRAFT_FIELD = "default";

// "Locked" is the draft model's (lib/draft/status.ts); re-exported for the collaboration server.
export { LOCKED_STATUSES } from "../draft/status";
/** The paragraph attributes only the chair sets: the status and the ad ref details that go with it. */
export const STATUS_KEYS: ReadonlySet<string> = new Set(["status", "adRefStates", "adRefDeadline"]);

/**
 * What a paragraph of a negotiating text carries besides its words: its kind (preambular or
 * operative: numbering is derived from it, never typed) and its status.
 */
const ParagraphAttributes = Extension.create({
  name: "paragraphAttributes",
  addGlobalAttributes() {
    return [
      {
        // The stable id that comments, statuses and numbers hang on (paragraph-ids-extension.ts).
        // Not kept on split: the new half of a split paragraph is a new paragraph.
        types: ["paragraph", "heading"],
        attributes: {
          pid: {
            default: null,
            keepOnSplit: false,
            parseHTML: (element) => element.getAttribute("data-pid"),
            renderHTML: (attributes) => (attributes.pid ? { "data-pid": attributes.pid } : {}),
          },
        },
      },
      {
        types: ["paragraph"],
        attributes: {
          kind: {
            default: null,
            parseHTML: (element) => element.getAttribute("data-kind"),
            renderHTML: (attributes) => (attributes.kind ? { "data-kind": attributes.kind } : {}),
          },
          status: {
            default: "open",
            parseHTML: (element) => element.getAttribute("data-status") ?? "open",
            renderHTML: (attributes) => ({ "data-status": attributes.status ?? "open" }),
          },
          // Agreed ad ref: whose capitals are to confirm ("RU,CN", Member State codes) and by
          // when ("2026-12-12"). Set by the chair with the status (components/live-draft/
          // StatusTools.tsx); only the chair changes them (server/collab/rules/status-rule.ts).
          // Not kept on split: a new paragraph is open.
          adRefStates: {
            default: null,
            keepOnSplit: false,
            parseHTML: (element) => element.getAttribute("data-ad-ref-states"),
            renderHTML: (attributes) =>
              attributes.adRefStates ? { "data-ad-ref-states": attributes.adRefStates } : {},
          },
          adRefDeadline: {
            default: null,
            keepOnSplit: false,
            parseHTML: (element) => element.getAttribute("data-ad-ref-deadline"),
            renderHTML: (attributes) =>
              attributes.adRefDeadline ? { "data-ad-ref-deadline": attributes.adRefDeadline } : {},
          },
          // Which Member States hold the brackets typed in the paragraph, as a JSON string in the
          // shape of lib/negotiation `Holds` (lib/negotiation/holds.ts). A delegation changes only
          // its own state's holds (server/collab/rules/holds-rule.ts). Not kept on split: the
          // brackets stay with the half that has them, and the editor never copies a hold.
          holds: {
            default: null,
            keepOnSplit: false,
            parseHTML: (element) => element.getAttribute("data-holds"),
            renderHTML: () => ({}),
          },
        },
      },
    ];
  },
});

export function draftExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      // Yjs keeps the history of a shared text; ProseMirror's own would undo others' typing.
      undoRedo: false,
      codeBlock: false,
      code: false,
      blockquote: false,
      horizontalRule: false,
      link: false,
    }),
    ParagraphAttributes,
  ];
}

export function draftSchema() {
  return getSchema(draftExtensions());
}
