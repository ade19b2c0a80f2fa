"use client";

// Brackets above the text: "Bracket" puts the selected words in brackets held by your
// delegation (the chair names the states); with the caret in a bracket, you hold it or withdraw
// (the chair removes it, or chooses an alternative); with the caret in a paragraph, your
// delegation proposes its deletion or asks to retain it. The server allows a delegation to
// change only its own state's holds (server/collab/paragraph-guard.ts).
import { useEditorState, type Editor } from "@tiptap/react";
import { useEffect, useState } from "react";
import {
  bracketSelection,
  chooseAlternative,
  paragraphAt,
  removeBracket,
  setDeletion,
  setHold,
  spanIndexAt,
  setDefaultBracketStates,
} from "@/lib/editor/bracket-holds-extension";
import { LOCKED_STATUSES } from "@/lib/editor/extensions";
import { isMemberStateCode } from "@/lib/forum/member-states";
import { deletionStanceOf, serializeHolds } from "@/lib/negotiation/holds";

interface Caret {
  hasSelection: boolean;
  inParagraph: boolean;
  locked: boolean;
  span: { index: number; kind: string; label: string | null; text: string; states: string[] } | null;
  deletion: { proposedBy: string[]; retainedBy: string[] } | null;
}

const NOTHING: Caret = { hasSelection: false, inParagraph: false, locked: false, span: null, deletion: null };

function caretOf(editor: Editor | null): Caret {
  if (!editor) return NOTHING;
  const { state } = editor;
  const paragraph = paragraphAt(state);
  if (!paragraph) return { ...NOTHING, hasSelection: !state.selection.empty };
  const index = spanIndexAt(paragraph, state.selection.from);
  const span = paragraph.spans[index];
  return {
    hasSelection: !state.selection.empty,
    inParagraph: true,
    locked: LOCKED_STATUSES.has(String(paragraph.node.attrs.status ?? "open")),
    span: span
      ? {
          index,
          kind: span.kind,
          label: span.kind === "alternative" ? span.label : null,
          text: span.content.length > 40 ? `${span.content.slice(0, 40)}…` : span.content,
          states: span.states,
        }
      : null,
    deletion: paragraph.holds.deletion,
  };
}

/** "KZ, ru tr" → ["KZ", "RU", "TR"], and the entries that are not Member States. */
function parseStates(value: string): { states: string[]; unknown: string[] } {
  const entries = value
    .split(/[\s,;]+/)
    .map((entry) => entry.trim().toUpperCase())
    .filter(Boolean);
  return {
    states: [...new Set(entries.filter(isMemberStateCode))],
    unknown: entries.filter((e) => !isMemberStateCode(e)),
  };
}

export function BracketTools({
  editor,
  role,
  state: ownState,
}: {
  editor: Editor | null;
  role: string;
  state: string | null;
}) {
  const isChair = role === "CHAIR";
  const caret = useEditorState({ editor, selector: ({ editor: current }) => caretOf(current) }) ?? NOTHING;
  const [heldBy, setHeldBy] = useState("");
  const chosen = parseStates(heldBy);
  const states = isChair ? chosen.states : ownState ? [ownState] : [];

  // The shortcut (Ctrl+Alt+B) brackets for the same states as the button.
  const statesKey = states.join(" ");
  useEffect(() => {
    if (!editor) return;
    setDefaultBracketStates(editor, statesKey ? statesKey.split(" ") : []);
  }, [editor, statesKey]);

  if (!isChair && !ownState) return null; // the secretariat and observers hold no brackets
  const run = (make: () => ReturnType<typeof setHold>) => {
    if (!editor) return;
    const tr = make();
    if (tr) editor.view.dispatch(tr);
    editor.commands.focus();
  };
  const here = () => (editor ? paragraphAt(editor.state) : null);
  const span = caret.span;
  const editable = caret.inParagraph && (!caret.locked || isChair);
  const stance = deletionStanceOf({ deletion: caret.deletion }, ownState);

  return (
    <div className="bracket-tools" role="group" aria-label="Brackets">
      <button
        type="button"
        disabled={!caret.hasSelection || states.length === 0 || !editable}
        aria-keyshortcuts="Control+Alt+B Meta+Alt+B"
        onClick={() => run(() => (editor ? bracketSelection(editor.state, states) : null))}
      >
        Bracket
      </button>
      {isChair && (
        <label className="bracket-held-by">
          held by{" "}
          <input
            value={heldBy}
            onChange={(event) => setHeldBy(event.target.value)}
            placeholder="KZ RU"
            size={10}
            aria-invalid={chosen.unknown.length > 0}
            aria-describedby="bracket-hint"
          />
        </label>
      )}
      {span && editable ? (
        <span className="bracket-at-caret">
          <span className="bracket-quote">
            {span.label ?? `[${span.text}]`}
            {span.states.length > 0
              ? ` — ${span.label ? "backed" : "held"} by ${span.states.join(", ")}`
              : " — not attributed"}
          </span>
          {ownState && span.kind !== "deletion" && (
            <button
              type="button"
              onClick={() =>
                run(() => {
                  const p = here();
                  return p ? setHold(editor!.state, p, span.index, ownState, !span.states.includes(ownState)) : null;
                })
              }
            >
              {span.states.includes(ownState)
                ? `Withdraw ${ownState}`
                : span.label
                  ? `Back (${ownState})`
                  : `Hold (${ownState})`}
            </button>
          )}
          {isChair && span.kind === "alternative" && (
            <button
              type="button"
              onClick={() =>
                run(() => {
                  const p = here();
                  return p ? chooseAlternative(editor!.state, p, span.index) : null;
                })
              }
            >
              Choose {span.label}
            </button>
          )}
          {isChair && span.kind !== "alternative" && (
            <button
              type="button"
              onClick={() =>
                run(() => {
                  const p = here();
                  return p ? removeBracket(editor!.state, p, span.index) : null;
                })
              }
            >
              Remove bracket
            </button>
          )}
        </span>
      ) : (
        <span id="bracket-hint" className="tools-hint">
          {chosen.unknown.length > 0
            ? `Not a Member State code: ${chosen.unknown.join(", ")}.`
            : isChair
              ? "Select words, name the states holding them, then Bracket (Ctrl+Alt+B)."
              : `Select words to bracket them for ${ownState} (Ctrl+Alt+B).`}
        </span>
      )}
      {editable && ownState && (
        <span className="bracket-deletion-tools">
          {stance !== "delete" && (
            <button
              type="button"
              onClick={() =>
                run(() => {
                  const p = here();
                  return p ? setDeletion(editor!.state, p, ownState, "delete") : null;
                })
              }
            >
              Propose deletion
            </button>
          )}
          {caret.deletion && caret.deletion.proposedBy.length > 0 && stance !== "retain" && (
            <button
              type="button"
              onClick={() =>
                run(() => {
                  const p = here();
                  return p ? setDeletion(editor!.state, p, ownState, "retain") : null;
                })
              }
            >
              Retain
            </button>
          )}
          {stance && (
            <button
              type="button"
              onClick={() =>
                run(() => {
                  const p = here();
                  return p ? setDeletion(editor!.state, p, ownState, null) : null;
                })
              }
            >
              {stance === "delete" ? "Withdraw deletion" : "Withdraw retain"}
            </button>
          )}
        </span>
      )}
      {editable && isChair && caret.deletion && caret.deletion.proposedBy.length > 0 && (
        <button
          type="button"
          onClick={() =>
            run(() => {
              const p = here();
              return p && editor
                ? editor.state.tr.setNodeAttribute(p.pos, "holds", serializeHolds({ ...p.holds, deletion: null }))
                : null;
            })
          }
        >
          Clear deletion proposal
        </button>
      )}
    </div>
  );
}
