// Yjs updates no honest editor sends, made on purpose for tests of the server's rules: edits
// made in a copy of a client's doc under a client id of our choosing, one update per
// transaction (so that one can be sent before another: a clock gap), and updates re-encoded
// from decoded structs after changing them (an insert stripped of its left origin).
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { DRAFT_FIELD } from "../../lib/editor/extensions";

export interface Forger {
  doc: Y.Doc;
  fragment: Y.XmlFragment;
  /** Runs `edit` as one transaction and returns the update it produced. */
  edit(edit: (fragment: Y.XmlFragment) => void): Uint8Array;
}

/** A copy of `source` whose own edits carry `clientId`. */
export function forger(source: Y.Doc, clientId: number): Forger {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
  // Set after the copy: Yjs gives a doc a new id when remote changes arrive under its own.
  doc.clientID = clientId;
  const fragment = doc.getXmlFragment(DRAFT_FIELD);
  return {
    doc,
    fragment,
    edit(edit) {
      let produced: Uint8Array | null = null;
      const take = (update: Uint8Array) => (produced = update);
      doc.on("update", take);
      try {
        doc.transact(() => edit(fragment));
      } finally {
        doc.off("update", take);
      }
      if (!produced) throw new Error("the edit changed nothing");
      return produced;
    },
  };
}

/** Re-encodes decoded structs (each client's run contiguous, as decoded) with a delete set. */
export function encodeUpdate(
  structs: ReadonlyArray<Y.Item | Y.GC | Y.Skip>,
  deletes: ReadonlyArray<{ client: number; clock: number; len: number }> = [],
): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  const byClient = new Map<number, (Y.Item | Y.GC | Y.Skip)[]>();
  for (const struct of structs) {
    const list = byClient.get(struct.id.client) ?? [];
    list.push(struct);
    byClient.set(struct.id.client, list);
  }
  encoding.writeVarUint(encoder.restEncoder, byClient.size);
  for (const [client, list] of byClient) {
    list.sort((a, b) => a.id.clock - b.id.clock);
    encoding.writeVarUint(encoder.restEncoder, list.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, list[0]!.id.clock);
    for (const struct of list) struct.write(encoder, 0);
  }
  const ranges = new Map<number, { clock: number; len: number }[]>();
  for (const { client, clock, len } of deletes) ranges.set(client, [...(ranges.get(client) ?? []), { clock, len }]);
  encoding.writeVarUint(encoder.restEncoder, ranges.size);
  for (const [client, list] of ranges) {
    encoder.resetDsCurVal();
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, list.length);
    for (const { clock, len } of list) {
      encoder.writeDsClock(clock);
      encoder.writeDsLen(len);
    }
  }
  return encoder.toUint8Array();
}
