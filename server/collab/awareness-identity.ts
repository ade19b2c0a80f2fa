// Presence (carets, the presence bar) travels as y-protocols awareness updates that clients
// write themselves. The server stamps each state's `user` with who the connection really is, so
// that nobody appears under another person's name or another state's flag.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { ProtocolError } from "./protocol";

export interface AwarenessIdentity {
  name: string;
  state: string | null;
  role: string;
  color: string;
}

export interface StampedAwareness {
  update: Uint8Array;
  clientIds: number[];
}

/**
 * The largest state a client may publish, as JSON. A caret and a name take a few hundred bytes;
 * every state is sent to everyone in the draft, and again to each newcomer.
 */
export const MAX_AWARENESS_STATE_BYTES = 16 * 1024;

/** Which entries of an update stand (awareness-owners.ts); all of them by default. */
export type KeepEntry = (clientId: number, clock: number, removal: boolean) => boolean;

const utf8 = new TextDecoder();

/**
 * The update with only the entries `keep` accepts, each stamped with the connection's identity.
 * Throws a ProtocolError for garbage and for a kept state over MAX_AWARENESS_STATE_BYTES.
 */
export function stampAwareness(
  update: Uint8Array,
  identity: AwarenessIdentity,
  keep: KeepEntry = () => true,
): StampedAwareness {
  const decoder = decoding.createDecoder(update);
  const kept: { clientId: number; clock: number; json: string }[] = [];
  try {
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i += 1) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const raw = decoding.readVarUint8Array(decoder);
      if (decoder.pos > update.length) throw new Error("truncated");
      const removal = raw.length === 4 && utf8.decode(raw) === "null";
      if (!keep(clientId, clock, removal)) continue; // someone else's: dropped unread
      if (raw.length > MAX_AWARENESS_STATE_BYTES) throw new ProtocolError("awareness state too large");
      const state = JSON.parse(utf8.decode(raw)) as Record<string, unknown> | null;
      const stamped = state === null ? null : { ...state, user: identity };
      kept.push({ clientId, clock, json: JSON.stringify(stamped) });
    }
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError("garbage awareness update");
  }
  if (decoder.pos !== update.length) throw new ProtocolError("trailing bytes in awareness update");
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const { clientId, clock, json } of kept) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, json);
  }
  return { update: encoding.toUint8Array(encoder), clientIds: kept.map((entry) => entry.clientId) };
}
