// An anchor is two Yjs relative positions, base64-encoded by the browser. They are stored as
// given, but only once they decode: garbage never reaches the database or other browsers.
import { fromBase64 } from "lib0/buffer";
import { decodeRelativePosition } from "yjs";
import type { Anchor } from "../../lib/comments/thread";
import { InvalidInputError } from "./errors";

export function validateAnchor(anchor: Anchor): Anchor {
  for (const position of [anchor.start, anchor.end]) {
    try {
      decodeRelativePosition(fromBase64(position));
    } catch {
      throw new InvalidInputError("The comment's anchor in the text is not readable.");
    }
  }
  return anchor;
}
