// The record of negotiation of a seeded draft taken through ten revisions, with status changes
// and comment threads, exported through the route's function; the Word file read by LibreOffice.
import { toBase64 } from "lib0/buffer";
import { performance } from "node:perf_hooks";
import { beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { DRAFT_FIELD } from "../../lib/editor/extensions";
import type { SessionUser } from "../../lib/auth/session-user";
import { loadDocument } from "../collab/load-document";
import { createThread } from "../comments/create-thread";
import { replyToThread } from "../comments/reply-to-thread";
import type { Database } from "../db/client";

import { issueRevision } from "../revisions/issue-revision";
import { libreOfficeText } from "../test-support/office-tools";
import { sessionUser } from "../test-support/session-user";
import { createTestDatabase } from "../test-support/test-database";
import { exportRecord } from "./export-record";
import { ForbiddenError, InvalidInputError } from "../../lib/api/errors";

let db: Database;
let draftId: string;
const users: Record<string, SessionUser> = {};

/** The paragraph of the stored live text whose words contain `words`, and its text node. */
async function findParagraph(words: string) {
  const { doc } = await loadDocument(db, draftId);
  const paragraph = doc
    .getXmlFragment(DRAFT_FIELD)
    .toArray()
    .find((node) => node instanceof Y.XmlElement && node.toString().includes(words)) as Y.XmlElement;
  const text = paragraph.toArray().find((child) => child instanceof Y.XmlText) as Y.XmlText;
  return { doc, paragraph, text };
}

async function anchorIn(words: string) {
  const { doc, text } = await findParagraph(words);
  const at = (index: number) => toBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, index)));
  const anchor = { start: at(0), end: at(4) };
  doc.destroy();
  return anchor;
}

/** Words typed at the end of the paragraph holding `words`, as an editor would. */
async function type(words: string, added: string) {
  const { doc, text } = await findParagraph(words);
  const before = Y.encodeStateVector(doc);
  text.insert(text.length, added);
  await db.documentUpdate.create({
    data: { documentId: draftId, update: new Uint8Array(Y.encodeStateAsUpdate(doc, before)), userId: null },
  });
  doc.destroy();
}

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  draftId = (await db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/1" } })).id;
  for (const name of ["kz", "ru", "chair", "secretariat", "observer"])
    users[name] = await sessionUser(db, `${name}@concord.test`);
  const op5 = await anchorIn("indicative timeline");
  const thread = await createThread(db, users.kz!, draftId, {
    visibility: "public",
    anchor: op5,
    quote: "Task",
    body: "Kazakhstan asks for <the> timeline.",
  });
  await replyToThread(db, users.ru!, thread.id, { body: "Russia prefers a roadmap only." });
  await createThread(db, users.kz!, draftId, {
    visibility: "internal",
    anchor: op5,
    quote: "Task",
    body: "Internal: our capital is flexible.",
  });
  const { paragraph, doc } = await findParagraph("indicative timeline");
  await db.paragraphStatusChange.create({
    data: {
      documentId: draftId,
      paragraphId: String(paragraph.getAttribute("pid")),
      from: "open",
      to: "agreed_ad_ref",
      adRefStates: ["RU", "CN"],
      adRefDeadline: "2022-10-07",
      userId: users.chair!.id,
    },
  });
  doc.destroy();
  // Ten meetings, each leaving its words in the first preambular paragraph still open.
  for (let meeting = 1; meeting <= 10; meeting += 1) {
    if (meeting > 1) await type("Recognizing that CICA", ` (meeting ${meeting})`);
    await issueRevision(db, users.secretariat!, draftId, {
      label: `After meeting ${meeting}`,
      meeting: `SWG ${meeting}`,
    });
  }
  await type("Recognizing that CICA", " (live)");
}, 120_000);

describe("the record of negotiation", () => {
  it("follows each paragraph through the ten revisions, with statuses, holders and public comments (HTML)", async () => {
    const file = await exportRecord(db, users.secretariat!, draftId, "html");
    expect(file.contentType).toContain("text/html");
    expect(file.filename).toBe("CICA-SWG-2022-1-Rev.10-record-of-negotiation.html");
    const html = String(file.body);
    for (let n = 1; n <= 10; n += 1) expect(html).toContain(`<td>Rev.${n}</td>`);
    expect(html).toContain("Rev.10 — PP3 — Open — words changed");
    expect(html).toContain("<ins> (meeting 10)</ins>");
    expect(html).toContain("Live text — PP3 — Open — words changed");
    expect(html).toContain("Open → Agreed ad ref — RU, CN by 2022-10-07 — Chair of the Special Working Group (Chair)");
    expect(html).toContain("[, including an indicative timeline] — proposed by KZ in Rev.1");
    expect(html).toContain("Deletion of the paragraph — proposed by IN in Rev.1");
    expect(html).toContain("Rev.1: IN: delete · CN, KH, PK: retain");
    expect(html).toContain("Kazakhstan asks for &lt;the&gt; timeline.");
    expect(html).toContain("Russia prefers a roadmap only.");
    expect(html).not.toContain("Internal: our capital");
    // The comment stands under the paragraph it was made on.
    const op5 = html.slice(html.indexOf("<h3>OP5</h3>"), html.indexOf("<h3>OP6</h3>"));
    expect(op5).toContain("Russia prefers a roadmap only.");
  });

  it("writes the same as Word, as LibreOffice shows it, quickly enough", async () => {
    const started = performance.now();
    const file = await exportRecord(db, users.chair!, draftId, null);
    const elapsed = performance.now() - started;
    console.log(`record of negotiation, 10 revisions, DOCX: ${elapsed.toFixed(0)} ms`);
    expect(file.filename).toMatch(/record-of-negotiation\.docx$/);
    const text = (await libreOfficeText(file.body as Buffer, "docx")).replace(/[\s\u00a0]+/g, " ");
    expect(text).toContain("Record of negotiation");
    expect(text).toContain("Rev.10 — PP3 — Open — words changed");
    expect(text).toContain("Open → Agreed ad ref — RU, CN by 2022-10-07");
    expect(text).toContain("Kazakhstan asks for <the> timeline.");
    expect(text).not.toContain("Internal: our capital");
    expect(text).toMatch(/timeline\] ?KZ, AZ, TR ?\] ?KZ, RU, CN/);
  }, 180_000);

  it("is for the chair and the secretariat only, in docx or html", async () => {
    for (const name of ["kz", "observer"])
      await expect(exportRecord(db, users[name]!, draftId, "html")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportRecord(db, users.secretariat!, draftId, "pdf")).rejects.toBeInstanceOf(InvalidInputError);
  });
});
