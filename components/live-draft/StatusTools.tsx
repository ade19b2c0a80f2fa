"use client";

// The chair's status menu for the paragraph at the caret: Open · Agreed ad ref (which capitals
// confirm, by when) · Agreed. The rules are checked here first (lib/negotiation
// checkStatusChange) so that the chair reads the reason before anything is sent; the
// collaboration server decides again (server/collab/rules/status-rule.ts).
import { useEditorState, type Editor } from "@tiptap/react";
import { useState } from "react";
import { paragraphAt } from "@/lib/editor/bracket-holds-extension";
import { adRefStatesAttribute, DEADLINE_PASSED, deadlinePassed, statusMark } from "@/lib/editor/paragraph-status";
import { MEMBER_STATES } from "@/lib/forum/member-states";
import { checkStatusChange, type ParagraphStatus } from "@/lib/negotiation";
import "./live-draft.css";
import "./status-tools.css";

interface Here {
  pos: number;
  label: string | null;
  status: ParagraphStatus;
  text: string;
  words: string;
}

function hereOf(editor: Editor | null): Here | null {
  if (!editor) return null;
  const paragraph = paragraphAt(editor.state);
  if (!paragraph) return null;
  // The paragraph as the draft model reads it: its stored and its displayed status, its ad ref.
  const { status, display: shown, adRef } = paragraph.paragraph;
  const dom = editor.view.nodeDOM(paragraph.pos);
  const label = dom instanceof HTMLElement ? dom.getAttribute("data-number") : null;
  return {
    pos: paragraph.pos,
    label,
    status,
    text: paragraph.text,
    words: statusMark(shown, adRef).words,
  };
}

const sameHere = (a: Here | null, b: Here | null) => JSON.stringify(a) === JSON.stringify(b);

export function StatusTools({ editor }: { editor: Editor | null }) {
  const here = useEditorState({ editor, selector: ({ editor: current }) => hereOf(current), equalityFn: sameHere });
  const [adRefOpen, setAdRefOpen] = useState(false);
  const [states, setStates] = useState<string[]>([]);
  const [deadline, setDeadline] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  if (!editor || !here) {
    return (
      <div className="status-tools" role="group" aria-label="Paragraph status">
        <span className="tools-hint">Put the caret in a paragraph to set its status.</span>
      </div>
    );
  }

  const setStatus = (to: ParagraphStatus) => {
    const paragraph = paragraphAt(editor.state);
    if (!paragraph) return;
    const adRef = to === "agreed_ad_ref" ? { states, deadline } : null;
    const verdict = checkStatusChange({
      from: here.status,
      to,
      role: "CHAIR",
      label: here.label ?? undefined,
      paragraph: { status: paragraph.paragraph.status, deleted: false, text: paragraph.text },
      holds: paragraph.paragraph.holds,
      adRef,
    });
    if (!verdict.ok) return setProblem(verdict.reason);
    if (adRef && deadlinePassed(adRef.deadline)) return setProblem(DEADLINE_PASSED);
    setProblem(null);
    const attrs = {
      ...paragraph.node.attrs,
      status: to,
      // Reopening or agreeing outright leaves no capital to wait for.
      adRefStates: adRef ? adRefStatesAttribute(adRef.states) : null,
      adRefDeadline: adRef ? adRef.deadline : null,
    };
    editor.view.dispatch(editor.state.tr.setNodeMarkup(paragraph.pos, undefined, attrs));
    setAdRefOpen(false);
    editor.commands.focus();
  };

  const toggleState = (code: string) =>
    setStates((current) => (current.includes(code) ? current.filter((c) => c !== code) : [...current, code]));

  return (
    <div className="status-tools" role="group" aria-label="Paragraph status">
      <span className="status-tools-here">
        {here.label ?? "This paragraph"}: <strong>{here.words}</strong>
      </span>
      <button type="button" disabled={here.status === "open"} onClick={() => setStatus("open")}>
        Reopen
      </button>
      <button
        type="button"
        aria-expanded={adRefOpen}
        onClick={() => {
          setProblem(null);
          setAdRefOpen((open) => !open);
        }}
      >
        Agreed ad ref…
      </button>
      <button type="button" disabled={here.status === "agreed"} onClick={() => setStatus("agreed")}>
        Agreed
      </button>
      {problem && (
        <p className="status-problem" role="alert">
          {problem}
        </p>
      )}
      {adRefOpen && (
        <form
          className="ad-ref-form"
          onSubmit={(event) => {
            event.preventDefault();
            setStatus("agreed_ad_ref");
          }}
        >
          <fieldset>
            <legend>Capitals to confirm</legend>
            <div className="ad-ref-states">
              {MEMBER_STATES.map((state) => (
                <label key={state.code} title={state.name}>
                  <input
                    type="checkbox"
                    checked={states.includes(state.code)}
                    onChange={() => toggleState(state.code)}
                  />{" "}
                  {state.code}
                </label>
              ))}
            </div>
          </fieldset>
          <label>
            Confirmation by <input type="date" value={deadline} onChange={(event) => setDeadline(event.target.value)} />
          </label>
          <button type="submit">Set agreed ad ref</button>
        </form>
      )}
    </div>
  );
}
