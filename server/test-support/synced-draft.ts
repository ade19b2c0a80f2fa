// A small draft for the unit tests of the collaboration server's rules: the server's doc holding
// it, and a client synced with it whose edits come out as the server would receive them.
import * as Y from "yjs";
import { draftContentSchema, type DraftContent } from "../../lib/draft/content";
import { DRAFT_FIELD } from "../../lib/editor/extensions";
import { initialState } from "../collab/load-document";

/** A statement made of `paragraphs` (the demo drafts' shape: kind, text, status, brackets, items). */
export function testDraft(paragraphs: unknown[]): DraftContent {
  return draftContentSchema.parse({
    title: "T",
    symbol: "CICA/SWG/2022/9",
    kind: "STATEMENT",
    stage: "SWG",
    paragraphs,
  });
}

export function syncedDraft(content: DraftContent) {
  const server = new Y.Doc();
  Y.applyUpdate(server, initialState(content));
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const fragment = client.getXmlFragment(DRAFT_FIELD);
  const paragraph = (index: number) => fragment.get(index) as Y.XmlElement;
  const text = (index: number) => paragraph(index).get(0) as Y.XmlText;
  /** The client's edit, in one transaction, decoded as the server receives it. */
  const change = (edit: () => void) => {
    const before = Y.encodeStateVector(client);
    client.transact(edit);
    return Y.decodeUpdate(Y.encodeStateAsUpdate(client, before));
  };
  /** The server takes in everything the client did so far (as if the rules let it through). */
  const accept = () => Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
  return { server, client, fragment, paragraph, text, change, accept };
}
