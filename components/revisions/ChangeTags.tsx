// What happened to a compared paragraph, as small labels in words: Inserted, Deleted, Changed,
// Moved, Renumbered.
import type { ParagraphComparison } from "@/lib/revisions";
import { changeTags } from "./paragraph-labels";
import "./change-labels.css";

export function ChangeTags({ row }: { row: ParagraphComparison }) {
  const tags = changeTags(row);
  if (tags.length === 0) return null;
  return (
    <ul className="change-tags" aria-label="What changed">
      {tags.map((tag) => (
        <li key={tag.key} className={`change-tag change-tag--${tag.key}`}>
          {tag.word}
        </li>
      ))}
    </ul>
  );
}
