// Slows down password guessing, per account and per client address. Failures are kept in
// Postgres so that every server process behind a load balancer counts the same attempts.
//
// A few mistakes cost nothing; past the free allowance each further failure doubles the wait,
// up to a ceiling. A client address gets a larger allowance than an account, because a whole
// delegation often signs in from one embassy network.
import type { Database } from "../db/client";

export interface ThrottleRule {
  freeFailures: number;
  firstWaitSeconds: number;
  maxWaitSeconds: number;
  /** Failures older than this are forgotten. */
  windowSeconds: number;
}

export const ACCOUNT_RULE: ThrottleRule = {
  freeFailures: 5,
  firstWaitSeconds: 2,
  maxWaitSeconds: 300,
  windowSeconds: 900,
};
export const CLIENT_RULE: ThrottleRule = {
  freeFailures: 20,
  firstWaitSeconds: 2,
  maxWaitSeconds: 300,
  windowSeconds: 900,
};

export interface FailureRecord {
  count: number;
  lastFailure: Date;
}

/** Seconds still to wait before the next attempt is even checked; 0 when it may go ahead. */
export function secondsToWait(record: FailureRecord | null, rule: ThrottleRule, now: Date): number {
  if (!record) return 0;
  const elapsed = (now.getTime() - record.lastFailure.getTime()) / 1000;
  if (elapsed >= rule.windowSeconds || record.count < rule.freeFailures) return 0;
  const excess = record.count - rule.freeFailures;
  const wait = Math.min(rule.firstWaitSeconds * 2 ** excess, rule.maxWaitSeconds);
  return Math.max(0, Math.ceil(wait - elapsed));
}

export interface ThrottleKeys {
  account: string;
  client: string | null;
}

function entries(keys: ThrottleKeys): [string, ThrottleRule][] {
  const list: [string, ThrottleRule][] = [[`account:${keys.account.toLowerCase()}`, ACCOUNT_RULE]];
  if (keys.client) list.push([`client:${keys.client}`, CLIENT_RULE]);
  return list;
}

export async function waitBeforeAttempt(db: Database, keys: ThrottleKeys, now = new Date()): Promise<number> {
  const list = entries(keys);
  const rows = await db.signInFailure.findMany({ where: { key: { in: list.map(([key]) => key) } } });
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return Math.max(...list.map(([key, rule]) => secondsToWait(byKey.get(key) ?? null, rule, now)));
}

export async function recordFailure(db: Database, keys: ThrottleKeys, now = new Date()): Promise<void> {
  for (const [key, rule] of entries(keys)) {
    const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000);
    // One statement, so that concurrent failures on several servers all count.
    await db.$executeRaw`
      INSERT INTO "SignInFailure" ("key", "count", "lastFailure") VALUES (${key}, 1, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "SignInFailure"."lastFailure" < ${windowStart} THEN 1
                       ELSE "SignInFailure"."count" + 1 END,
        "lastFailure" = ${now}`;
  }
}

/** A successful sign-in forgives the account's failures (not the client's: others share it). */
export async function clearAccountFailures(db: Database, account: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { key: `account:${account.toLowerCase()}` } });
}
