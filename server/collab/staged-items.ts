// Updates the room has accepted but not yet applied (waiting for their Postgres write). A later
// update may build on them (typing is a chain of characters), so checks that look things up
// by id search here after the document itself.
import * as Y from "yjs";

export type ItemIndex = Map<number, Y.Item[]>;
type Index = ItemIndex;

export function indexItems(structs: ReadonlyArray<Y.Item | Y.GC | Y.Skip>): Index {
  const index: Index = new Map();
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const list = index.get(struct.id.client) ?? [];
    list.push(struct);
    index.set(struct.id.client, list);
  }
  for (const list of index.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  return index;
}

export function findInIndex(index: Index, id: Y.ID): Y.Item | undefined {
  const list = index.get(id.client);
  if (!list) return undefined;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const item = list[middle]!;
    if (id.clock < item.id.clock) high = middle - 1;
    else if (id.clock >= item.id.clock + item.length) low = middle + 1;
    else return item;
  }
  return undefined;
}

export class StagedItems {
  private readonly staged = new Set<Index>();

  add(index: Index): Index {
    this.staged.add(index);
    return index;
  }

  remove(index: Index): void {
    this.staged.delete(index);
  }

  find(id: Y.ID): Y.Item | undefined {
    for (const index of this.staged) {
      const found = findInIndex(index, id);
      if (found) return found;
    }
    return undefined;
  }
}
