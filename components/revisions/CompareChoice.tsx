// The pair of radio buttons beside each entry of the history: compare from this text, or to it.
// Any two entries (or one and the live text) make a comparison, as in a wiki's history.
import "./history.css";

export function CompareChoice({
  value,
  name,
  defaultFrom,
  defaultTo,
}: {
  /** The ref the compare page takes: "Rev.2", a checkpoint's id, or "live". */
  value: string;
  /** "Rev.2", "the live text", "the checkpoint of …", for the radio buttons' names. */
  name: string;
  defaultFrom: string | null;
  defaultTo: string | null;
}) {
  return (
    <span className="compare-choice">
      <input
        type="radio"
        name="from"
        value={value}
        defaultChecked={value === defaultFrom}
        aria-label={`Compare from ${name}`}
        title="Compare from this text"
      />
      <input
        type="radio"
        name="to"
        value={value}
        defaultChecked={value === defaultTo}
        aria-label={`Compare to ${name}`}
        title="Compare to this text"
      />
    </span>
  );
}
