// Beside a compared paragraph's words, what else changed, in sentences: its status ("Open →
// Agreed"), its brackets and who holds them, whose ad ref confirmation it awaits, its kind.
import type { ReactNode } from "react";
import type { ParagraphView } from "@/lib/draft/paragraph-views";
import type { ParagraphComparison } from "@/lib/revisions";
import { bracketChanges, describeBracketChange } from "@/lib/revisions/bracket-changes";
import { StatusWord } from "./StatusWord";
import "./change-labels.css";

const KIND_WORDS: Record<string, string> = { preambular: "preambular", operative: "operative", heading: "heading" };

function adRefWords(paragraph: ParagraphView | null): string {
  const adRef = paragraph?.lock?.adRef;
  if (!adRef) return "none";
  return `${adRef.states.join(", ") || "no capital named"} by ${adRef.deadline}`;
}

function structureWords(paragraph: ParagraphView): string {
  const kind = KIND_WORDS[paragraph.kind] ?? paragraph.kind;
  return paragraph.level > 0 ? `${kind} sub-paragraph (level ${paragraph.level})` : `${kind} paragraph`;
}

export function ChangeNotes({ row }: { row: ParagraphComparison }) {
  const { before, after } = row;
  const brackets = row.bracketsChanged ? bracketChanges(before, after) : [];
  const notes: { key: string; content: ReactNode }[] = [];
  if (row.statusChanged && before && after)
    notes.push({
      key: "status",
      content: (
        <>
          Status: <StatusWord status={before.status} /> → <StatusWord status={after.status} />
        </>
      ),
    });
  if (brackets.length > 0)
    notes.push({ key: "brackets", content: <>Brackets: {brackets.map(describeBracketChange).join("; ")}</> });
  else if (row.bracketsChanged) notes.push({ key: "brackets", content: <>Brackets typed or removed in the words</> });
  if (row.adRefChanged)
    notes.push({ key: "ad-ref", content: <>Ad ref confirmation: {`${adRefWords(before)} → ${adRefWords(after)}`}</> });
  if (row.structureChanged && before && after)
    notes.push({ key: "structure", content: <>{`Was a ${structureWords(before)}, now a ${structureWords(after)}`}</> });
  if (notes.length === 0) return null;
  return (
    <ul className="change-notes">
      {notes.map((note) => (
        <li key={note.key} data-note={note.key}>
          {note.content}
        </li>
      ))}
    </ul>
  );
}
