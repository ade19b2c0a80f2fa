// Checks the rows of a people CSV against the forum: every problem of every line, so that the
// secretariat fixes the whole file in one go. Pure: the forum's states and the emails already in
// use are handed in.
import {
  createPersonBody,
  PEOPLE_CSV_MAX_ROWS,
  ROLES,
  type CreatePersonBody,
  type ImportLineProblem,
} from "../../lib/api/users";
import type { PeopleCsvRow } from "./parse-people-csv";

export interface PeopleCheck {
  people: (CreatePersonBody & { line: number })[];
  problems: ImportLineProblem[];
}

export interface ForumFacts {
  /** Member State codes of the forum, upper case. */
  states: ReadonlySet<string>;
  /** Emails of existing accounts, lower case. */
  emailsInUse: ReadonlySet<string>;
}

const ROLE_WORDS: Record<string, (typeof ROLES)[number]> = {
  delegate: "DELEGATE",
  chair: "CHAIR",
  secretariat: "SECRETARIAT",
  observer: "OBSERVER",
};

export function checkPeopleRows(rows: PeopleCsvRow[], facts: ForumFacts): PeopleCheck {
  const people: PeopleCheck["people"] = [];
  const problems: ImportLineProblem[] = [];
  const firstLineOf = new Map<string, number>();
  if (rows.length > PEOPLE_CSV_MAX_ROWS) {
    problems.push({
      line: rows[PEOPLE_CSV_MAX_ROWS]!.line,
      message: `A file can add at most ${PEOPLE_CSV_MAX_ROWS} people; split it in two.`,
    });
    return { people, problems };
  }
  for (const row of rows) {
    const said = (message: string) => problems.push({ line: row.line, message });
    const before = problems.length;
    const role = ROLE_WORDS[row.role.toLowerCase()];
    if (!role) said(`Unknown role "${row.role}": write delegate, chair, secretariat or observer.`);
    const state = row.state.toUpperCase();
    if (state && !facts.states.has(state)) said(`Unknown Member State code "${row.state}".`);
    if (role === "DELEGATE" && !state) said("A delegate needs the code of their Member State in the state column.");
    if (role && role !== "DELEGATE" && state)
      said(`Only delegates belong to a delegation: leave the state empty for a ${row.role.toLowerCase()}.`);
    const parsed = createPersonBody.safeParse({
      name: row.name,
      email: row.email,
      role: role ?? "OBSERVER",
      memberState: state || null,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        if (issue.path[0] === "name" || issue.path[0] === "email") said(issue.message);
    } else {
      const email = parsed.data.email;
      const earlier = firstLineOf.get(email);
      if (earlier !== undefined) said(`The email ${email} is already on line ${earlier} of this file.`);
      else firstLineOf.set(email, row.line);
      if (facts.emailsInUse.has(email)) said(`An account with the email ${email} already exists.`);
      if (problems.length === before) people.push({ ...parsed.data, line: row.line });
    }
  }
  return { people, problems };
}
