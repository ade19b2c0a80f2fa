import { describe, expect, it } from "vitest";
import type { Role } from "../auth/session-user";
import { ForbiddenError } from "../api/errors";
import { authorize, can, type DocumentAction } from "./can";

const ACTIONS: DocumentAction[] = [
  "read",
  "edit",
  "comment",
  "set-status",
  "renumber",
  "issue-revision",
  "restore-revision",
  "export",
  "export-record",
  "create",
  "manage",
  "dashboard",
  "edit-agreed-text",
  "rename-paragraph",
  "set-kind",
  "hold-for-others",
  "change-held-words",
  "steer-threads",
  "read-forum",
  "manage-forum",
  "read-people",
  "manage-people",
  "read-audit",
];

// The table the product promises, written out in full so that any change to a role is deliberate.
const EXPECTED: Record<Role, DocumentAction[]> = {
  OBSERVER: ["read"],
  DELEGATE: ["read", "edit", "comment"],
  CHAIR: [
    "read",
    "edit",
    "comment",
    "set-status",
    "renumber",
    "issue-revision",
    "restore-revision",
    "export",
    "export-record",
    "dashboard",
    "edit-agreed-text",
    "rename-paragraph",
    "set-kind",
    "hold-for-others",
    "change-held-words",
    "steer-threads",
    "read-forum",
    "read-people",
    "read-audit",
  ],
  SECRETARIAT: [
    "read",
    "edit",
    "comment",
    "renumber",
    "issue-revision",
    "restore-revision",
    "export",
    "export-record",
    "create",
    "manage",
    "dashboard",
    "set-kind",
    "change-held-words",
    "read-forum",
    "manage-forum",
    "read-people",
    "manage-people",
    "read-audit",
  ],
};

describe("document policy", () => {
  for (const [role, allowed] of Object.entries(EXPECTED) as [Role, DocumentAction[]][]) {
    it(`gives ${role} exactly ${allowed.join(", ")}`, () => {
      expect(ACTIONS.filter((action) => can({ role }, action))).toEqual(allowed);
    });
  }

  it("refuses everything without a user", () => {
    expect(ACTIONS.some((action) => can(null, action))).toBe(false);
  });

  it("only the chair sets paragraph status", () => {
    expect((["DELEGATE", "SECRETARIAT", "OBSERVER"] as Role[]).some((role) => can({ role }, "set-status"))).toBe(false);
  });

  it("authorize throws a ForbiddenError that names the action", () => {
    expect(() => authorize({ role: "OBSERVER" }, "edit")).toThrow(ForbiddenError);
    expect(() => authorize({ role: "OBSERVER" }, "edit")).toThrow(/may not edit/);
    expect(() => authorize({ role: "CHAIR" }, "set-status")).not.toThrow();
  });
});
