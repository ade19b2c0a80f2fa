// The fuzzer's generator: from the stored draft and a seeded random source, one step — a crafted
// or honestly made Yjs update sent by some role over a raw socket, an awareness update, or an
// honest client's legitimate edit — and what the rules say about it.
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { NUMBERING_ROOT } from "../../../lib/collab/numbering-base";
import { parseHolds, serializeHolds } from "../../../lib/negotiation/holds";
import { EDITOR_STEPS, editorUpdate, type EditorStepKind } from "./editor-steps";
import { editAs, encodeCraftedUpdate, type CraftDeleteSet, type CraftId } from "./crafted-update";
import {
  charId,
  firstText,
  fragmentOf,
  heldBrackets,
  itemIdOf,
  paragraphViews,
  textClients,
  type HeldBracket,
  type ParagraphView,
} from "./draft-view";

export type Role = "delegateA" | "delegateB" | "observer" | "secretariat" | "chair";
export type HonestRole = "chair" | "delegateA" | "delegateB";
export const ROLES: readonly Role[] = ["delegateA", "delegateB", "observer", "secretariat", "chair"];
/** Both hold brackets in the ICT statement (CICA/SWG/2022/3), sub-paragraph (c) included. */
export const STATE_OF: Record<Role, string | null> = {
  delegateA: "RU",
  delegateB: "KR",
  observer: null,
  secretariat: null,
  chair: null,
};
export const EMAIL_OF: Record<Role, string> = {
  delegateA: "ru@concord.test",
  delegateB: "kr@concord.test",
  observer: "observer@concord.test",
  secretariat: "secretariat@concord.test",
  chair: "chair@concord.test",
};

/** A deterministic source of randomness (mulberry32): the same seed replays the same run. */
/** An attack found nothing in the draft to aim at (every paragraph of that kind is gone or renamed). */
class NoTarget extends Error {}

export class Rng {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(below: number): number {
    return Math.floor(this.next() * below);
  }
  /** One of `items`; none to pick from means this attack has no target in the draft as it is now. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new NoTarget();
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  weighted<T extends string>(weights: Record<T, number>): T {
    const entries = Object.entries(weights) as [T, number][];
    let roll = this.next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }
}

export interface HonestEdit {
  by: HonestRole;
  /** Runs on the honest client's own doc, finding its target by pid. */
  run(doc: Y.Doc): void;
}

export interface Step {
  kind: string;
  role: Role;
  description: string;
  /** A Yjs update sent by `role` over a raw socket. */
  update?: Uint8Array;
  /** An awareness update sent by `role` over a raw socket, about the victim's client id. */
  awareness?: { update: Uint8Array; victim: HonestRole };
  honest?: HonestEdit;
  /** The rules forbid all of it for this role (or it names nothing the server holds): the stored draft must not change. */
  mustNotChange: boolean;
  /** Typed by a change the rules forbid: must never be stored, checkpointed or shown anywhere. */
  forbiddenMarker?: string;
  /** An honest change that must stand, read in the stored draft. */
  stands?: { pid: string; text?: string; status?: string };
}

/** A client id whose clock 0..k-1 was held back (clock-gap), to be sent later. */
export interface GapPlan {
  role: Role;
  client: number;
  missing: number;
  /** Where the early item was aimed. */
  pid: string;
  sentAt: number;
}

export interface GeneratorContext {
  rng: Rng;
  step: number;
  /** The draft as stored before this step. */
  doc: Y.Doc;
  honestClients: Record<HonestRole, { clientId: number; clock: number }>;
  gaps: GapPlan[];
  /** Steps in the run: a huge insert comes only near its end (it makes every later step slower). */
  steps: number;
  /** Huge inserts left in this run. */
  hugeLeft: { count: number };
}

const ATTACKS = {
  "type-locked": 8,
  "type-locked-sub": 5,
  "right-origin-bracket": 6,
  "origin-in-bracket": 4,
  "delete-bracket-chars": 4,
  "rewrite-bracket": 4,
  "delete-text-item": 5,
  "delete-text-item-api": 3,
  "delete-element": 5,
  "delete-across": 4,
  "clock-gap": 3,
  "clock-gap-fill": 4,
  "phantom-delete": 2,
  "attr-pid": 5,
  "attr-kind": 4,
  "attr-status": 4,
  "attr-holds": 4,
  numbering: 4,
  "control-chars": 4,
  "huge-insert": 1,
  "awareness-spoof": 3,
  ...EDITOR_STEPS,
  "honest-type": 12,
  "chair-agree": 6,
  "chair-agree-sub": 4,
  "chair-reopen": 2,
  "chair-edit-locked": 2,
} as const;
export type StepKind = keyof typeof ATTACKS;
export const STEP_KINDS = Object.keys(ATTACKS) as StepKind[];

const ATTACKER_WEIGHTS: Record<Role, number> = { delegateA: 4, delegateB: 4, observer: 1, secretariat: 1, chair: 1 };
const NON_CHAIR: Record<Exclude<Role, "chair">, number> = { delegateA: 4, delegateB: 4, observer: 1, secretariat: 1 };

const mayEditLocked = (role: Role) => role === "chair";
const mayRenumber = (role: Role) => role === "chair" || role === "secretariat";
/** Whether `role` may change the words of a bracket held by `states`. */
const mayChangeWords = (role: Role, states: readonly string[]) =>
  role === "chair" || role === "secretariat" || (STATE_OF[role] !== null && states.includes(STATE_OF[role]!));

const short = (text: string, length = 40) =>
  JSON.stringify(text.length > length ? `${text.slice(0, length)}…` : text).replace(/\\u00/g, "\\x");
const nameOf = (view: ParagraphView) => `${view.sub ? "sub-paragraph" : "paragraph"} ${view.pid ?? view.itemId}`;
const hasBrackets = (view: ParagraphView) => view.text.includes("[") || view.text.includes("]");
const holdsNothing = (view: ParagraphView) => {
  const holds = parseHolds(view.holds);
  return holds.brackets.length === 0 && holds.alternatives.length === 0 && !holds.deletion;
};

function uniquePids(views: ParagraphView[]): Set<string> {
  const counts = new Map<string, number>();
  for (const view of views) if (view.pid) counts.set(view.pid, (counts.get(view.pid) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count === 1).map(([pid]) => pid));
}

/** Finds a paragraph by pid in an honest client's doc. */
function byPid(doc: Y.Doc, pid: string): Y.XmlElement | null {
  return paragraphViews(doc).find((view) => view.pid === pid)?.element ?? null;
}

function elementAt(doc: Y.Doc, view: ParagraphView): Y.XmlElement {
  // The same paragraph in a copy of the stored doc, by its item id (pids may be duplicated).
  const found = paragraphViews(doc).find((candidate) => candidate.itemId === view.itemId);
  if (!found) throw new Error(`paragraph ${view.itemId} not in the copy`);
  return found.element;
}

export class StepGenerator {
  private readonly markerPrefix: string;
  private readonly weights: Record<StepKind, number>;
  constructor(seed: number, exclude: readonly string[] = []) {
    this.markerPrefix = `«F${seed.toString(36)}`;
    this.weights = Object.fromEntries(
      STEP_KINDS.map((kind) => [kind, exclude.includes(kind) ? 0 : ATTACKS[kind]]),
    ) as Record<StepKind, number>;
  }

  marker(step: number, tag = ""): string {
    return `${this.markerPrefix}s${step}${tag}»`;
  }

  next(context: GeneratorContext): Step {
    const { rng } = context;
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const kind = rng.weighted(this.weights);
      try {
        const step = this.build(kind, context);
        if (step) return step;
      } catch (error) {
        if (!(error instanceof NoTarget)) throw error;
      }
    }
    return this.build("honest-type", context) ?? this.build("numbering", context)!;
  }

  build(kind: StepKind, context: GeneratorContext): Step | null {
    const { rng, doc, step } = context;
    const views = paragraphViews(doc).filter((view) => view.element.nodeName === "paragraph");
    const unique = uniquePids(views);
    const named = views.filter((view) => view.pid !== null && unique.has(view.pid));
    const open = named.filter((view) => !view.locked && firstText(view.element));
    const locked = named.filter((view) => view.locked && firstText(view.element));
    const role = (weights: Partial<Record<Role, number>> = ATTACKER_WEIGHTS) =>
      rng.weighted(weights as Record<Role, number>);
    const clientId = () => 0x1000_0000 + rng.int(0x6fff_ffff);
    const marker = this.marker(step);

    if (kind in EDITOR_STEPS) {
      // As the browser's editor would send it; where it lands decides what stands.
      const who = role();
      const made = editorUpdate(kind as EditorStepKind, doc, clientId(), rng, marker);
      if (!made) return null;
      return {
        kind,
        role: who,
        mustNotChange: who === "observer",
        description: `${who} ${made.description}`,
        update: made.update,
      };
    }

    switch (kind) {
      case "type-locked":
      case "type-locked-sub": {
        const targets = locked.filter((view) => view.sub === (kind === "type-locked-sub"));
        if (targets.length === 0) return null;
        const target = rng.pick(targets);
        const who = role();
        const at = rng.int(target.text.length + 1);
        const update = editAs(doc, clientId(), (copy) => firstText(elementAt(copy, target))!.insert(at, marker));
        return {
          kind,
          role: who,
          description: `${who} types ${marker} at ${at} of agreed ${nameOf(target)} (${target.status})`,
          update: update!,
          mustNotChange: !mayEditLocked(who),
          forbiddenMarker: mayEditLocked(who) ? undefined : marker,
        };
      }

      case "right-origin-bracket":
      case "origin-in-bracket":
      case "delete-bracket-chars":
      case "rewrite-bracket": {
        const who = role({ delegateA: 5, delegateB: 5, observer: 1, secretariat: 1 });
        const candidates: { view: ParagraphView; bracket: HeldBracket }[] = [];
        for (const view of open)
          for (const bracket of heldBrackets(view.text, view.holds))
            if (!bracket.states.includes(STATE_OF[who] ?? "-") && bracket.close - bracket.open > 2)
              candidates.push({ view, bracket });
        if (candidates.length === 0) return null;
        const { view, bracket } = rng.pick(candidates);
        const forbidden = !mayChangeWords(who, bracket.states);
        const where = `[${short(bracket.content, 30)}] held by ${bracket.states.join(",")} in ${nameOf(view)}`;
        const base = {
          kind,
          role: who,
          mustNotChange: forbidden,
          forbiddenMarker: forbidden ? marker : undefined,
        };
        if (kind === "right-origin-bracket") {
          // No origin, right origin inside the bracket, a client id larger than the text's: Yjs
          // integrates it right before its right origin, inside the words.
          const at = bracket.open + 1 + rng.int(bracket.close - bracket.open);
          const right = charId(view.element, at);
          const textItem = itemIdOf(firstText(view.element)!);
          if (!right || !textItem) return null;
          const client = Math.max(0xffff_0000 + rng.int(0xff00), ...textClients(view.element).map((c) => c + 1));
          const update = encodeCraftedUpdate([
            {
              client,
              clock: 0,
              items: [{ origin: null, rightOrigin: right, content: { kind: "string", str: marker } }],
            },
          ]);
          return {
            ...base,
            update,
            description: `${who} inserts ${marker} with origin null, right origin ${right.client}:${right.clock} (offset ${at}) in ${where}, client ${client}`,
          };
        }
        if (kind === "origin-in-bracket") {
          const at = bracket.open + 1 + rng.int(bracket.close - bracket.open);
          const update = editAs(doc, clientId(), (copy) => firstText(elementAt(copy, view))!.insert(at, marker));
          return { ...base, update: update!, description: `${who} types ${marker} at ${at}, inside ${where}` };
        }
        const from = bracket.open + 1 + rng.int(bracket.close - bracket.open - 1);
        const length = kind === "rewrite-bracket" ? bracket.close - bracket.open - 1 : 1 + rng.int(3);
        const start = kind === "rewrite-bracket" ? bracket.open + 1 : from;
        const count = Math.min(length, bracket.close - start);
        const update = editAs(doc, clientId(), (copy) => {
          const text = firstText(elementAt(copy, view))!;
          text.delete(start, count);
          if (kind === "rewrite-bracket") text.insert(start, `other words ${marker}`);
        });
        return {
          ...base,
          update: update!,
          forbiddenMarker: kind === "rewrite-bracket" && forbidden ? marker : undefined,
          description:
            kind === "rewrite-bracket"
              ? `${who} replaces the words of ${where} with "other words ${marker}"`
              : `${who} deletes ${count} characters at ${start} of ${where}`,
        };
      }

      case "delete-text-item":
      case "delete-text-item-api": {
        const who = role();
        const targets = named.filter((view) => {
          if (!firstText(view.element)) return false;
          if (view.locked) return true;
          return heldBrackets(view.text, view.holds).some((bracket) => !mayChangeWords(who, bracket.states));
        });
        if (targets.length === 0) return null;
        const target = rng.pick(targets);
        const forbidden =
          who === "observer" ||
          (target.locked && !mayEditLocked(who)) ||
          heldBrackets(target.text, target.holds).some((bracket) => !mayChangeWords(who, bracket.states));
        const textItem = itemIdOf(firstText(target.element)!)!;
        const update =
          kind === "delete-text-item"
            ? encodeCraftedUpdate([], new Map([[textItem.client, [{ clock: textItem.clock, len: 1 }]]]))
            : editAs(doc, clientId(), (copy) => {
                const element = elementAt(copy, target);
                element.delete(element.toArray().indexOf(firstText(element)!), 1);
              })!;
        return {
          kind,
          role: who,
          mustNotChange: forbidden,
          description: `${who} deletes the whole text item ${textItem.client}:${textItem.clock} of ${nameOf(target)} (${target.status}${hasBrackets(target) ? ", with held brackets" : ""})${kind === "delete-text-item" ? ", naming only the item in the delete set" : ""}`,
          update,
        };
      }

      case "delete-element": {
        const who = role();
        const fragment = fragmentOf(doc);
        // A paragraph, a sub-paragraph, its list item or its whole list.
        const containers: { element: Y.XmlElement; what: string; locked: boolean }[] = [];
        for (const view of named) {
          containers.push({ element: view.element, what: nameOf(view), locked: view.locked });
          if (view.sub && view.locked) {
            const item = view.element.parent as Y.XmlElement;
            containers.push({ element: item, what: `the list item of ${nameOf(view)}`, locked: true });
            const list = item.parent as Y.XmlElement;
            if (list.parent === fragment)
              containers.push({ element: list, what: `the list holding ${nameOf(view)}`, locked: true });
          }
        }
        const lockedOnes = containers.filter((container) => container.locked);
        const target = rng.chance(0.75) && lockedOnes.length > 0 ? rng.pick(lockedOnes) : rng.pick(containers);
        const id = itemIdOf(target.element)!;
        const forbidden = who === "observer" || (target.locked && !mayEditLocked(who));
        return {
          kind,
          role: who,
          mustNotChange: forbidden,
          description: `${who} deletes ${target.what}${target.locked ? " (agreed)" : ""}: delete set names only its item ${id.client}:${id.clock}`,
          update: encodeCraftedUpdate([], new Map([[id.client, [{ clock: id.clock, len: 1 }]]])),
        };
      }

      case "delete-across": {
        const who = role();
        const top = views.filter((view) => !view.sub && firstText(view.element));
        if (top.length < 3) return null;
        const first = rng.int(top.length - 2);
        const span = 1 + rng.int(2);
        const from = top[first]!;
        const to = top[first + span]!;
        const fromAt = rng.int(from.text.length + 1);
        const toAt = rng.int(to.text.length + 1);
        const update = editAs(doc, clientId(), (copy) => {
          const fragmentCopy = fragmentOf(copy);
          const a = elementAt(copy, from);
          const b = elementAt(copy, to);
          firstText(b)!.delete(0, toAt);
          const indexA = fragmentCopy.toArray().indexOf(a);
          const indexB = fragmentCopy.toArray().indexOf(b);
          if (indexB - indexA > 1) fragmentCopy.delete(indexA + 1, indexB - indexA - 1);
          const textA = firstText(a)!;
          textA.delete(fromAt, textA.length - fromAt);
        });
        if (!update) return null;
        return {
          kind,
          role: who,
          mustNotChange: who === "observer",
          description: `${who} deletes from ${nameOf(from)} at ${fromAt} to ${nameOf(to)} at ${toAt}, the elements between included`,
          update,
        };
      }

      case "clock-gap": {
        const who = role(NON_CHAIR);
        // Aimed at a paragraph the chair can agree later (no brackets, no holds).
        const targets = open.filter((view) => !view.sub && !hasBrackets(view) && holdsNothing(view));
        if (targets.length === 0) return null;
        const target = rng.pick(targets);
        const missing = 1 + rng.int(4);
        const at = rng.int(target.text.length);
        const origin = charId(target.element, at);
        const right = charId(target.element, at + 1);
        if (!origin) return null;
        const client = clientId();
        context.gaps.push({ role: who, client, missing, pid: target.pid!, sentAt: step });
        return {
          kind,
          role: who,
          mustNotChange: who === "observer",
          description: `${who} sends ${marker} as client ${client} at clock ${missing} (clocks 0..${missing - 1} held back), after offset ${at} of ${nameOf(target)}`,
          update: encodeCraftedUpdate([
            {
              client,
              clock: missing,
              items: [{ origin, rightOrigin: right, content: { kind: "string", str: marker } }],
            },
          ]),
        };
      }

      case "clock-gap-fill": {
        const plan = context.gaps.find((gap) => step - gap.sentAt >= 2);
        if (!plan) return null;
        const targets = open.filter((view) => view.pid !== plan.pid);
        if (targets.length === 0) return null;
        const target = rng.pick(targets);
        const heldByOthers = heldBrackets(target.text, target.holds);
        const at = heldByOthers.length > 0 ? target.text.length : rng.int(target.text.length + 1);
        const origin = at > 0 ? charId(target.element, at - 1) : null;
        const right = charId(target.element, at);
        context.gaps.splice(context.gaps.indexOf(plan), 1);
        const aimedAt = views.find((view) => view.pid === plan.pid);
        const filler = "g".repeat(plan.missing);
        return {
          kind,
          role: plan.role,
          mustNotChange: plan.role === "observer",
          description: `${plan.role} sends the held-back clocks 0..${plan.missing - 1} of client ${plan.client} ("${filler}") into ${nameOf(target)}; the early item of step ${plan.sentAt} was aimed at paragraph ${plan.pid}, now ${aimedAt ? aimedAt.status : "gone"}`,
          update: encodeCraftedUpdate([
            {
              client: plan.client,
              clock: 0,
              items: [
                {
                  origin,
                  rightOrigin: right,
                  parent: origin || right ? undefined : itemIdOf(firstText(target.element)!)!,
                  content: { kind: "string", str: filler },
                },
              ],
            },
          ]),
        };
      }

      case "phantom-delete": {
        const who = role(NON_CHAIR);
        const victim = rng.pick(["chair", "delegateA", "delegateB"] as const);
        const { clientId: client, clock } = context.honestClients[victim];
        const deletes: CraftDeleteSet = new Map([[client, [{ clock, len: 400 }]]]);
        return {
          kind,
          role: who,
          mustNotChange: true,
          description: `${who} deletes clocks ${clock}..${clock + 399} of the honest ${victim}'s client ${client}, which the server does not have yet`,
          update: encodeCraftedUpdate([], deletes),
        };
      }

      case "attr-pid": {
        if (named.length === 0) return null;
        const who = role();
        const target = rng.pick(named);
        // Copies the secretariat made may leave a single paragraph with a pid of its own.
        const others = named.filter((view) => view !== target);
        const other = others.length > 0 ? rng.pick(others).pid! : `pfz${step}`;
        const variant = rng.pick(["new", "duplicate", "remove", "number"] as const);
        const update = editAs(doc, clientId(), (copy) => {
          const element = elementAt(copy, target);
          if (variant === "remove") element.removeAttribute("pid");
          else if (variant === "number") element.setAttribute("pid", 42 as unknown as string);
          else element.setAttribute("pid", variant === "new" ? `pfz${step}` : other);
        });
        return {
          kind,
          role: who,
          mustNotChange: !mayRenumber(who),
          description: `${who} ${variant === "remove" ? "removes" : "changes"} the pid of ${nameOf(target)}${variant === "duplicate" ? ` to ${other} (another paragraph's)` : variant === "new" ? ` to pfz${step}` : variant === "number" ? " to the number 42" : ""}`,
          update: update!,
        };
      }

      case "attr-kind": {
        const who = role();
        const target = rng.pick(named.filter((view) => !view.sub));
        const value = rng.pick([target.kind === "operative" ? "preambular" : "operative", null, "heading"]);
        const update = editAs(doc, clientId(), (copy) => {
          const element = elementAt(copy, target);
          if (value === null) element.removeAttribute("kind");
          else element.setAttribute("kind", value);
        });
        return {
          kind,
          role: who,
          mustNotChange: !mayRenumber(who),
          description: `${who} sets the kind of ${nameOf(target)} from ${String(target.kind)} to ${String(value)}`,
          update: update!,
        };
      }

      case "attr-status": {
        const who = role(NON_CHAIR);
        const target = rng.pick(named);
        const key = rng.pick(["status", "status", "adRefStates", "adRefDeadline"] as const);
        const value =
          key === "status"
            ? rng.pick(target.locked ? ["open", null] : ["agreed", "agreed_ad_ref"])
            : key === "adRefStates"
              ? rng.pick(["RU", null])
              : rng.pick(["2099-01-01", null]);
        const update = editAs(doc, clientId(), (copy) => {
          const element = elementAt(copy, target);
          if (value === null) element.removeAttribute(key);
          else element.setAttribute(key, value);
        });
        if (!update) return null;
        return {
          kind,
          role: who,
          mustNotChange: true,
          description: `${who} sets ${key} of ${nameOf(target)} (${target.status}) to ${String(value)}`,
          update,
        };
      }

      case "attr-holds": {
        const who = role(NON_CHAIR);
        const state = STATE_OF[who];
        const targets = named.filter((view) =>
          parseHolds(view.holds).brackets.some((bracket) => bracket.states.some((held) => held !== state)),
        );
        if (targets.length === 0) return null;
        const target = rng.pick(targets);
        const holds = parseHolds(target.holds);
        const variant = rng.pick(["withdraw-other", "add-other", "remove-attribute", "garbage"] as const);
        let value: string | null = null;
        if (variant === "withdraw-other")
          value = serializeHolds({
            ...holds,
            brackets: holds.brackets.map((bracket) => ({
              ...bracket,
              states: bracket.states.filter((held) => held === state || held === bracket.states[1]),
            })),
          });
        else if (variant === "add-other")
          value = serializeHolds({
            ...holds,
            brackets: holds.brackets.map((bracket) => ({ ...bracket, states: [...bracket.states, "MN"] })),
          });
        else if (variant === "garbage") value = "{not json";
        const update = editAs(doc, clientId(), (copy) => {
          const element = elementAt(copy, target);
          if (value === null) element.removeAttribute("holds");
          else element.setAttribute("holds", value);
        });
        if (!update) return null;
        return {
          kind,
          role: who,
          mustNotChange: true,
          description: `${who} changes the holds of ${nameOf(target)} (${variant})`,
          update,
        };
      }

      case "numbering": {
        const who = role();
        const variant = rng.pick(["empty", "shift", "delete", "other-key"] as const);
        const update = editAs(doc, clientId(), (copy) => {
          const map = copy.getMap(NUMBERING_ROOT);
          if (variant === "empty") map.set("base", "{}");
          else if (variant === "delete") map.delete("base");
          else if (variant === "other-key") map.set("evil", 1);
          else {
            const base = JSON.parse(String(map.get("base") ?? "{}")) as Record<string, { n: number }>;
            for (const entry of Object.values(base)) entry.n += 1;
            map.set("base", JSON.stringify(base));
          }
        });
        return {
          kind,
          role: who,
          mustNotChange: !mayRenumber(who),
          description: `${who} changes the numbering root (${variant})`,
          update: update!,
        };
      }

      case "control-chars":
      case "huge-insert": {
        if (kind === "huge-insert" && (context.hugeLeft.count <= 0 || step < context.steps * 0.9)) return null;
        const who = role({ delegateA: 4, delegateB: 4, secretariat: 1, chair: 1 });
        const targets = rng.chance(0.2) && locked.length > 0 ? locked : open;
        const target = rng.pick(targets);
        const words =
          kind === "huge-insert"
            ? ` ${"x".repeat(3 * 1024 * 1024)} ${marker}`
            : ` ${marker}${rng.pick(["\u0001", "\u000b", "\u001f", "\ufffe", "\u0000", "\uffff"])}a\u0001b\u000bc\u001fd\ufffe`;
        if (kind === "huge-insert") context.hugeLeft.count -= 1;
        const forbidden = target.locked && !mayEditLocked(who);
        const update = editAs(doc, clientId(), (copy) => {
          const text = firstText(elementAt(copy, target))!;
          text.insert(text.length, words);
        });
        return {
          kind,
          role: who,
          mustNotChange: forbidden,
          forbiddenMarker: forbidden ? marker : undefined,
          description: `${who} appends ${kind === "huge-insert" ? "3 MB of text" : short(words)} to ${nameOf(target)} (${target.status})`,
          update: update!,
        };
      }

      case "awareness-spoof": {
        const who = role({ delegateA: 3, delegateB: 3, observer: 2, secretariat: 1, chair: 1 });
        const victim = rng.pick((["chair", "delegateA", "delegateB"] as const).filter((v) => v !== who));
        const remove = rng.chance(0.4);
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, 1);
        encoding.writeVarUint(encoder, context.honestClients[victim].clientId);
        encoding.writeVarUint(encoder, 1_000_000 + step);
        encoding.writeVarString(
          encoder,
          remove ? "null" : JSON.stringify({ user: { name: "Chair", role: "CHAIR" }, cursor: null }),
        );
        return {
          kind,
          role: who,
          mustNotChange: true,
          description: `${who} sends an awareness update ${remove ? "removing" : "replacing"} the presence of the honest ${victim}'s client ${context.honestClients[victim].clientId}`,
          awareness: { update: encoding.toUint8Array(encoder), victim },
        };
      }

      case "honest-type": {
        const by = rng.pick(["delegateA", "delegateB", "chair"] as const);
        if (open.length === 0) return null;
        const target = rng.pick(open);
        const words = ` ${this.marker(step, "h")}`;
        return {
          kind,
          role: by,
          mustNotChange: false,
          description: `the honest ${by} types "${words}" at the end of ${nameOf(target)}`,
          honest: { by, run: (own) => appendTo(own, target.pid!, words) },
          stands: { pid: target.pid!, text: words },
        };
      }

      case "chair-agree":
      case "chair-agree-sub": {
        const sub = kind === "chair-agree-sub";
        const agreeable = open.filter((view) => view.sub === sub && !hasBrackets(view) && holdsNothing(view));
        if (agreeable.length === 0) return null;
        const gapTargets = agreeable.filter((view) => context.gaps.some((gap) => gap.pid === view.pid));
        const target = rng.pick(gapTargets.length > 0 && rng.chance(0.8) ? gapTargets : agreeable);
        const adRef = rng.chance(0.25);
        return {
          kind,
          role: "chair",
          mustNotChange: false,
          description: `the honest chair agrees${adRef ? " ad ref" : ""} ${nameOf(target)}`,
          honest: {
            by: "chair",
            run: (own) =>
              setStatus(own, target.pid!, adRef ? "agreed_ad_ref" : "agreed", adRef ? ["RU,CN", "2099-12-31"] : null),
          },
          stands: { pid: target.pid!, status: adRef ? "agreed_ad_ref" : "agreed" },
        };
      }

      case "chair-reopen": {
        if (locked.length < 6) return null;
        const target = rng.pick(locked);
        return {
          kind,
          role: "chair",
          mustNotChange: false,
          description: `the honest chair reopens ${nameOf(target)}`,
          honest: {
            by: "chair",
            run: (own) => setStatus(own, target.pid!, "open", null),
          },
          stands: { pid: target.pid!, status: "open" },
        };
      }

      case "chair-edit-locked": {
        if (locked.length === 0) return null;
        const target = rng.pick(locked);
        const words = ` ${this.marker(step, "c")}`;
        return {
          kind,
          role: "chair",
          mustNotChange: false,
          description: `the honest chair types "${words}" at the end of agreed ${nameOf(target)}`,
          honest: { by: "chair", run: (own) => appendTo(own, target.pid!, words) },
          stands: { pid: target.pid!, text: words },
        };
      }
    }
    return null; // the editor's steps, built above
  }
}

/** The chair's status change as the status menu makes it: ad ref with its states and deadline, or none. */
function setStatus(doc: Y.Doc, pid: string, status: string, adRef: [states: string, deadline: string] | null): void {
  const element = byPid(doc, pid);
  if (!element) return;
  doc.transact(() => {
    element.setAttribute("status", status);
    if (adRef) {
      element.setAttribute("adRefStates", adRef[0]);
      element.setAttribute("adRefDeadline", adRef[1]);
    } else if (status === "open") {
      element.removeAttribute("adRefStates");
      element.removeAttribute("adRefDeadline");
    }
  });
}

function appendTo(doc: Y.Doc, pid: string, words: string): void {
  const element = byPid(doc, pid);
  const text = element && firstText(element);
  if (text) text.insert(text.length, words);
}

export type { CraftId };
