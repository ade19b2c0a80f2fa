// The forum's words for document kinds and stages, as negotiation.md uses them.
export const KIND_LABELS: Record<string, string> = {
  CHARTER: "Charter",
  PLAN_OF_ACTION: "Plan of Action",
  REGULATIONS: "Regulations",
  STATEMENT: "Statement",
  CONCEPT_PAPER: "Concept paper",
};

export const STAGE_LABELS: Record<string, string> = {
  DRAFTING: "Drafting",
  SWG: "Special Working Group",
  SOC: "Senior Officials Committee",
  ADOPTED: "Adopted",
};
