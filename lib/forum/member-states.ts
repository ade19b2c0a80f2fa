// The 27 Member States of CICA in 2022 (Kuwait joined at the Sixth Summit, after these texts).
// Codes are ISO 3166-1 alpha-2; names as the forum's documents write them.
export const MEMBER_STATES = [
  { code: "AF", name: "Afghanistan" },
  { code: "AZ", name: "Azerbaijan" },
  { code: "BH", name: "Bahrain" },
  { code: "BD", name: "Bangladesh" },
  { code: "KH", name: "Cambodia" },
  { code: "CN", name: "China" },
  { code: "EG", name: "Egypt" },
  { code: "IN", name: "India" },
  { code: "IR", name: "Iran" },
  { code: "IQ", name: "Iraq" },
  { code: "IL", name: "Israel" },
  { code: "JO", name: "Jordan" },
  { code: "KZ", name: "Kazakhstan" },
  { code: "KG", name: "Kyrgyzstan" },
  { code: "MN", name: "Mongolia" },
  { code: "PK", name: "Pakistan" },
  { code: "PS", name: "Palestine" },
  { code: "QA", name: "Qatar" },
  { code: "KR", name: "Republic of Korea" },
  { code: "RU", name: "Russia" },
  { code: "LK", name: "Sri Lanka" },
  { code: "TJ", name: "Tajikistan" },
  { code: "TH", name: "Thailand" },
  { code: "TR", name: "Türkiye" },
  { code: "AE", name: "United Arab Emirates" },
  { code: "UZ", name: "Uzbekistan" },
  { code: "VN", name: "Viet Nam" },
] as const;

export type MemberStateCode = (typeof MEMBER_STATES)[number]["code"];

const CODES: ReadonlySet<string> = new Set(MEMBER_STATES.map((state) => state.code));

export function isMemberStateCode(value: string): value is MemberStateCode {
  return CODES.has(value);
}

/** Names that read with the article in a sentence ("held by the United Arab Emirates"). */
const WITH_ARTICLE: ReadonlySet<string> = new Set(["AE", "KR"]);

/** "India and the United Arab Emirates", "Kazakhstan, Türkiye and Qatar": states as prose. */
export function stateNamesInProse(codes: readonly string[]): string {
  const names = codes.map((code) => {
    const name = MEMBER_STATES.find((state) => state.code === code)?.name ?? code;
    return WITH_ARTICLE.has(code) ? `the ${name}` : name;
  });
  if (names.length <= 1) return names[0] ?? "other delegations";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** Who made a change, as a document names them: "Kazakhstan", "Chair", "Secretariat". */
export function delegationName(delegation: string): string {
  const state = MEMBER_STATES.find((candidate) => candidate.code === delegation);
  if (state) return state.name;
  return delegation.charAt(0) + delegation.slice(1).toLowerCase();
}
