// Values kept for ranges of Yjs items (a client's clocks from..to): who deleted them, when they
// were written. Looked up by one item's id with a binary search; where ranges overlap (a
// refusal's undo, an update stored twice), the one added first stands.
import type * as Y from "yjs";

interface Range<T> {
  clock: number;
  end: number;
  value: T;
}

export class RangeIndex<T> {
  private readonly byClient = new Map<number, Range<T>[]>();
  private sorted = true;

  add(clientId: number, clock: number, length: number, value: T): this {
    const ranges = this.byClient.get(clientId) ?? [];
    ranges.push({ clock, end: clock + length, value });
    this.byClient.set(clientId, ranges);
    this.sorted = false;
    return this;
  }

  find(id: Y.ID): T | null {
    if (!this.sorted) this.sort();
    const ranges = this.byClient.get(id.client);
    if (!ranges) return null;
    let [low, high] = [0, ranges.length - 1];
    while (low <= high) {
      const middle = (low + high) >> 1;
      const range = ranges[middle]!;
      if (id.clock < range.clock) high = middle - 1;
      else if (id.clock >= range.end) low = middle + 1;
      else return range.value;
    }
    return null;
  }

  private sort(): void {
    for (const [client, ranges] of this.byClient) {
      const ordered = ranges.map((range, index) => ({ range, index }));
      ordered.sort((a, b) => a.range.clock - b.range.clock || a.index - b.index);
      const disjoint: Range<T>[] = [];
      for (const { range } of ordered) {
        const last = disjoint.at(-1);
        if (last && range.clock < last.end) {
          if (range.end > last.end) disjoint.push({ ...range, clock: last.end });
        } else disjoint.push(range);
      }
      this.byClient.set(client, disjoint);
    }
    this.sorted = true;
  }
}
