// The one reader of a paragraph's ad ref details: whose capitals are to confirm an agreement ad
// ref, and by when. The live text stores them as the attributes `adRefStates` ("RU,CN") and
// `adRefDeadline` ("2026-12-12"); older clients stored one `adRef` ({ states, deadline }, an
// object or its JSON). The attributes win, field by field, over `adRef`.

/** Agreed subject to confirmation from these states' capitals, by this date (YYYY-MM-DD). */
export interface AdRef {
  states: readonly string[];
  deadline: string;
}

const parseJson = (value: unknown): unknown => {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};

/** "KZ, RU", ["KZ","RU"] or '["KZ"]' → codes. */
function statesOf(value: unknown): string[] {
  const raw = parseJson(value);
  if (Array.isArray(raw)) return raw.filter((state): state is string => typeof state === "string");
  if (typeof raw === "string") return raw.split(/[\s,;]+/).filter(Boolean);
  return [];
}

/** The ad ref details of a paragraph's attributes; null when it names nobody and no date. */
export function adRefOf(attrs: { adRef?: unknown; adRefStates?: unknown; adRefDeadline?: unknown }): {
  states: string[];
  deadline: string;
} | null {
  const combined = parseJson(attrs.adRef) as { states?: unknown; deadline?: unknown } | null | undefined;
  const older = combined && typeof combined === "object" ? combined : undefined;
  const states = statesOf(attrs.adRefStates ?? older?.states);
  const deadlineValue = attrs.adRefDeadline ?? older?.deadline;
  const deadline = typeof deadlineValue === "string" ? deadlineValue : "";
  return states.length === 0 && !deadline ? null : { states, deadline };
}
