// Seeds the demo forum: the 27 Member States, the demo accounts and the six drafts of 2022.
// Safe to run again: it updates what exists and never duplicates. Drafts that already exist keep
// their text (people may have negotiated on them since); only missing ones are created.
import { MEMBER_STATES } from "../../lib/forum/member-states";
import { recordAudit } from "../audit/record-audit";
import { hashPassword } from "../auth/password";
import type { Database } from "../db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { readDemoDrafts } from "./demo-drafts";

export interface SeedResult {
  memberStates: number;
  accounts: number;
  draftsCreated: number;
}

export async function seedDemoForum(db: Database): Promise<SeedResult> {
  const drafts = await readDemoDrafts();
  // One hash for every demo account: they share a password, and Argon2 is slow on purpose.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  for (const state of MEMBER_STATES) {
    await db.memberState.upsert({ where: { code: state.code }, update: { name: state.name }, create: state });
  }
  for (const account of DEMO_ACCOUNTS) {
    await db.user.upsert({
      where: { email: account.email },
      update: { name: account.name, role: account.role, memberStateCode: account.memberStateCode },
      create: { ...account, passwordHash },
    });
  }

  let draftsCreated = 0;
  const secretariat = await db.user.findUnique({ where: { email: "secretariat@concord.test" } });
  for (const draft of drafts) {
    const existing = await db.document.findUnique({ where: { symbol: draft.symbol } });
    if (existing) continue;
    const document = await db.document.create({
      data: {
        title: draft.title,
        symbol: draft.symbol,
        kind: draft.kind,
        stage: draft.stage,
        language: draft.language,
        initialContent: draft as object,
      },
    });
    await recordAudit(db, {
      actorId: secretariat?.id ?? null,
      action: "document.create",
      documentId: document.id,
      details: { symbol: draft.symbol, source: "demo forum" },
    });
    draftsCreated += 1;
  }
  return { memberStates: MEMBER_STATES.length, accounts: DEMO_ACCOUNTS.length, draftsCreated };
}

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  return (await db.user.count()) === 0 && (await db.document.count()) === 0;
}
