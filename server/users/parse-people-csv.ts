// Reads the "Add many" CSV (name,email,role,state) into rows, each with the line it starts on,
// so that every problem can be named by its line. RFC 4180: quoted fields may hold commas,
// doubled quotes and line breaks; a byte-order mark and blank lines are ignored. Whether a row
// makes sense (a known state, a free email) is checked later, against the forum's data.
export const PEOPLE_CSV_COLUMNS = ["name", "email", "role", "state"] as const;
type Column = (typeof PEOPLE_CSV_COLUMNS)[number];

export type PeopleCsvRow = { line: number } & Record<Column, string>;

export interface PeopleCsv {
  rows: PeopleCsvRow[];
  problems: { line: number; message: string }[];
}

interface Record_ {
  line: number;
  fields: string[];
  unterminated: boolean;
}

/** Splits the text into records of fields, keeping the line each record starts on. */
function records(text: string): Record_[] {
  const found: Record_[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  let touched = false; // the record has a character (a blank line is not a record)
  const end = () => {
    fields.push(field);
    if (touched) found.push({ line: start, fields, unterminated: false });
    fields = [];
    field = "";
    touched = false;
  };
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') {
        field += '"';
        at++;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && field.trim() === "") {
      quoted = true;
      field = "";
      touched = true;
    } else if (char === ",") {
      fields.push(field);
      field = "";
      touched = true;
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[at + 1] === "\n") at++;
      end();
      line++;
      start = line;
    } else {
      field += char;
      if (char.trim() !== "") touched = true;
    }
  }
  if (quoted) {
    found.push({ line: start, fields: [...fields, field], unterminated: true });
    return found;
  }
  end();
  return found;
}

export function parsePeopleCsv(input: string): PeopleCsv {
  const text = input.replace(/^\uFEFF/, "");
  const [header, ...body] = records(text);
  if (!header)
    return {
      rows: [],
      problems: [{ line: 1, message: "The file is empty: start with the header name,email,role,state." }],
    };
  const names = header.fields.map((field) => field.trim().toLowerCase());
  const missing = PEOPLE_CSV_COLUMNS.filter((column) => !names.includes(column));
  const unknown = names.filter((name) => !(PEOPLE_CSV_COLUMNS as readonly string[]).includes(name));
  if (missing.length > 0 || unknown.length > 0 || names.length !== PEOPLE_CSV_COLUMNS.length) {
    return {
      rows: [],
      problems: [
        {
          line: header.line,
          message: `The first line must be the header name,email,role,state (found "${header.fields.join(",")}").`,
        },
      ],
    };
  }
  const rows: PeopleCsvRow[] = [];
  const problems: PeopleCsv["problems"] = [];
  for (const record of body) {
    if (record.unterminated) {
      problems.push({ line: record.line, message: 'A quoted field is never closed (a " is missing).' });
      continue;
    }
    if (record.fields.length !== names.length) {
      problems.push({
        line: record.line,
        message: `Expected ${names.length} fields (name,email,role,state), found ${record.fields.length}.`,
      });
      continue;
    }
    const row = { line: record.line } as PeopleCsvRow;
    names.forEach((name, index) => (row[name as Column] = record.fields[index]!.trim()));
    rows.push(row);
  }
  return { rows, problems };
}
