// Yjs updates written by hand, struct by struct, in the V1 format Y.decodeUpdate reads: what an
// honest Y.Doc never produces (an insert anchored only on its right, a client starting at clock
// 5, a delete set naming one item and not its children), yet structurally valid.
import * as encoding from "lib0/encoding";
import * as Y from "yjs";

export interface CraftId {
  client: number;
  clock: number;
}

export type CraftContent =
  | { kind: "string"; str: string }
  | { kind: "any"; values: unknown[] }
  | { kind: "xmlElement"; name: string }
  | { kind: "xmlText" }
  | { kind: "deleted"; length: number };

export interface CraftItem {
  origin?: CraftId | null;
  rightOrigin?: CraftId | null;
  /** Written only when the item has neither origin: a root type's name or the parent type's item id. */
  parent?: CraftId | string;
  parentSub?: string;
  content: CraftContent;
}

/** Consecutive items of one client, the first at `clock`. */
export interface CraftRun {
  client: number;
  clock: number;
  items: CraftItem[];
}

export type CraftDeleteSet = Map<number, { clock: number; len: number }[]>;

// Content refs and type refs of the Yjs struct format (yjs/src/structs/Item.js, types/*.js).
const CONTENT_DELETED = 1;
const CONTENT_STRING = 4;
const CONTENT_TYPE = 7;
const CONTENT_ANY = 8;
const TYPE_XML_ELEMENT = 3;
const TYPE_XML_TEXT = 6;

export function contentLength(content: CraftContent): number {
  switch (content.kind) {
    case "string":
      return content.str.length;
    case "any":
      return content.values.length;
    case "deleted":
      return content.length;
    default:
      return 1;
  }
}

function writeId(encoder: encoding.Encoder, id: CraftId): void {
  encoding.writeVarUint(encoder, id.client);
  encoding.writeVarUint(encoder, id.clock);
}

function writeItem(encoder: encoding.Encoder, item: CraftItem): void {
  const ref =
    item.content.kind === "string"
      ? CONTENT_STRING
      : item.content.kind === "any"
        ? CONTENT_ANY
        : item.content.kind === "deleted"
          ? CONTENT_DELETED
          : CONTENT_TYPE;
  const origin = item.origin ?? null;
  const rightOrigin = item.rightOrigin ?? null;
  const info = ref | (origin ? 0x80 : 0) | (rightOrigin ? 0x40 : 0) | (item.parentSub !== undefined ? 0x20 : 0);
  encoding.writeUint8(encoder, info);
  if (origin) writeId(encoder, origin);
  if (rightOrigin) writeId(encoder, rightOrigin);
  if (!origin && !rightOrigin) {
    if (item.parent === undefined) throw new Error("an item without origins needs a parent");
    if (typeof item.parent === "string") {
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarString(encoder, item.parent);
    } else {
      encoding.writeVarUint(encoder, 0);
      writeId(encoder, item.parent);
    }
    if (item.parentSub !== undefined) encoding.writeVarString(encoder, item.parentSub);
  }
  const content = item.content;
  switch (content.kind) {
    case "string":
      encoding.writeVarString(encoder, content.str);
      break;
    case "any":
      encoding.writeVarUint(encoder, content.values.length);
      for (const value of content.values) encoding.writeAny(encoder, value as never);
      break;
    case "deleted":
      encoding.writeVarUint(encoder, content.length);
      break;
    case "xmlElement":
      encoding.writeVarUint(encoder, TYPE_XML_ELEMENT);
      encoding.writeVarString(encoder, content.name);
      break;
    case "xmlText":
      encoding.writeVarUint(encoder, TYPE_XML_TEXT);
      break;
  }
}

/** Encodes the runs and the delete set as one V1 update, and checks that Yjs can decode it. */
export function encodeCraftedUpdate(runs: CraftRun[], deletes: CraftDeleteSet = new Map()): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, runs.length);
  for (const run of runs) {
    encoding.writeVarUint(encoder, run.items.length);
    encoding.writeVarUint(encoder, run.client);
    encoding.writeVarUint(encoder, run.clock);
    for (const item of run.items) writeItem(encoder, item);
  }
  encoding.writeVarUint(encoder, deletes.size);
  for (const [client, ranges] of deletes) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, ranges.length);
    for (const range of ranges) {
      encoding.writeVarUint(encoder, range.clock);
      encoding.writeVarUint(encoder, range.len);
    }
  }
  const update = encoding.toUint8Array(encoder);
  Y.decodeUpdate(update); // structurally valid, or the fuzzer itself is wrong
  return update;
}

/** The update a change makes when done as `clientId` on a copy of `base` (an honest edit, any client id). */
export function editAs(base: Y.Doc, clientId: number, change: (doc: Y.Doc) => void): Uint8Array | null {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  try {
    doc.transact(() => change(doc));
  } finally {
    doc.destroy();
  }
  return updates.length === 0 ? null : updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
}
