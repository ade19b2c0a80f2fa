"use client";

// The chair's and the secretariat's "Renumber": fresh sequential numbers for a clean text. It is
// done here, in the shared document, as one change (lib/editor/renumber-draft.ts), so every
// delegation sees the new numbers at once; the old → new table is shown so that people can
// carry their notes across, and the audit log keeps it.
import { useRef, useState } from "react";
import type * as Y from "yjs";
import type { RenumberingBody } from "@/lib/api/documents";
import { renumberDraft } from "@/lib/editor/renumber-draft";
import type { RenumberEntry } from "@/lib/negotiation";
import "./live-draft.css";
import "./renumber-button.css";

export function RenumberButton({ documentId, doc }: { documentId: string; doc: Y.Doc }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [table, setTable] = useState<RenumberEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const open = () => {
    setTable(null);
    setProblem(null);
    dialog.current?.showModal();
  };

  const renumber = () => {
    const { table: done } = renumberDraft(doc);
    setTable(done);
    void fetch(`/api/documents/${documentId}/renumbering`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ table: done } satisfies RenumberingBody),
    })
      .then((response) => {
        if (!response.ok) setProblem("The text is renumbered, but the audit log did not record it.");
      })
      .catch(() => setProblem("The text is renumbered, but the audit log did not record it."));
  };

  const changed = table?.filter((entry) => entry.old !== entry.new) ?? [];

  return (
    <>
      <button type="button" className="renumber-button" onClick={open}>
        Renumber
      </button>
      <dialog ref={dialog} className="renumber-dialog" aria-labelledby="renumber-title">
        <h2 id="renumber-title">{table ? "The text is renumbered" : "Renumber the text?"}</h2>
        {table === null ? (
          <>
            <p>
              Every paragraph gets a fresh sequential number (OP5 bis becomes OP6) and deleted paragraphs leave the
              text. Every delegation sees the new numbers at once.
            </p>
            <div className="renumber-actions">
              <button type="button" onClick={renumber}>
                Renumber now
              </button>
              <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
                Cancel
              </button>
            </div>
          </>
        ) : (
          <>
            {changed.length === 0 ? (
              <p>The numbers were already sequential: nothing changed.</p>
            ) : (
              <table className="renumber-table">
                <caption>Old → new numbers ({changed.length} changed)</caption>
                <thead>
                  <tr>
                    <th scope="col">Old</th>
                    <th scope="col">New</th>
                  </tr>
                </thead>
                <tbody>
                  {changed.map((entry) => (
                    <tr key={entry.id}>
                      <td>{entry.old}</td>
                      <td>{entry.new ?? "deleted"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {problem && <p className="sync-problem">{problem}</p>}
            <div className="renumber-actions">
              <button type="button" onClick={() => dialog.current?.close()}>
                Close
              </button>
            </div>
          </>
        )}
      </dialog>
    </>
  );
}
