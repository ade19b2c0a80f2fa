import { describe, expect, it } from "vitest";
import { parsePeopleCsv } from "./parse-people-csv";

describe("parsePeopleCsv", () => {
  it("reads rows with their line numbers, quoted commas, doubled quotes, CRLF, a BOM and blank lines", () => {
    const csv =
      '\uFEFFname,email,role,state\r\n"Nurlan, Jr.",n@kz.test,delegate,KZ\r\n\r\n"O""Neil",o@t.test,observer,\r\n';
    expect(parsePeopleCsv(csv)).toEqual({
      rows: [
        { line: 2, name: "Nurlan, Jr.", email: "n@kz.test", role: "delegate", state: "KZ" },
        { line: 4, name: 'O"Neil', email: "o@t.test", role: "observer", state: "" },
      ],
      problems: [],
    });
  });

  it("accepts the columns in any order, and a quoted line break keeps the record's first line", () => {
    const csv = 'email,state,role,name\na@t.test,,chair,"Two\nLines"\nb@t.test,,chair,B';
    expect(parsePeopleCsv(csv).rows.map((row) => [row.line, row.name])).toEqual([
      [2, "Two\nLines"],
      [4, "B"],
    ]);
  });

  it("names malformed lines: wrong field counts and an unclosed quote", () => {
    const csv =
      'name,email,role,state\nA,a@t.test,chair\nB,b@t.test,chair,,extra\nC,c@t.test,chair,\n"D,d@t.test,chair,';
    expect(parsePeopleCsv(csv).problems).toEqual([
      { line: 2, message: "Expected 4 fields (name,email,role,state), found 3." },
      { line: 3, message: "Expected 4 fields (name,email,role,state), found 5." },
      { line: 5, message: 'A quoted field is never closed (a " is missing).' },
    ]);
  });

  it("refuses a missing or wrong header, and an empty file", () => {
    expect(parsePeopleCsv("Aigerim,a@kz.test,delegate,KZ\n").problems[0]).toMatchObject({ line: 1 });
    expect(parsePeopleCsv("name,email,role\n").problems[0]?.message).toContain("name,email,role,state");
    expect(parsePeopleCsv("").problems[0]?.message).toContain("empty");
  });
});
