import { describe, expect, it } from "vitest";
import type { Paragraph } from "./paragraph";
import { checkStatusChange, displayStatus, isLocked, type Role, type StatusChange } from "./status";
import { op } from "./test-support";

describe("displayStatus", () => {
  it("shows an open paragraph with nothing bracketed as open", () => {
    expect(displayStatus(op("p", { text: "Decide to counter terrorism;" }))).toBe("open");
  });

  it("derives bracketed from typed brackets, alternatives, deletion markers and unbalanced brackets", () => {
    for (const text of ["[combat] terrorism", "[Alt 1: x]", "[delete] Recalling", "Recalling [all"]) {
      expect(displayStatus(op("p", { text }))).toBe("bracketed");
    }
  });

  it("derives bracketed from structured holds alone", () => {
    const paragraph = op("p", { text: "Decide to counter terrorism;" });
    expect(displayStatus(paragraph, { brackets: [{ text: "counter", states: ["TR"] }] })).toBe("bracketed");
    expect(displayStatus(paragraph, { alternatives: [{ label: "Alt 1", states: ["RU"] }] })).toBe("bracketed");
    expect(displayStatus(paragraph, { deletion: { proposedBy: ["CN"] } })).toBe("bracketed");
    expect(displayStatus(paragraph, { brackets: [], alternatives: [], deletion: null })).toBe("open");
  });

  it("shows the chair's declaration for agreed and ad ref paragraphs", () => {
    expect(displayStatus(op("p", { status: "agreed" }))).toBe("agreed");
    expect(displayStatus(op("p", { status: "agreed_ad_ref" }))).toBe("agreed_ad_ref");
  });

  it("shows deleted above any status or bracket", () => {
    expect(displayStatus(op("p", { deleted: true, status: "agreed" }))).toBe("deleted");
    expect(displayStatus(op("p", { deleted: true, text: "[combat]" }))).toBe("deleted");
  });
});

describe("isLocked", () => {
  it("locks agreed and agreed ad ref paragraphs, and nothing else", () => {
    expect(isLocked("agreed")).toBe(true);
    expect(isLocked("agreed_ad_ref")).toBe(true);
    for (const status of ["open", "bracketed", "deleted"] as const) expect(isLocked(status)).toBe(false);
  });
});

describe("checkStatusChange", () => {
  const clean = op("p", { text: "Decide to counter terrorism;" });
  const adRef = { states: ["RU", "CN"], deadline: "2022-10-12" };
  const change = (overrides: Partial<StatusChange> & { paragraph?: Paragraph }): StatusChange => ({
    from: "open",
    to: "agreed",
    role: "CHAIR",
    paragraph: clean,
    label: "OP5",
    ...overrides,
  });

  it("lets only the chair set any status", () => {
    for (const role of ["DELEGATE", "SECRETARIAT", "OBSERVER"] satisfies Role[]) {
      for (const to of ["agreed", "agreed_ad_ref", "open"] as const) {
        expect(checkStatusChange(change({ role, to, adRef }))).toEqual({
          ok: false,
          reason: "Only the chair sets paragraph status.",
        });
      }
    }
  });

  it("lets the chair agree a clean paragraph", () => {
    expect(checkStatusChange(change({}))).toEqual({ ok: true });
  });

  it("refuses to agree a paragraph that still holds brackets, naming what remains", () => {
    const paragraph = op("p", { text: "Decide to [combat][counter] terrorism [Alt 1: in all its forms]" });
    expect(checkStatusChange(change({ paragraph }))).toEqual({
      ok: false,
      reason: "OP5 still holds 2 brackets ([combat], [counter]) and 1 alternative.",
    });
  });

  it("refuses ad ref on a bracketed paragraph the same way, structured holds included", () => {
    const verdict = checkStatusChange(
      change({ to: "agreed_ad_ref", adRef, holds: { deletion: { proposedBy: ["IN"] } } }),
    );
    expect(verdict).toEqual({ ok: false, reason: "OP5 still holds 1 deletion proposal." });
  });

  it("says 'This paragraph' when no label is given", () => {
    const verdict = checkStatusChange({
      from: "open",
      to: "agreed",
      role: "CHAIR",
      paragraph: op("p", { text: "[x" }),
    });
    expect(verdict).toEqual({ ok: false, reason: "This paragraph still holds 1 unbalanced bracket." });
  });

  it("lets the chair agree ad ref with states and a deadline", () => {
    expect(checkStatusChange(change({ to: "agreed_ad_ref", adRef }))).toEqual({ ok: true });
  });

  it("refuses ad ref without a state, with a stranger, or without a real deadline", () => {
    const reason = (value: StatusChange["adRef"]) => {
      const verdict = checkStatusChange(change({ to: "agreed_ad_ref", adRef: value }));
      return verdict.ok ? null : verdict.reason;
    };
    const noState = "Agreed ad ref needs at least one state whose capital is to confirm.";
    const noDeadline = "Agreed ad ref needs a deadline for confirmation (a date, YYYY-MM-DD).";
    expect(reason(undefined)).toBe(noState);
    expect(reason({ states: [], deadline: "2022-10-12" })).toBe(noState);
    expect(reason({ states: ["RU", "US"], deadline: "2022-10-12" })).toBe("US is not a Member State.");
    expect(reason({ states: ["RU"], deadline: "" })).toBe(noDeadline);
    expect(reason({ states: ["RU"], deadline: "12/10/2022" })).toBe(noDeadline);
    expect(reason({ states: ["RU"], deadline: "2022-02-30" })).toBe(noDeadline);
  });

  it("lets the chair confirm ad ref as agreed, and reopen agreed or ad ref text", () => {
    const adRefParagraph = op("p", { status: "agreed_ad_ref" });
    expect(checkStatusChange(change({ from: "agreed_ad_ref", paragraph: adRefParagraph }))).toEqual({ ok: true });
    for (const status of ["agreed", "agreed_ad_ref"] as const) {
      const paragraph = op("p", { status });
      expect(checkStatusChange(change({ from: status, to: "open", paragraph }))).toEqual({ ok: true });
    }
  });

  it("lets the chair reopen even a paragraph holding brackets", () => {
    const paragraph = op("p", { status: "agreed", text: "[combat]" });
    expect(checkStatusChange(change({ from: "agreed", to: "open", paragraph }))).toEqual({ ok: true });
  });

  it("refuses a change decided on a stale status", () => {
    const paragraph = op("p", { status: "agreed_ad_ref" });
    expect(checkStatusChange(change({ from: "open", paragraph }))).toEqual({
      ok: false,
      reason: "OP5 is agreed ad ref now, no longer open.",
    });
  });

  it("refuses to set the status of a deleted paragraph", () => {
    const paragraph = op("p", { deleted: true });
    expect(checkStatusChange(change({ paragraph }))).toEqual({
      ok: false,
      reason: "OP5 is deleted; restore it before setting its status.",
    });
  });
});
