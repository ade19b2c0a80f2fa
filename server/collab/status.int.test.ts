// Paragraph status over the real protocol, against the real server and Postgres: the chair's
// accepted status changes are recorded with who and when; an agreement the rules forbid is
// undone for everyone, and the chair hears why.
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { onPermissionDenied } from "../../lib/collab/permission-denied";
import { parseBrackets } from "../../lib/negotiation";
import { draftRoom, eventually, type TestClient } from "../test-support/collab-harness";
import type { SessionUser } from "../../lib/auth/session-user";

import { statusHistory } from "../documents/status-history";
import { yXmlTree } from "../../lib/draft/draft-tree";
import { DocumentNotFoundError } from "../../lib/api/errors";

const room = draftRoom("CICA/SWG/2022/3");
const { join } = room;

const paragraphs = (client: TestClient) =>
  client.fragment
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === "paragraph");
const byPid = (client: TestClient, pid: string) => paragraphs(client).find((p) => p.getAttribute("pid") === pid)!;
const hasBrackets = (p: Y.XmlElement) =>
  parseBrackets(yXmlTree.text(p)).spans.length > 0 || yXmlTree.text(p).includes("[");

describe("paragraph status", () => {
  it("records the chair's status changes in Postgres, with who and when", async () => {
    const chair = await join("chair@concord.test");
    const kz = await join("kz@concord.test");
    const target = paragraphs(chair).find((p) => p.getAttribute("status") === "open" && !hasBrackets(p))!;
    const pid = String(target.getAttribute("pid"));
    const started = new Date();

    target.setAttribute("status", "agreed");
    await eventually(() => byPid(kz, pid).getAttribute("status") === "agreed", 5000, "the agreement to arrive");
    chair.doc.transact(() => {
      target.setAttribute("status", "agreed_ad_ref");
      target.setAttribute("adRefStates", "RU,CN");
      target.setAttribute("adRefDeadline", "2099-12-12");
    });
    await eventually(() => byPid(kz, pid).getAttribute("status") === "agreed_ad_ref", 5000, "ad ref");
    chair.doc.transact(() => {
      target.setAttribute("status", "open");
      target.removeAttribute("adRefStates");
      target.removeAttribute("adRefDeadline");
    });
    await eventually(() => byPid(kz, pid).getAttribute("status") === "open", 5000, "the reopening");

    const chairUser = await room.db.user.findUniqueOrThrow({ where: { email: "chair@concord.test" } });
    await eventually(
      async () =>
        (await room.db.paragraphStatusChange.count({ where: { documentId: room.draftId, paragraphId: pid } })) === 3,
      5000,
      "three recorded changes",
    );
    const rows = await room.db.paragraphStatusChange.findMany({
      where: { documentId: room.draftId, paragraphId: pid },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((row) => [row.from, row.to])).toEqual([
      ["open", "agreed"],
      ["agreed", "agreed_ad_ref"],
      ["agreed_ad_ref", "open"],
    ]);
    expect(rows[1]).toMatchObject({ adRefStates: ["RU", "CN"], adRefDeadline: "2099-12-12" });
    for (const row of rows) {
      expect(row.userId).toBe(chairUser.id);
      expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(started.getTime() - 1000);
    }

    // GET /api/documents/{id}/status-history: newest first, for anyone who may read the draft.
    const observerRow = await room.db.user.findUniqueOrThrow({ where: { email: "observer@concord.test" } });
    const observer: SessionUser = { ...observerRow, memberStateName: null };
    const history = await statusHistory(room.db, observer, room.draftId, pid);
    expect(history.map((entry) => `${entry.from}→${entry.to}`)).toEqual([
      "agreed_ad_ref→open",
      "agreed→agreed_ad_ref",
      "open→agreed",
    ]);
    expect(history[1]).toMatchObject({
      adRef: { states: ["RU", "CN"], deadline: "2099-12-12" },
      by: { role: "CHAIR" },
    });
    expect(await statusHistory(room.db, observer, room.draftId, "no-such-paragraph")).toEqual([]);
    await expect(statusHistory(room.db, observer, "00000000-0000-0000-0000-000000000000")).rejects.toBeInstanceOf(
      DocumentNotFoundError,
    );
    chair.destroy();
    kz.destroy();
  });

  it("refuses the chair's agreement of a bracketed paragraph: both copies converge back to open, with the reason", async () => {
    const chair = await join("chair@concord.test");
    const ru = await join("ru@concord.test");
    const reasons: string[] = [];
    onPermissionDenied(chair.provider, (reason) => reasons.push(reason));
    const target = paragraphs(chair).find((p) => p.getAttribute("status") === "open" && hasBrackets(p))!;
    const pid = String(target.getAttribute("pid"));
    const recorded = await room.db.paragraphStatusChange.count({ where: { documentId: room.draftId } });

    target.setAttribute("status", "agreed");
    await eventually(() => reasons.length > 0, 5000, "the refusal");
    expect(reasons[0]).toMatch(/^change refused: (PP|OP)\d+.* still holds \d+ bracket/);
    await eventually(() => byPid(chair, pid).getAttribute("status") === "open", 5000, "the chair's copy to come back");
    expect(byPid(ru, pid).getAttribute("status")).toBe("open");
    await eventually(
      () => JSON.stringify(chair.fragment.toJSON()) === JSON.stringify(ru.fragment.toJSON()),
      5000,
      "convergence",
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await room.db.paragraphStatusChange.count({ where: { documentId: room.draftId } })).toBe(recorded);
    chair.destroy();
    ru.destroy();
  });

  it("refuses a delegate's ad ref details", async () => {
    const chair = await join("chair@concord.test");
    const cn = await join("cn@concord.test");
    const target = paragraphs(cn).find((p) => p.getAttribute("status") === "open")!;
    const pid = String(target.getAttribute("pid"));
    target.setAttribute("adRefStates", "CN");
    await eventually(() => byPid(cn, pid).getAttribute("adRefStates") === undefined, 5000, "the undo");
    expect(byPid(chair, pid).getAttribute("adRefStates")).toBeUndefined();
    chair.destroy();
    cn.destroy();
  });
});
