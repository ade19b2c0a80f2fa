// What "converged" means in the bench: the same state vector (every client has integrated the
// same items) and the same text (a hash of the draft's XML fragment).
import { createHash } from "node:crypto";
import * as Y from "yjs";
import { DRAFT_FIELD } from "../lib/editor/extensions";

export interface Fingerprint {
  stateVector: string;
  textHash: string;
  textLength: number;
}

export function fingerprint(doc: Y.Doc): Fingerprint {
  const text = doc.getXmlFragment(DRAFT_FIELD).toString();
  // Sorted, so that two docs that hold the same clocks compare equal whatever their map order.
  const vector = [...Y.decodeStateVector(Y.encodeStateVector(doc)).entries()]
    .sort(([a], [b]) => a - b)
    .map(([client, clock]) => `${client}:${clock}`)
    .join(",");
  return {
    stateVector: createHash("sha1").update(vector).digest("hex").slice(0, 16),
    textHash: createHash("sha1").update(text).digest("hex").slice(0, 16),
    textLength: text.length,
  };
}

export const fingerprintKey = (f: Fingerprint) => `${f.stateVector}/${f.textHash}`;
