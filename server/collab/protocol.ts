// Reads and writes the y-websocket wire protocol (sync and awareness from y-protocols), strictly:
// a frame that is truncated, of an unknown type, carries trailing bytes or a garbage update is
// refused as a whole, before anything of it touches a document.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export type ClientMessage =
  | { kind: "sync-step-1"; stateVector: Uint8Array }
  /** Sync step 2 and plain updates both change the document: one kind. */
  | { kind: "update"; update: Uint8Array; decoded: ReturnType<typeof Y.decodeUpdate> }
  | { kind: "awareness"; update: Uint8Array }
  | { kind: "query-awareness" };

export class ProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ProtocolError";
  }
}

function checked<T>(decoder: decoding.Decoder, read: () => T): T {
  let value: T;
  try {
    value = read();
  } catch {
    throw new ProtocolError("truncated frame");
  }
  // lib0 reads past the end without throwing (it yields undefined or a short subarray).
  if (decoder.pos > decoder.arr.length) throw new ProtocolError("truncated frame");
  return value;
}

function readBytes(decoder: decoding.Decoder): Uint8Array {
  const length = checked(decoder, () => decoding.readVarUint(decoder));
  if (decoder.pos + length > decoder.arr.length) throw new ProtocolError("truncated frame");
  return checked(decoder, () => decoding.readUint8Array(decoder, length));
}

/**
 * Reads the whole state vector now, with the same rules as the frame: the answer to sync step 1
 * is computed later (after the sender's earlier updates are saved), where Yjs would throw on a
 * short one far from any connection that could be closed for it.
 */
function checkStateVector(payload: Uint8Array): void {
  const decoder = decoding.createDecoder(payload);
  const entries = checked(decoder, () => decoding.readVarUint(decoder));
  for (let i = 0; i < entries; i += 1) {
    checked(decoder, () => decoding.readVarUint(decoder)); // client id
    checked(decoder, () => decoding.readVarUint(decoder)); // clock
  }
  if (decoder.pos !== payload.length) throw new ProtocolError("trailing bytes in the state vector");
}

function decodeUpdate(update: Uint8Array): ReturnType<typeof Y.decodeUpdate> {
  try {
    return Y.decodeUpdate(update);
  } catch {
    throw new ProtocolError("garbage update");
  }
}

export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(frame);
  const type = checked(decoder, () => decoding.readVarUint(decoder));
  let message: ClientMessage;
  if (type === MESSAGE_SYNC) {
    const step = checked(decoder, () => decoding.readVarUint(decoder));
    const payload = readBytes(decoder);
    if (step === SYNC_STEP_1) {
      checkStateVector(payload);
      message = { kind: "sync-step-1", stateVector: payload };
    } else if (step === SYNC_STEP_2 || step === SYNC_UPDATE) {
      message = { kind: "update", update: payload, decoded: decodeUpdate(payload) };
    } else {
      throw new ProtocolError(`unknown sync step ${step}`);
    }
  } else if (type === MESSAGE_AWARENESS) {
    message = { kind: "awareness", update: readBytes(decoder) };
  } else if (type === MESSAGE_QUERY_AWARENESS) {
    message = { kind: "query-awareness" };
  } else {
    throw new ProtocolError(`unknown message type ${type}`);
  }
  if (decoder.pos !== frame.length) throw new ProtocolError("trailing bytes after the message");
  return message;
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** The server's answer to sync step 1: what the client lacks. */
export function syncStep2Message(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MESSAGE_SYNC);
    encoding.writeVarUint(e, SYNC_STEP_2);
    encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(doc, stateVector));
  });
}

/** The server's own sync step 1, so that the client sends what the server lacks. */
export function syncStep1Message(doc: Y.Doc): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MESSAGE_SYNC);
    encoding.writeVarUint(e, SYNC_STEP_1);
    encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
  });
}

export function updateMessage(update: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MESSAGE_SYNC);
    encoding.writeVarUint(e, SYNC_UPDATE);
    encoding.writeVarUint8Array(e, update);
  });
}

/** y-websocket's "permission denied" message: the client learns why a change did not stand. */
export function permissionDeniedMessage(reason: string): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MESSAGE_AUTH);
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, reason);
  });
}

export function awarenessMessage(update: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(e, update);
  });
}
