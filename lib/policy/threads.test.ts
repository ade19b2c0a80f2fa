import { describe, expect, it } from "vitest";
import { delegationOf } from "../auth/delegation";
import type { Role } from "../auth/session-user";
import { can, type ThreadFacts } from "./can";

type Person = { role: Role; memberStateCode: string | null };
const canSeeThread = (person: Person, thread: ThreadFacts) => can(person, "see-thread", thread);
const canWriteIn = (person: Person, thread: ThreadFacts) => can(person, "write-in-thread", thread);
const canResolve = (person: Person, thread: ThreadFacts) => can(person, "resolve-thread", thread);

const user = (role: Role, memberStateCode: string | null = null): Person => ({ role, memberStateCode });
const kz = user("DELEGATE", "KZ");
const ru = user("DELEGATE", "RU");
const chair = user("CHAIR");
const secretariat = user("SECRETARIAT");
const observer = user("OBSERVER");
const publicKz = { delegation: "KZ", visibility: "PUBLIC" as const };
const internalKz = { delegation: "KZ", visibility: "INTERNAL" as const };
const internalChair = { delegation: "CHAIR", visibility: "INTERNAL" as const };

describe("the policy on comment threads", () => {
  it("names the delegation a user speaks for", () => {
    expect([kz, chair, secretariat, observer].map(delegationOf)).toEqual(["KZ", "CHAIR", "SECRETARIAT", null]);
  });

  it("shows public threads to everyone, internal ones to their own delegation only", () => {
    for (const viewer of [kz, ru, chair, secretariat, observer]) expect(canSeeThread(viewer, publicKz)).toBe(true);
    expect([kz, ru, chair, secretariat, observer].map((viewer) => canSeeThread(viewer, internalKz))).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
    expect([kz, chair, secretariat].map((viewer) => canSeeThread(viewer, internalChair))).toEqual([false, true, false]);
  });

  it("lets observers read but never write", () => {
    expect(canWriteIn(observer, publicKz)).toBe(false);
    expect(canResolve(observer, publicKz)).toBe(false);
    expect(canWriteIn(ru, publicKz)).toBe(true);
    expect(canWriteIn(ru, internalKz)).toBe(false);
  });

  it("lets the thread's delegation and the chair resolve, and nobody else", () => {
    expect([kz, ru, chair, secretariat].map((viewer) => canResolve(viewer, publicKz))).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(canResolve(chair, internalKz)).toBe(false); // the chair cannot even see it
  });
});
