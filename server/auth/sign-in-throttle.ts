// Slows down password guessing, per account and per client address. Attempts are counted in
// Postgres, before the password is checked, so that every server process behind a load
// balancer, and every one of many simultaneous requests, counts the same attempts.
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

/**
 * Takes one attempt from the allowance of every key, or none: the attempt may check a password
 * only when this returns 0. Counting and deciding are one statement per key, so that 60
 * simultaneous attempts cannot all read "4 failures so far" and all go ahead: PostgreSQL
 * serialises them on the row, and an attempt past the allowance updates (and returns) nothing.
 * A reservation stays counted as a failure unless releaseAttempt gives it back.
 */
export async function reserveAttempt(db: Database, keys: ThrottleKeys, now = new Date()): Promise<number> {
  const reserved: string[] = [];
  for (const [key, rule] of entries(keys)) {
    if (await reserveOne(db, key, rule, now)) {
      reserved.push(key);
      continue;
    }
    // All or nothing: what was taken from the other key is given back.
    for (const taken of reserved) await giveBack(db, taken);
    return await waitBeforeAttempt(db, keys, now);
  }
  return 0;
}

async function reserveOne(db: Database, key: string, rule: ThrottleRule, now: Date): Promise<boolean> {
  const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000);
  // The WHERE is secondsToWait's rule in SQL (the exponent capped so that power() cannot overflow).
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "SignInFailure" ("key", "count", "lastFailure") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "SignInFailure"."lastFailure" < ${windowStart} THEN 1
                     ELSE "SignInFailure"."count" + 1 END,
      "lastFailure" = ${now}
    WHERE "SignInFailure"."lastFailure" < ${windowStart}
       OR "SignInFailure"."count" < ${rule.freeFailures}
       OR "SignInFailure"."lastFailure" + make_interval(secs => LEAST(
            ${rule.firstWaitSeconds}::float8 * power(2, LEAST("SignInFailure"."count" - ${rule.freeFailures}, 30)),
            ${rule.maxWaitSeconds}::float8)) <= ${now}
    RETURNING "count"`;
  return rows.length === 1;
}

async function giveBack(db: Database, key: string): Promise<void> {
  await db.$executeRaw`
    UPDATE "SignInFailure" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key}`;
}

/** Seconds to wait, as the throttled person is told; deciding is reserveAttempt's job. */
export async function waitBeforeAttempt(db: Database, keys: ThrottleKeys, now = new Date()): Promise<number> {
  const list = entries(keys);
  const rows = await db.signInFailure.findMany({ where: { key: { in: list.map(([key]) => key) } } });
  const byKey = new Map(rows.map((row) => [row.key, row]));
  // At least a second: the attempt was refused, even if the wait ran out in the meantime.
  return Math.max(1, ...list.map(([key, rule]) => secondsToWait(byKey.get(key) ?? null, rule, now)));
}

/**
 * A successful sign-in forgives the account's failures, and gives the client address back the
 * attempt it reserved (its earlier failures stay: others share the address).
 */
export async function releaseAttempt(db: Database, keys: ThrottleKeys): Promise<void> {
  await db.signInFailure.deleteMany({ where: { key: `account:${keys.account.toLowerCase()}` } });
  if (keys.client) await giveBack(db, `client:${keys.client}`);
}
