// How the record of negotiation says things, the same in Word and in HTML.
import { deletionLabel } from "../../lib/editor/bracket-decorations";
import type { BracketHistory } from "./record-bracket-history";
import type { RecordStage } from "./record-of-negotiation";
import { dateInWords } from "./cover";

/** "13 October 2022, 14:05 UTC": dates written out, as the forum's documents write them. */
export function timeWords(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const time = `${String(at.getUTCHours()).padStart(2, "0")}:${String(at.getUTCMinutes()).padStart(2, "0")}`;
  return `${dateInWords(iso)}, ${time} UTC`;
}

const CHANGES: Record<RecordStage["change"], string> = {
  new: "first in this text",
  changed: "words changed",
  same: "",
  gone: "no longer in the text",
};

/** "Rev.2 — OP5 bis — Bracketed — words changed". */
export function stageHeading(stage: RecordStage): string {
  const heading = [stage.version, stage.number, stage.change === "gone" ? null : stage.status, CHANGES[stage.change]]
    .filter(Boolean)
    .join(" — ");
  return stage.sameUntil ? `${heading} (the same up to ${stage.sameUntil})` : heading;
}

/** '[combat] — proposed by RU in Rev.1; gone in Rev.3'. */
export function describeBracket(history: BracketHistory): string {
  const what =
    history.kind === "deletion"
      ? "Deletion of the paragraph"
      : history.kind === "alternative"
        ? history.text
        : `[${history.text}]`;
  const proposed = history.proposedBy ? `proposed by ${history.proposedBy}` : "held by nobody";
  const gone = history.goneIn ? `; gone in ${history.goneIn}` : "";
  return `${what} — ${proposed} in ${history.firstIn}${gone}`;
}

/** The holders at one version: "RU, CN", or for a deletion "RU: delete · KZ: retain". */
export function heldWords(history: BracketHistory, entry: BracketHistory["held"][number]): string {
  if (history.kind === "deletion")
    return deletionLabel({ proposedBy: entry.states, retainedBy: entry.retainedBy ?? [] });
  return entry.states.length > 0 ? `held by ${entry.states.join(", ")}` : "held by nobody";
}
