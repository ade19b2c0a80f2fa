// What running `change` does to `doc`, as one update to store and send: the server's own changes
// (a refusal undone, a catch-up with the stored text, a restore) are written and broadcast like
// an editor's.
import * as Y from "yjs";

/** Runs `change` and returns the update it produced, merged; null when it changed nothing. */
export function updateProducedBy(doc: Y.Doc, change: () => void): Uint8Array | null {
  const produced: Uint8Array[] = [];
  const collect = (update: Uint8Array) => produced.push(update);
  doc.on("update", collect);
  try {
    change();
  } finally {
    doc.off("update", collect);
  }
  if (produced.length === 0) return null;
  return produced.length === 1 ? produced[0]! : Y.mergeUpdates(produced);
}
