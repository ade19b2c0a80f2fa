// The panel's order and filters: threads in the order of the text, those whose words were
// deleted at the end; filters by delegation, visibility and open/resolved.
import type { Thread } from "@/lib/comments/thread";
import type { ThreadPlacement } from "@/lib/editor/thread-anchors";

export interface PlacedThread {
  thread: Thread;
  /** Null while the text is still loading. */
  placement: ThreadPlacement | null;
}

export interface ThreadFilters {
  delegation: string; // "all" or a delegation
  visibility: "all" | "public" | "internal";
  status: "open" | "resolved" | "all";
}

export const DEFAULT_FILTERS: ThreadFilters = { delegation: "all", visibility: "all", status: "open" };

export function matchesFilters(thread: Thread, filters: ThreadFilters): boolean {
  if (filters.delegation !== "all" && thread.delegation !== filters.delegation) return false;
  if (filters.visibility !== "all" && thread.visibility !== filters.visibility) return false;
  if (filters.status === "open" && thread.resolved) return false;
  if (filters.status === "resolved" && !thread.resolved) return false;
  return true;
}

function rank(placement: ThreadPlacement | null): [number, number, number] {
  if (!placement) return [1, 0, 0];
  if (placement.kind === "deleted") return [2, 0, 0];
  return [0, placement.from, placement.to];
}

export function inTextOrder(
  threads: readonly Thread[],
  placements: ReadonlyMap<string, ThreadPlacement> | null,
): PlacedThread[] {
  return threads
    .map((thread) => ({ thread, placement: placements?.get(thread.id) ?? null }))
    .sort((a, b) => {
      const [ga, fa, ta] = rank(a.placement);
      const [gb, fb, tb] = rank(b.placement);
      return ga - gb || fa - fb || ta - tb || a.thread.createdAt.localeCompare(b.thread.createdAt);
    });
}

/** The delegations that own threads, for the filter: Member States by name, then chair, secretariat. */
export function delegationsOf(threads: readonly Thread[]): { delegation: string; name: string }[] {
  const names = new Map(threads.map((thread) => [thread.delegation, thread.delegationName]));
  const special = (code: string) => (code === "CHAIR" ? 1 : code === "SECRETARIAT" ? 2 : 0);
  return [...names]
    .map(([delegation, name]) => ({ delegation, name }))
    .sort((a, b) => special(a.delegation) - special(b.delegation) || a.name.localeCompare(b.name));
}
