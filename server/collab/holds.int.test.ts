// A delegation speaks only for itself, over the real protocol: joining or withdrawing its own
// state's hold stands; touching another state's is undone for everyone, the sender included.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { parseHolds, serializeHolds, type EditableHolds } from "../../lib/negotiation/holds";
import { draftRoom, eventually, type TestClient } from "../test-support/collab-harness";

const room = draftRoom("CICA/SWG/2022/3");
const { join } = room;

/** The first paragraph whose holds name `state`. */
function heldBy(client: TestClient, state: string): Y.XmlElement {
  const found = client.fragment
    .toArray()
    .find(
      (node) =>
        node instanceof Y.XmlElement &&
        parseHolds(node.getAttribute("holds")).brackets.some((b) => b.states.includes(state)),
    );
  if (!found) throw new Error(`no paragraph held by ${state}`);
  return found as Y.XmlElement;
}

const holdsOf = (element: Y.XmlElement) => parseHolds(element.getAttribute("holds"));
const statesOfFirst = (holds: EditableHolds) => holds.brackets[0]!.states;

describe("holds over the collaboration protocol", () => {
  it("lets Kazakhstan join a bracket, and undoes its withdrawing Russia's hold", async () => {
    const chair = await join("chair@concord.test");
    const kz = await join("kz@concord.test");
    const index = chair.fragment.toArray().indexOf(heldBy(chair, "RU"));
    const paragraph = (client: TestClient) => client.fragment.get(index) as Y.XmlElement;
    const seeded = holdsOf(paragraph(kz));
    expect(statesOfFirst(seeded)).toContain("RU");

    const joined: EditableHolds = {
      ...seeded,
      brackets: seeded.brackets.map((b, i) => (i === 0 ? { ...b, states: [...b.states, "KZ"] } : b)),
    };
    paragraph(kz).setAttribute("holds", serializeHolds(joined)!);
    await eventually(
      () => statesOfFirst(holdsOf(paragraph(chair))).includes("KZ"),
      5000,
      "Kazakhstan's hold at the chair",
    );

    const withoutRussia: EditableHolds = {
      ...joined,
      brackets: joined.brackets.map((b, i) => (i === 0 ? { ...b, states: b.states.filter((s) => s !== "RU") } : b)),
    };
    paragraph(kz).setAttribute("holds", serializeHolds(withoutRussia)!);
    await eventually(
      () => statesOfFirst(holdsOf(paragraph(kz))).includes("RU"),
      5000,
      "Russia's hold restored at Kazakhstan",
    );
    expect(statesOfFirst(holdsOf(paragraph(chair)))).toEqual(statesOfFirst(joined));
    chair.destroy();
    kz.destroy();
  });
});
