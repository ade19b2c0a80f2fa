import { stateColour } from "@/lib/forum/state-colour";
import "./chips.css";

/** A Member State as its ISO code, with the full name on hover and for screen readers. */
export function StateChip({ code, name }: { code: string; name?: string | null }) {
  return (
    <abbr className="state-chip" title={name ?? code} style={{ background: stateColour(code) }}>
      {code}
    </abbr>
  );
}
