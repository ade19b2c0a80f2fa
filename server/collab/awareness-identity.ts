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

export function stampAwareness(update: Uint8Array, identity: AwarenessIdentity): StampedAwareness {
  const decoder = decoding.createDecoder(update);
  const encoder = encoding.createEncoder();
  const clientIds: number[] = [];
  try {
    const count = decoding.readVarUint(decoder);
    encoding.writeVarUint(encoder, count);
    for (let i = 0; i < count; i += 1) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const json = decoding.readVarString(decoder);
      if (decoder.pos > update.length) throw new Error("truncated");
      const state = JSON.parse(json) as Record<string, unknown> | null;
      const stamped = state === null ? null : { ...state, user: identity };
      clientIds.push(clientId);
      encoding.writeVarUint(encoder, clientId);
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarString(encoder, JSON.stringify(stamped));
    }
  } catch {
    throw new ProtocolError("garbage awareness update");
  }
  if (decoder.pos !== update.length) throw new ProtocolError("trailing bytes in awareness update");
  return { update: encoding.toUint8Array(encoder), clientIds };
}
