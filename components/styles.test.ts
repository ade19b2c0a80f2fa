// The styles' two rules: colours are written once, as tokens in app/tokens.css, and every other
// stylesheet reads them with var(--…); app/globals.css keeps only the reset, the base typography
// and the page frame, each component's styles living beside it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const tokensFile = "app/tokens.css";
const globalsFile = "app/globals.css";
const GLOBALS_MAX_LINES = 150;

/** Every .css file under `dir`, relative to the repository root. */
function cssFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".css"))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

const COLOUR = /#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/gi;

/**
 * The colour literals of a stylesheet, with their line numbers. Only declarations are read (what
 * ends in `;` or `}`), never selectors (what ends in `{`), so an id selector is not a colour.
 */
function colourLiterals(css: string): { line: number; literal: string }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " "));
  const found: { line: number; literal: string }[] = [];
  let start = 0;
  for (let at = 0; at <= text.length; at++) {
    const char = text[at];
    if (char !== ";" && char !== "{" && char !== "}" && at < text.length) continue;
    if (char !== "{") {
      for (const match of text.slice(start, at).matchAll(COLOUR)) {
        const line = text.slice(0, start + match.index).split("\n").length;
        found.push({ line, literal: match[0] });
      }
    }
    start = at + 1;
  }
  return found;
}

describe("the stylesheets", () => {
  const files = [...cssFiles("app"), ...cssFiles("components")];

  it("finds the tokens, the globals and the components' styles", () => {
    expect(files).toContain(tokensFile);
    expect(files).toContain(globalsFile);
    expect(files.filter((file) => file.startsWith("components/")).length).toBeGreaterThan(0);
  });

  it("write colours only in app/tokens.css: everywhere else a var(--…)", () => {
    const outside = files
      .filter((file) => file !== tokensFile)
      .flatMap((file) =>
        colourLiterals(readFileSync(path.join(root, file), "utf8")).map(
          ({ line, literal }) => `${file}:${line} ${literal}`,
        ),
      );
    expect(outside).toEqual([]);
  });

  it(`keep app/globals.css to the reset, the base typography and the page frame (${GLOBALS_MAX_LINES} lines at most)`, () => {
    const lines = readFileSync(path.join(root, globalsFile), "utf8").trimEnd().split("\n").length;
    expect(lines).toBeLessThanOrEqual(GLOBALS_MAX_LINES);
  });
});

describe("colourLiterals", () => {
  it("finds hex, rgb() and hsl() colours in declarations, not in selectors or comments", () => {
    const css = [
      "/* #abcdef in a comment */",
      "#fade, .a { color: #fff; border: 1px solid #a1b2c3 }",
      ".b { box-shadow: 0 1px rgb(0 0 0 / 12%); background: hsl(120 50% 50%); color: red; }",
    ].join("\n");
    expect(colourLiterals(css)).toEqual([
      { line: 2, literal: "#fff" },
      { line: 2, literal: "#a1b2c3" },
      { line: 3, literal: "rgb(" },
      { line: 3, literal: "hsl(" },
    ]);
  });
});
