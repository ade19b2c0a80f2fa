import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_CHOICES, describeAct } from "./audit-words";

const root = path.resolve(__dirname, "../../..");
// An action is a quoted "family.act" ("document.close", "auth.sign-out-everywhere").
const ACTION = /"([a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*)"/g;

/** Every action written to the audit log: the literals of each file that calls recordAudit or endAllSessions. */
function recordedActions(): string[] {
  const found = new Set<string>();
  for (const dir of ["server", "app"])
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || entry.name.includes(".test.")) continue;
      const file = path.join(entry.parentPath, entry.name);
      if (file.includes(`${path.sep}generated${path.sep}`) || file.endsWith(`${path.sep}session-version.ts`)) continue;
      const source = readFileSync(file, "utf8");
      if (!/(recordAudit|endAllSessions)\(/.test(source)) continue;
      for (const match of source.matchAll(ACTION)) found.add(match[1]!);
    }
  return [...found].sort();
}

describe("the audit log's words", () => {
  it("say every act the server records in words", () => {
    const known = new Set(ACTION_CHOICES.map((choice) => choice.action));
    const actions = recordedActions();
    expect(actions).toContain("document.close");
    expect(actions).toContain("auth.sign-out-everywhere");
    expect(actions.filter((action) => !known.has(action))).toEqual([]);
  });

  it("say what changed, from and to", () => {
    expect(describeAct("revision.issue", { revision: 2 })).toBe("Issued Rev.2");
    expect(describeAct("document.close", { from: null, to: "2026-10-12T09:00:00.000Z" })).toBe(
      "Closed the draft: read-only for everyone",
    );
    expect(describeAct("document.stage", { from: "SWG", to: "SOC" })).toBe(
      "Moved the draft from Special Working Group to Senior Officials Committee",
    );
    expect(describeAct("document.meeting", { from: "SWG", to: null })).toBe("Cleared the meeting");
    expect(describeAct("auth.sign-in", null)).toBe("Signed in");
    expect(
      describeAct("user.role", {
        email: "kz@concord.test",
        from: { role: "DELEGATE", memberState: "KZ" },
        to: { role: "OBSERVER", memberState: null },
      }),
    ).toBe("Changed kz@concord.test from delegate of KZ to observer");
    // An act not yet in words still shows, as its code.
    expect(describeAct("forum.something-new", {})).toBe("forum.something-new");
  });
});
