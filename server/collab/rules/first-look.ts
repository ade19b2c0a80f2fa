// The first look: every rule's `inspect` over an update as it arrives, before anything is
// applied. What it forbids is undone with the update's trial application; the status changes
// it accepts travel with the update to the status history.
import type * as Y from "yjs";
import type { ItemIndex, StagedItems } from "../staged-items";
import { IncomingUpdate, type DecodedUpdate } from "./incoming-update";
import type { Sender, UpdateRule } from "./rule";
import { FirstLookFindings, type FirstLook } from "./verdicts";

export interface FirstLookContext {
  /** Items of updates accepted earlier but not applied yet; they may be built upon. */
  staged?: StagedItems;
  /** This update's own items, indexed (indexItems); computed when not given. */
  index?: ItemIndex;
}

/** Throws UnresolvableUpdateError for an update that builds on text the server does not hold. */
export function firstLook(
  doc: Y.Doc,
  decoded: DecodedUpdate,
  sender: Sender,
  rules: readonly UpdateRule[],
  context: FirstLookContext = {},
): FirstLook {
  const update = new IncomingUpdate(doc, decoded, context.staged, context.index);
  const found = new FirstLookFindings();
  for (const rule of rules) rule.inspect?.(update, sender, found);
  return found;
}
