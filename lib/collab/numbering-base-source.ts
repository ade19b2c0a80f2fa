// The editor's view of the numbering base (lib/editor/paragraph-numbers-extension.ts), read live
// from the collaboration session's Y.Doc.
import type * as Y from "yjs";
import type { NumberingBaseSource } from "../editor/paragraph-numbers-extension";
import { observeNumberingBase, readNumberingBase } from "./numbering-base";

export function numberingBaseSource(doc: Y.Doc): NumberingBaseSource {
  return { current: () => readNumberingBase(doc), subscribe: (listener) => observeNumberingBase(doc, listener) };
}
