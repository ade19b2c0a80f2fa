// The rules fuzzer: a seeded sequence of steps against a real collaboration server and Postgres,
// each checked against the invariants (invariants.ts) as soon as the server has handled it. Used
// by server/collab/rules-fuzz.int.test.ts (a fixed seed, in the suite) and by
// `npm run fuzz:collab -- --seed=N --steps=M` (bench/fuzz-collab.ts).
import { writeFile } from "node:fs/promises";
import path from "node:path";
import * as Y from "yjs";
import type { CollabServer } from "../../collab/collab-server";
import { loadDocument } from "../../collab/load-document";
import type { Database } from "../../db/client";
import { ROLES, Rng, StepGenerator, type GapPlan, type HonestRole, type Role, type Step } from "./attacks";
import { connectHonest, newcomerSyncs, RawConnection, Tokens, whenSynced, type HonestClient } from "./connections";
import { paragraphViews, visibleState } from "./draft-view";
import { checkChange, firstDifference, illegalCharacters, pendingIn, type Violation } from "./invariants";

export interface RulesFuzzOptions {
  db: Database;
  url: string;
  server: CollabServer;
  draftId: string;
  secret: string;
  seed: number;
  steps: number;
  /** Throw at the first failing step (the suite); otherwise go on and report every failure. */
  stopOnFailure: boolean;
  /** How long honest clients have to converge after a step. */
  convergeMs?: number;
  /** Let the draft be quiet this often (steps), long enough for the server to write a checkpoint. */
  quietEvery?: number;
  quietMs?: number;
  log?: (line: string) => void;
  /** Log every step, not only failures. */
  verbose?: boolean;
  /** Write the stored text before and after each failing step into this folder. */
  dumpDir?: string;
  /** Step kinds never generated (e.g. those whose defect is known, to see the others). */
  exclude?: readonly string[];
}

export interface RulesFuzzFailure extends Violation {
  seed: number;
  step: number;
  kind: string;
  role: Role;
  description: string;
}

export interface RulesFuzzReport {
  failures: RulesFuzzFailure[];
  kinds: Record<string, number>;
}

export function formatFailure(failure: RulesFuzzFailure): string {
  return `invariant ${failure.invariant} failed — seed ${failure.seed}, step ${failure.step}, ${failure.kind}: ${failure.description}\n    ${failure.message}`;
}

const HONEST: readonly Role[] = ["chair", "secretariat", "delegateA", "delegateB", "observer"];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await sleep(15);
  }
}

export async function runRulesFuzz(options: RulesFuzzOptions): Promise<RulesFuzzReport> {
  const { db, url, server, draftId, seed } = options;
  const log = options.log ?? (() => {});
  const convergeMs = options.convergeMs ?? 3000;
  const rng = new Rng(seed);
  const generator = new StepGenerator(seed, options.exclude ?? []);
  const tokens = await Tokens.load(db, draftId, options.secret);
  const failures: RulesFuzzFailure[] = [];
  const kinds: Record<string, number> = {};
  const gaps: GapPlan[] = [];
  const forbiddenMarkers = new Set<string>();
  let clientSerial = 0;
  const honestClientId = () => 0x0100_0000 + seed * 64 + (clientSerial += 1);

  const attackers = new Map<Role, RawConnection>(
    ROLES.map((role) => [role, new RawConnection(url, draftId, () => tokens.token(role))]),
  );
  const honest = new Map<Role, HonestClient>();
  const connect = async (role: Role) => {
    honest.get(role)?.destroy();
    const client = connectHonest(url, draftId, role, honestClientId(), tokens);
    honest.set(role, client);
    await whenSynced(client, 10_000);
  };
  for (const role of HONEST) await connect(role);

  const room = () => server.rooms().get(draftId);
  let before = (await loadDocument(db, draftId)).doc;
  let pendingReported = false;
  let divergenceReported = false;
  const hugeLeft = { count: options.steps >= 200 ? 1 : 0 };
  let checkpointsSeen = new Set(
    (await db.revision.findMany({ where: { documentId: draftId }, select: { id: true } })).map((r) => r.id),
  );

  try {
    for (let number = 1; number <= options.steps; number += 1) {
      const honestClients = Object.fromEntries(
        (["chair", "delegateA", "delegateB"] as const).map((role) => {
          const doc = honest.get(role)!.doc;
          return [role, { clientId: doc.clientID, clock: Y.getState(doc.store, doc.clientID) }];
        }),
      ) as Record<HonestRole, { clientId: number; clock: number }>;
      const step = generator.next({
        rng,
        step: number,
        steps: options.steps,
        doc: before,
        honestClients,
        gaps,
        hugeLeft,
      });
      kinds[step.kind] = (kinds[step.kind] ?? 0) + 1;
      const violations: Violation[] = [];
      const fail = (invariant: string, message: string) => violations.push({ invariant, message });
      if (step.forbiddenMarker) forbiddenMarkers.add(step.forbiddenMarker);

      // Run the step until the server has handled it.
      const stateVector = Y.encodeStateVector(before);
      let refusals: string[] = [];
      if (step.update || step.awareness) {
        const connection = attackers.get(step.role)!;
        const result = step.update
          ? await connection.sendUpdate(step.update, stateVector, 15_000)
          : await connection.sendAwareness(step.awareness!.update, stateVector, 15_000);
        refusals = result.refusals;
        if (!result.answered && result.closedWith === null) fail("5", "the server did not answer the step's probe");
        if (result.closedWith !== null) refusals.push(`connection closed with ${result.closedWith}`);
      } else if (step.honest) {
        const client = honest.get(step.honest.by)!;
        step.honest.run(client.doc);
        const ownState = visibleState(client.doc);
        if (!(await until(() => !!room() && visibleState(room()!.doc) === ownState, convergeMs)))
          fail("5", `the honest ${step.honest.by}'s change did not reach the server's text as made`);
      }
      await room()?.drain();

      let after = (await loadDocument(db, draftId)).doc;
      let stored = visibleState(after);
      violations.push(...checkChange(before, after, step));

      const live = room();
      if (!live) fail("5", "the draft's room is gone (discarded)");
      else if (visibleState(live.doc) !== stored) {
        if (!divergenceReported)
          fail("4", `the stored text differs from the server's ${firstDifference(stored, visibleState(live.doc))}`);
        divergenceReported = true;
      } else divergenceReported = false;
      if (divergenceReported && !options.stopOnFailure) {
        // Go on from what Postgres holds: everyone leaves, the room is let go and loaded afresh.
        for (const connection of attackers.values()) connection.close();
        for (const client of honest.values()) client.destroy();
        honest.clear();
        await until(() => !room(), 10_000);
        for (const role of HONEST) await connect(role);
        divergenceReported = false;
        after.destroy();
        after = (await loadDocument(db, draftId)).doc; // with what the fresh room stored on opening
        stored = visibleState(after);
      }
      const pending = pendingIn(after);
      if (pending && !pendingReported) fail("4", `stored updates that are not part of the text: ${pending}`);
      pendingReported = pending !== null;
      if (step.stands) {
        const target = paragraphViews(after).find((view) => view.pid === step.stands!.pid);
        const stood =
          !!target &&
          (step.stands.text === undefined || target.text.includes(step.stands.text)) &&
          (step.stands.status === undefined || target.status === step.stands.status);
        if (!stood) fail("5", `the honest change did not stand in the stored text (paragraph ${step.stands.pid})`);
      }
      const illegal = illegalCharacters(after);
      if (illegal && illegal.count > (illegalCharacters(before)?.count ?? 0))
        fail("6", `the stored text carries ${illegal.codes}`);

      // Honest clients come back to the stored text (and the server still serves newcomers).
      const diverged = () => HONEST.filter((role) => visibleState(honest.get(role)!.doc) !== stored);
      if (!(await until(() => diverged().length === 0, convergeMs))) {
        const roles = diverged();
        const first = honest.get(roles[0]!)!;
        fail(
          "5",
          `honest ${roles.join(", ")} did not converge with the stored text ${firstDifference(stored, visibleState(first.doc))}`,
        );
        if (!options.stopOnFailure) for (const role of roles) await connect(role);
      }
      if (!(await newcomerSyncs(url, draftId, tokens.token("delegateB"), 10_000)))
        fail("5", "a new connection was not synced");
      if (step.awareness) {
        const victim = honest.get(step.awareness.victim)!;
        const name = tokens.identity(step.awareness.victim).name;
        const seen = () =>
          (["observer", "secretariat"] as const).every(
            (role) =>
              (honest.get(role)!.provider.awareness.getStates().get(victim.doc.clientID)?.user as { name?: string })
                ?.name === name,
          );
        if (!(await until(seen, 300)))
          fail("5", `the honest ${step.awareness.victim}'s presence was changed by another connection`);
      }

      // A forbidden change's words, anywhere: stored, at the server, at honest clients, in checkpoints.
      if (options.quietEvery && number % options.quietEvery === 0) await sleep(options.quietMs ?? 300);
      const checkpoints = await db.revision.findMany({
        where: { documentId: draftId, id: { notIn: [...checkpointsSeen] } },
        select: { id: true, state: true },
      });
      const places: [string, string][] = [
        ["the stored text", stored],
        ["the server's text", live ? visibleState(live.doc) : ""],
        ...HONEST.map((role): [string, string] => [`the honest ${role}'s text`, visibleState(honest.get(role)!.doc)]),
      ];
      for (const checkpoint of checkpoints) {
        checkpointsSeen = new Set([...checkpointsSeen, checkpoint.id]);
        const doc = new Y.Doc();
        Y.applyUpdate(doc, checkpoint.state);
        places.push([`checkpoint ${checkpoint.id}`, visibleState(doc)]);
        const illegalThere = illegalCharacters(doc);
        if (illegalThere && !illegal) fail("6", `checkpoint ${checkpoint.id} carries ${illegalThere.codes}`);
        doc.destroy();
      }
      const storedBefore = visibleState(before);
      for (const marker of forbiddenMarkers) {
        const where = places.filter(([, text]) => text.includes(marker)).map(([place]) => place);
        if (where.length === 0) continue;
        // A step that only took characters away can spell a marker out of what stood between
        // other markers ("«Fc1eq0s19" + "2»"): those are old characters, not refused ones.
        if (stored.length < storedBefore.length && !storedBefore.includes(marker) && spells(storedBefore, marker))
          continue;
        fail("4", `refused words ${marker} are in ${where.join(", ")}`);
        forbiddenMarkers.delete(marker); // reported once
      }

      const described = `${step.description}${refusals.length > 0 ? ` [server: ${refusals.join("; ")}]` : ""}`;
      if (options.verbose) log(`step ${number}, ${step.kind}: ${described}`);
      for (const violation of violations) {
        const failure: RulesFuzzFailure = {
          ...violation,
          seed,
          step: number,
          kind: step.kind,
          role: step.role,
          description: described,
        };
        failures.push(failure);
        log(formatFailure(failure));
      }
      if (violations.length > 0 && options.dumpDir) {
        const file = path.join(options.dumpDir, `fuzz-${seed}-${number}`);
        await writeFile(`${file}-before.xml`, visibleState(before).replace(/></g, ">\n<"));
        await writeFile(`${file}-after.xml`, stored.replace(/></g, ">\n<"));
        if (live) await writeFile(`${file}-server.xml`, visibleState(live.doc).replace(/></g, ">\n<"));
      }
      if (violations.length > 0 && options.stopOnFailure) throw new RulesFuzzError(failures);
      before.destroy();
      before = after;
      if (number % 50 === 0) log(`step ${number}/${options.steps}: ${failures.length} failures so far`);
    }
  } finally {
    before.destroy();
    for (const connection of attackers.values()) connection.close();
    for (const client of honest.values()) client.destroy();
  }
  return { failures, kinds };
}

export class RulesFuzzError extends Error {
  constructor(readonly failures: RulesFuzzFailure[]) {
    super(failures.map(formatFailure).join("\n"));
    this.name = "RulesFuzzError";
  }
}

export type { Step };

/** Whether `text` holds the characters of `word` in order, with anything between them. */
function spells(text: string, word: string): boolean {
  let at = 0;
  for (const char of text) if (char === word[at] && ++at === word.length) return true;
  return false;
}
