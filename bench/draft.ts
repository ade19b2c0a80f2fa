// The draft every load runs on: a demo draft's paragraphs repeated to 300, turned into Yjs once.
// Both servers start from these exact bytes: Concord from a DocumentState row holding them (as
// if the draft had been opened and compacted before), the bare server from the same bytes applied
// to its in-memory document before it listens.
import { randomUUID } from "node:crypto";
import type { DraftContent } from "../lib/draft/content";
// eslint-disable-next-line no-restricted-imports -- the bench sets up its own drafts, as the tests do
import type { Database } from "../server/db/client";
import { initialState } from "../server/collab/load-document";
import { readDemoDrafts } from "../server/demo/demo-drafts";

export const BENCH_PARAGRAPHS = 300;

let counter = 0;

/** The largest demo draft's paragraphs, repeated until there are `paragraphs` of them. */
export async function benchContent(paragraphs = BENCH_PARAGRAPHS): Promise<DraftContent> {
  const drafts = await readDemoDrafts();
  const source = drafts.reduce((a, b) => (b.paragraphs.length > a.paragraphs.length ? b : a));
  const repeated = Array.from({ length: paragraphs }, (_, i) => source.paragraphs[i % source.paragraphs.length]!);
  return { ...source, title: `${source.title} (bench, ${paragraphs} paragraphs)`, paragraphs: repeated };
}

export interface BenchDraft {
  id: string;
  paragraphs: number;
  /** The Yjs state both servers start from. */
  state: Uint8Array;
}

/** Builds the Yjs state of the bench draft once per invocation. */
export async function benchDraftState(): Promise<{ content: DraftContent; state: Uint8Array }> {
  const content = await benchContent();
  return { content, state: initialState(content) };
}

/** A new draft row (and its live state) for one run against Concord. */
export async function createBenchDraft(db: Database, content: DraftContent, state: Uint8Array): Promise<BenchDraft> {
  counter += 1;
  const document = await db.document.create({
    data: {
      id: randomUUID(),
      title: content.title,
      symbol: `CICA/BENCH/${new Date().getFullYear()}/${process.pid}${String(counter).padStart(3, "0")}`,
      kind: content.kind,
      stage: content.stage,
      language: content.language,
      initialContent: content as object,
      liveState: { create: { state: new Uint8Array(state) } },
    },
  });
  return { id: document.id, paragraphs: content.paragraphs.length, state };
}
