// Every stored paragraph has an id: texts stored before ids existed, or changed by a client
// that does not name paragraphs, get theirs from the server when a room opens, as a change of
// Concord's own (no user) in the update log like any other.
import * as Y from "yjs";
import { DRAFT_FIELD } from "../../lib/editor/extensions";
import { newParagraphId } from "../../lib/editor/paragraph-id";

const CARRIES_ID = new Set(["paragraph", "heading"]);

function elementsNeedingIds(fragment: Y.XmlFragment): Y.XmlElement[] {
  const taken = new Set<string>();
  const needing: Y.XmlElement[] = [];
  const visit = (parent: Y.XmlFragment | Y.XmlElement) => {
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      if (CARRIES_ID.has(child.nodeName)) {
        const pid = child.getAttribute("pid");
        if (typeof pid !== "string" || !pid || taken.has(pid)) needing.push(child);
        else taken.add(pid);
      } else visit(child);
    }
  };
  visit(fragment);
  return needing;
}

/** Names the paragraphs of `doc` that have no id (or a taken one); returns the change, if any. */
export function backfillParagraphIds(doc: Y.Doc): Uint8Array | null {
  const needing = elementsNeedingIds(doc.getXmlFragment(DRAFT_FIELD));
  if (needing.length === 0) return null;
  const before = Y.encodeStateVector(doc);
  doc.transact(() => {
    for (const element of needing) element.setAttribute("pid", newParagraphId());
  });
  return Y.encodeStateAsUpdate(doc, before);
}
