// What the collaboration server spends judging each update, alone, on the bench draft: the
// rules' first look (before the update is applied) and the judged apply (applied on trial,
// judged, anything refused undone), as a room does for N delegates' keystrokes — typing at random
// places of random open paragraphs, so that some land in brackets other states hold and are
// refused. Deterministic (a fixed seed); no database, no sockets.
//
//   node --import tsx bench/judge-cost.ts [tree] [updates]
//
// `tree` is the root of a checkout (default: this one): run it on a `git worktree` of an older
// commit and on this one, alternated, to compare the two on the same machine.
import path from "node:path";
import * as Y from "yjs";

interface Look {
  paragraphs: Set<unknown>;
  revertWholeUpdate: boolean;
  reasons: string[];
}
type Inspect = (doc: Y.Doc, decoded: unknown, user: unknown, context: unknown) => Look;

const STATES = ["KZ", "RU", "CN", "IN", "TR", "AZ", "IR"];

async function main(): Promise<void> {
  const root = path.resolve(process.argv[2] ?? process.cwd());
  const count = Number(process.argv[3] ?? 4000);
  const load = (file: string) => import(path.join(root, file));
  const { benchDraftState } = await load("bench/draft.ts");
  const { JudgedApply } = await load("server/collab/judged-apply.ts");
  const { indexItems, StagedItems } = await load("server/collab/staged-items.ts");
  // The rules' first look; before they were split into rules (2026-12-01), one guard function.
  const inspect: Inspect = await load("server/collab/rules/index.ts").then(
    (rules) => rules.inspectUpdate,
    () => load("server/collab/paragraph-guard.ts").then((guard) => guard.findForbiddenChanges),
  );

  const { state } = await benchDraftState();
  const server = new Y.Doc();
  Y.applyUpdate(server, state);
  const judge = new JudgedApply(server);
  const staged = new StagedItems();
  const writers = Array.from({ length: 27 }, () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    return doc;
  });
  let seed = 7;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed / 2 ** 31);

  const updates = Array.from({ length: count }, () => {
    const from = Math.floor(random() * writers.length);
    const doc = writers[from]!;
    const open = doc
      .getXmlFragment("default")
      .toArray()
      .filter(
        (node): node is Y.XmlElement =>
          node instanceof Y.XmlElement &&
          node.nodeName === "paragraph" &&
          (node.getAttribute("status") ?? "open") === "open",
      );
    const paragraph = open[Math.floor(random() * open.length)]!;
    const words = paragraph.toArray().find((child) => child instanceof Y.XmlText) as Y.XmlText;
    const before = Y.encodeStateVector(doc);
    words.insert(Math.floor(random() * (words.length + 1)), "x");
    const user = { role: "DELEGATE", memberStateCode: STATES[from % STATES.length] };
    return { update: Y.encodeStateAsUpdate(doc, before), user, from };
  });

  let inspectMs = 0;
  let applyMs = 0;
  let refused = 0;
  for (const { update, user, from } of updates) {
    const decoded = Y.decodeUpdate(update);
    const index = indexItems(decoded.structs);
    const started = performance.now();
    const look = inspect(server, decoded, user, { staged, index });
    const inspected = performance.now();
    const forbidden = look.paragraphs.size > 0 || look.revertWholeUpdate;
    const forced = forbidden
      ? { undo: new Set(look.paragraphs), whole: look.revertWholeUpdate, reasons: look.reasons }
      : undefined;
    const judged = judge.apply(update, user, forced);
    applyMs += performance.now() - inspected;
    inspectMs += inspected - started;
    if (judged.refused) refused += 1;
    // The other writers receive what stood, as the room's broadcast would give them.
    if (judged.produced)
      for (const [at, doc] of writers.entries()) if (at !== from) Y.applyUpdate(doc, judged.produced);
  }
  const micros = (ms: number) => Math.round((ms * 1000) / count);
  console.log(
    JSON.stringify({
      tree: root,
      updates: count,
      refused,
      firstLookMicrosPerUpdate: micros(inspectMs),
      judgedApplyMicrosPerUpdate: micros(applyMs),
    }),
  );
}

void main();
