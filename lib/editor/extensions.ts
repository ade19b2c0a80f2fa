// The one editor schema of a draft, built the same way by the browser editor, the collaboration
// server (seeding, validation) and, later, the exporters. The live collaboration extensions are
// added on top by the browser only.
import { Extension, getSchema, type AnyExtension } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";

/** The Y.XmlFragment of a draft's Y.Doc that holds the ProseMirror document. */
export const DRAFT_FIELD = "default";

/** Preambular or operative: numbering (PP1, OP1) is derived from it, never typed. */
const ParagraphKind = Extension.create({
  name: "paragraphKind",
  addGlobalAttributes() {
    return [
      {
        types: ["paragraph"],
        attributes: {
          kind: {
            default: null,
            parseHTML: (element) => element.getAttribute("data-kind"),
            renderHTML: (attributes) => (attributes.kind ? { "data-kind": attributes.kind } : {}),
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
    ParagraphKind,
  ];
}

export function draftSchema() {
  return getSchema(draftExtensions());
}
