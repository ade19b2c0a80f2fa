// The collaboration server refuses a change it does not allow (a locked paragraph, a status the
// rules forbid) by undoing it and sending the sender a y-websocket "permission denied" message
// with the reason (server/collab/document-room.ts). y-websocket only logs that message to the
// console; this hands it to the UI instead, so that nobody's change vanishes without a word.
import * as decoding from "lib0/decoding";
import { readAuthMessage } from "y-protocols/auth";
import type * as Y from "yjs";

const MESSAGE_AUTH = 2;

type Listener = (reason: string) => void;

interface ProviderWithHandlers {
  doc: Y.Doc;
  messageHandlers: ((
    encoder: unknown,
    decoder: decoding.Decoder,
    provider: unknown,
    emitSynced: boolean,
    messageType: number,
  ) => void)[];
}

const listeners = new WeakMap<object, Set<Listener>>();

/** "change refused: OP5 still holds 2 brackets …" → "OP5 still holds 2 brackets …". */
export function refusalReason(message: string): string {
  const reason = message.replace(/^change refused:\s*/i, "").trim();
  if (!reason) return "The server refused the change.";
  const sentence = reason.charAt(0).toUpperCase() + reason.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** Calls `listener` with the server's reason whenever it refuses a change; returns the unsubscribe. */
export function onPermissionDenied(provider: object, listener: Listener): () => void {
  let set = listeners.get(provider);
  if (!set) {
    const own = new Set<Listener>();
    set = own;
    listeners.set(provider, own);
    const withHandlers = provider as ProviderWithHandlers;
    withHandlers.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder) => {
      readAuthMessage(decoder, withHandlers.doc, (_doc, reason) => {
        for (const notify of own) notify(reason);
      });
    };
  }
  set.add(listener);
  return () => set.delete(listener);
}
