// Cold open of a draft with a long history, in a process of its own: the 300-paragraph bench
// draft plus N one-character updates in DocumentUpdate (typed by 27 delegations over many
// sessions, as a long negotiation would leave them), opened with loadDocument before and after
// compactDocument. While the compaction runs, one more append is timed: the append a live
// server would make for the next keystroke (from the orchestrator: another process, another
// connection).
// argv: databaseUrl updates
import * as Y from "yjs";
import { compactDocument } from "../server/collab/compact-document";
import { loadDocument } from "../server/collab/load-document";
// eslint-disable-next-line no-restricted-imports -- the probe opens the bench's database itself
import { createDatabase } from "../server/db/client";
import { serveParent, tell } from "./children";
import { fingerprint, fingerprintKey } from "./doc-fingerprint";
import { benchDraftState, createBenchDraft } from "./draft";
import { appendHistory, typingHistory } from "./history";
import { now } from "./process-probe";

const [databaseUrl, updatesArg] = process.argv.slice(2) as [string, string];
const UPDATES = Number(updatesArg);
const LOADS = 3;

const db = createDatabase(databaseUrl);

async function timeLoads(documentId: string) {
  const times: number[] = [];
  let print = "";
  let skipped = 0;
  for (let i = 0; i < LOADS; i++) {
    const started = now();
    const loaded = await loadDocument(db, documentId);
    times.push(now() - started);
    print = fingerprintKey(fingerprint(loaded.doc));
    skipped = loaded.skipped;
    loaded.doc.destroy();
  }
  return { times, print, skipped };
}

async function measure() {
  const { content, state } = await benchDraftState();
  const draft = await createBenchDraft(db, content, state);
  let started = now();
  const { updates, extra, doc } = typingHistory(state, UPDATES);
  const generateMs = now() - started;
  const expectedBefore = (() => {
    const check = new Y.Doc();
    Y.applyUpdate(check, state);
    for (const update of updates) Y.applyUpdate(check, update);
    return fingerprintKey(fingerprint(check));
  })();
  const expectedAfter = fingerprintKey(fingerprint(doc));

  started = now();
  await appendHistory(db, draft.id, updates);
  const appendMs = now() - started;
  const historyBytes = updates.reduce((sum, update) => sum + update.length, 0);
  await db.$queryRaw`SELECT 1`; // the pool's first connection is not part of an open

  const before = await timeLoads(draft.id);

  // The compaction. The orchestrator, another process on another connection, appends the next
  // keystroke meanwhile (as a live room would) and times it.
  const compactStarted = now();
  tell({ type: "compacting", document: draft.id, update: extra, at: compactStarted });
  const { merged } = await compactDocument(db, draft.id);
  const compactEnded = now();
  const compactMs = compactEnded - compactStarted;
  // The keystroke is part of the text from here on: wait until it is in (or the parent gave up).
  for (let i = 0; i < 100; i++) {
    if ((await db.documentUpdate.count({ where: { documentId: draft.id } })) > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  const after = await timeLoads(draft.id);
  const stored = await db.documentState.findUniqueOrThrow({ where: { documentId: draft.id } });
  return {
    updates: updates.length,
    historyBytes,
    generateMs,
    appendMs,
    loadBeforeMs: before.times,
    loadBeforeOk: before.print === expectedBefore && before.skipped === 0,
    compactMs,
    merged,
    compactStarted,
    compactEnded,
    loadAfterMs: after.times,
    loadAfterOk: after.print === expectedAfter && after.skipped === 0,
    stateBytesAfter: stored.state.length,
  };
}

serveParent(
  (message) => {
    if (message.type !== "run") throw new Error(`unknown request ${message.type}`);
    return measure();
  },
  () => db.$disconnect(),
);
