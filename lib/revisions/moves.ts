// Which paragraphs moved. Of the paragraphs in both texts, the longest run that kept its order
// (a longest common subsequence of the ids, here a longest increasing subsequence of their new
// positions) stayed where it was; every other one moved. So a paragraph carried far is the one
// that moved, not the dozens it jumped over, and swapping two neighbours moves one of them.

/**
 * `positions`: the new positions of the shared paragraphs, in their old order. Returns which of
 * them moved (same indexing). Patience sorting, O(n log n); among equally long runs it keeps the
 * one that ends at the smallest new position, so of two swapped neighbours the one that came
 * first reads as moved (down, after the other).
 */
export function movedAmong(positions: readonly number[]): boolean[] {
  const n = positions.length;
  /** tails[l]: index (into positions) of the smallest last element of a run of length l + 1. */
  const tails: number[] = [];
  const previous = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const value = positions[i]!;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (positions[tails[mid]!]! < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1]!;
    tails[low] = i;
  }
  const moved = Array<boolean>(n).fill(true);
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i !== -1; i = previous[i]!) moved[i] = false;
  return moved;
}
