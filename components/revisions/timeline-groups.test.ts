import { describe, expect, it } from "vitest";
import type { RevisionSummary } from "@/lib/api/revisions";
import { groupTimeline, revisionRef } from "./timeline-groups";

const entry = (kind: RevisionSummary["kind"], name: string, id = name): RevisionSummary => ({
  id,
  kind,
  number: kind === "revision" ? Number(name.slice(4)) : null,
  name: kind === "revision" ? name : "Checkpoint",
  label: null,
  meeting: null,
  symbol: "CICA/SWG/2022/3",
  createdAt: "2026-11-28T12:00:00.000Z",
  createdBy: null,
  counts: { open: 1, bracketed: 0, agreed_ad_ref: 0, agreed: 0, deleted: 0, total: 1, subParagraphs: 0 },
});

describe("the history's timeline", () => {
  it("gathers checkpoints between the revisions they fall between, newest first", () => {
    const groups = groupTimeline([
      entry("checkpoint", "c4"),
      entry("checkpoint", "c3"),
      entry("revision", "Rev.2"),
      entry("revision", "Rev.1"),
      entry("checkpoint", "c1"),
    ]);
    expect(
      groups.map((group) =>
        group.kind === "revision"
          ? group.revision.name
          : `${group.checkpoints.map((checkpoint) => checkpoint.id).join("+")} since ${group.since}`,
      ),
    ).toEqual(["c4+c3 since Rev.2", "Rev.2", "Rev.1", "c1 since null"]);
    expect(groupTimeline([])).toEqual([]);
  });

  it("refers to revisions by name and to checkpoints by id", () => {
    expect(revisionRef(entry("revision", "Rev.3"))).toBe("Rev.3");
    expect(revisionRef(entry("checkpoint", "x", "5b1c"))).toBe("5b1c");
  });
});
