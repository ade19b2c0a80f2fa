"use client";

// Brackets above the text: "Bracket" puts the selected words in brackets held by your
// delegation (the chair names the states); "Propose an alternative…" sets other wording beside
// them; with the caret in a bracket, you hold it or withdraw (the chair removes it, or chooses
// an alternative); with the caret in a paragraph, your delegation proposes its deletion or asks
// to retain it. The server allows a delegation to change only its own state's holds
// (server/collab/rules/holds-rule.ts); what it would refuse is not offered here, and the row says why.
import type { Role } from "@/lib/auth/session-user";
import { can } from "@/lib/policy/can";
import { useEditorState, type Editor } from "@tiptap/react";
import { useEffect, useState, type Ref } from "react";
import {
  bracketSelection,
  chooseAlternative,
  paragraphAt,
  removeBracket,
  setDeletion,
  setHold,
  setDefaultBracketStates,
} from "@/lib/editor/bracket-holds-extension";
import type { Actor } from "@/lib/negotiation/bracket-ranges";
import { deletionStanceOf, serializeHolds } from "@/lib/negotiation/holds";
import { caretOf, NOTHING, parseStates } from "./bracket-caret";
import { ProposeAlternative, type AlternativeOpener } from "./ProposeAlternative";
import "./live-draft.css";
import "./bracket-tools.css";

export function BracketTools({
  editor,
  role,
  state: ownState,
  alternative,
}: {
  editor: Editor | null;
  role: Role;
  state: string | null;
  /** Lets the refusal notice open "Propose an alternative…" (RefusalNotice.tsx). */
  alternative?: Ref<AlternativeOpener>;
}) {
  // Whoever records holds for other states (the chair, for the room) chooses them; a delegate brackets for its own.
  const isChair = can({ role }, "hold-for-others");
  const [heldBy, setHeldBy] = useState("");
  const chosen = parseStates(heldBy);
  const states = isChair ? chosen.states : ownState ? [ownState] : [];
  const actor: Actor = { chair: isChair, state: isChair ? null : ownState };
  const caret =
    useEditorState({ editor, selector: ({ editor: current }) => caretOf(current, actor, states) }) ?? NOTHING;

  // The shortcut (Ctrl+Alt+B) brackets for the same states as the button, with the same checks.
  const statesKey = states.join(" ");
  useEffect(() => {
    if (!editor) return;
    setDefaultBracketStates(editor, statesKey ? statesKey.split(" ") : [], {
      chair: isChair,
      state: isChair ? null : ownState,
    });
  }, [editor, statesKey, isChair, ownState]);

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
  // The chair chooses an alternative from anywhere in it, a bracket inside it included.
  const choosable = span?.kind === "alternative" ? span : caret.alternative;
  const hint =
    chosen.unknown.length > 0
      ? `Not a Member State code: ${chosen.unknown.join(", ")}.`
      : (caret.bracketRefusal ??
        (caret.proposal && !caret.proposal.ok && (caret.hasSelection || span) ? caret.proposal.reason : null));

  return (
    <div className="bracket-tools" role="group" aria-label="Brackets">
      <button
        type="button"
        disabled={!caret.hasSelection || states.length === 0 || !editable || caret.bracketRefusal !== null}
        aria-keyshortcuts="Control+Alt+B Meta+Alt+B"
        aria-describedby="bracket-hint"
        onClick={() => run(() => (editor ? bracketSelection(editor.state, states, actor) : null))}
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
      {editable && (
        <ProposeAlternative editor={editor} actor={actor} states={states} proposal={caret.proposal} ref={alternative} />
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
          {isChair && choosable && (
            <button
              type="button"
              onClick={() =>
                run(() => {
                  const p = here();
                  return p ? chooseAlternative(editor!.state, p, choosable.index) : null;
                })
              }
            >
              Choose {choosable.label}
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
        !hint && (
          <span id="bracket-hint" className="tools-hint">
            {isChair
              ? "Select words, name the states holding them, then Bracket (Ctrl+Alt+B) or propose an alternative."
              : `Select words to bracket them for ${ownState} (Ctrl+Alt+B), or to propose an alternative.`}
          </span>
        )
      )}
      {hint && (
        <span id="bracket-hint" className="tools-hint tools-hint--why" aria-live="polite">
          {hint}
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
