"use client";

// "Propose an alternative…" in the bracket row: on selected words or with the caret in a
// bracket, a small form asks for the wording and the text becomes "[Alt 1: …] [Alt 2: …]"
// backed by the proposer's state (lib/negotiation/alternatives.ts says exactly what happens to
// the words and holds already there). The plan is made again when the form is sent, on the
// text as it is then.
import type { Editor } from "@tiptap/react";
import { useImperativeHandle, useState, type Ref } from "react";
import { dispatchInTurn, proposeAlternative } from "@/lib/editor/propose-alternative";
import type { Actor } from "@/lib/negotiation/bracket-ranges";
import type { Caret } from "./bracket-caret";
import "./live-draft.css";
import "./bracket-tools.css";

/** Opens the form from elsewhere: the refusal notice offers it when words are not one's own. */
export interface AlternativeOpener {
  open(): void;
}

export function ProposeAlternative({
  editor,
  actor,
  states,
  proposal,
  ref,
}: {
  editor: Editor | null;
  actor: Actor;
  /** Who backs the proposal: the delegate's state, or the states the chair named (maybe none). */
  states: string[];
  proposal: Caret["proposal"];
  ref?: Ref<AlternativeOpener>;
}) {
  const [open, setOpen] = useState(false);
  const [wording, setWording] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  // What it is proposed against, remembered when the form opens: typing in the form moves nothing.
  const [against, setAgainst] = useState("");

  const openForm = () => {
    setAgainst(proposal?.ok ? proposal.against : "");
    setProblem(null);
    setOpen(true);
  };
  useImperativeHandle(ref, () => ({ open: () => proposal?.ok && openForm() }));
  const close = () => {
    setOpen(false);
    setProblem(null);
    editor?.commands.focus();
  };
  const submit = () => {
    if (!editor) return;
    const result = proposeAlternative(editor.state, actor, wording, states);
    if ("refused" in result) return setProblem(result.refused);
    dispatchInTurn(editor.view, result.steps);
    setWording("");
    close();
  };

  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        disabled={!open && !proposal?.ok}
        aria-describedby="bracket-hint"
        onClick={() => {
          if (open) return close();
          openForm();
        }}
      >
        Propose an alternative…
      </button>
      {open && (
        <form
          className="alternative-form"
          aria-label="Propose an alternative"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
          onKeyDown={(event) => {
            if (event.key === "Escape") close();
          }}
        >
          <label>
            Alternative {against}
            {states.length > 0 ? ` (backed by ${states.join(", ")})` : " (not attributed)"}:{" "}
            <input
              // The form opens on a click meant to type the wording: the focus goes there.
              autoFocus
              value={wording}
              onChange={(event) => setWording(event.target.value)}
              placeholder="the wording you propose"
              size={40}
            />
          </label>
          <button type="submit">Propose</button>
          <button type="button" onClick={close}>
            Cancel
          </button>
          {problem && (
            <p className="status-problem" role="alert">
              {problem}
            </p>
          )}
        </form>
      )}
    </>
  );
}
