// One rule of the live text behind one interface: each rule is a small file, tested alone, and
// the room runs them all in a fixed order (index.ts) over one resolved view of each update —
// first before it is applied (`inspect`, over what its structs say: cheap, and what it refuses
// never touches the doc), then on what it did once applied on trial (`judge`, exact: where Yjs
// placed each character). Who may do what is the policy's answer (lib/policy/can.ts).
import type { CollabUser } from "../collab-connection";
import type { AppliedUpdate } from "./applied-update";
import type { EffectFindings } from "./judge-effect";
import type { IncomingUpdate } from "./incoming-update";
import type { FirstLookFindings } from "./verdicts";

export type Sender = Pick<CollabUser, "role"> & Partial<Pick<CollabUser, "memberStateCode">>;

export interface UpdateRule {
  readonly name: string;
  /** Before the update is applied: forbids paragraphs (or the whole update), accepts status changes. */
  inspect?(update: IncomingUpdate, sender: Sender, found: FirstLookFindings): void;
  /** After it is applied on trial: refuses what it did to elements, which the room undoes. */
  judge?(effect: AppliedUpdate, sender: Sender, found: EffectFindings): void;
}
