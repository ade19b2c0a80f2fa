// Every Akoma Ntoso export of every demo draft, in every variant, is valid against the OASIS
// schema (server/export/akn-schema/), as xmllint reads it. xmllint must be installed (CI does).
import { beforeAll, describe, expect, it } from "vitest";
import { compareTexts } from "../../lib/revisions";
import { aknSchemaErrors } from "../test-support/akn-schema";
import { demoRounds, type DemoRounds } from "./demo-texts";
import { exportDocument } from "./export-document";
import { renderAkn } from "./render-akn";
import { heading, p } from "./test-support";

let rounds: DemoRounds[];

beforeAll(async () => {
  rounds = await demoRounds();
});

describe("Akoma Ntoso against the OASIS schema", () => {
  it("validates every demo draft as a draft clean text, a negotiation text and a redline, before and after", async () => {
    expect(rounds.length).toBeGreaterThanOrEqual(6);
    const files = rounds.flatMap(({ file, heading, before, after }) => [
      ...[before, after].flatMap((text, round) => [
        { name: `${file}-${round}-clean`, xml: renderAkn(exportDocument("clean", { heading, text, draft: true })) },
        { name: `${file}-${round}-negotiation`, xml: renderAkn(exportDocument("negotiation", { heading, text })) },
      ]),
      {
        name: `${file}-redline`,
        xml: renderAkn(
          exportDocument("redline", {
            heading: { ...heading, against: "Rev.1" },
            text: after,
            comparison: compareTexts(before, after),
          }),
        ),
      },
      {
        name: `${file}-live`,
        xml: renderAkn(exportDocument("negotiation", { heading: { ...heading, revision: null }, text: after })),
      },
    ]);
    // The drafts with headings are the ones the schema used to refuse (a free <crossHeading>).
    expect(files.some(({ xml }) => xml.includes("<heading>"))).toBe(true);
    expect(await aknSchemaErrors(files)).toEqual([]);
  });

  it("validates a clean text, a text without operative paragraphs and every kind of run", async () => {
    const text = {
      paragraphs: [
        p("pp1", "PP1", "Recalling [the Charter[ of 1945]],", {
          brackets: [
            { text: "the Charter[ of 1945]", states: ["RU"] },
            { text: " of 1945", states: ["KZ"] },
          ],
          deletion: { proposedBy: ["IN"], retainedBy: ["CN"] },
        }),
      ],
      deleted: [],
    };
    const agreed = {
      paragraphs: [p("op1", "OP1", "Decide to act;"), p("op1a", "OP1 (a)", "now;", { level: 1 })],
      deleted: [],
    };
    const files = [
      { name: "preamble-only", xml: renderAkn(exportDocument("negotiation", { heading, text })) },
      { name: "clean", xml: renderAkn(exportDocument("clean", { heading, text: agreed })) },
    ];
    expect(files[0]!.xml).toContain('<span class="deletionProposal">IN: delete · CN: retain</span>');
    expect(await aknSchemaErrors(files)).toEqual([]);
  });
});
