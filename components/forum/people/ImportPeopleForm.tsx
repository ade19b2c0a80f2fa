"use client";

// "Add many": a CSV pasted or chosen from disk (name,email,role,state). Either everyone in it is
// added, each with an invitation link, or nobody is and every bad line is listed to fix.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { ImportLineProblem, ImportResult } from "@/lib/api/users";
import { InvitationLinkNotice } from "./InvitationLinkNotice";
import { PeopleApiError, peopleApi } from "./people-api";
import "@/components/forms.css";
import "./people.css";

const EXAMPLE =
  "name,email,role,state\nAigerim Nurlanovna,aigerim@mfa.kz,delegate,KZ\nUN Liaison,liaison@un.org,observer,";

export function ImportPeopleForm() {
  const router = useRouter();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [lines, setLines] = useState<ImportLineProblem[]>([]);
  const [result, setResult] = useState<ImportResult | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setLines([]);
    setResult(null);
    try {
      setResult(await peopleApi.import(text));
      setText("");
      router.refresh();
    } catch (error) {
      setProblem((error as Error).message);
      if (error instanceof PeopleApiError) setLines(error.lines);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="people-panel" aria-labelledby="import-people-title">
      <h2 id="import-people-title">Add many</h2>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor="people-csv">CSV: one line per person, under the header name,email,role,state</label>
          <textarea
            id="people-csv"
            rows={6}
            value={text}
            placeholder={EXAMPLE}
            spellCheck={false}
            onChange={(event) => setText(event.target.value)}
          />
          <p className="form-hint">
            Role: delegate, chair, secretariat or observer. State: the delegation&apos;s code (KZ), for delegates only.
          </p>
        </div>
        <div className="field">
          <label htmlFor="people-csv-file">Or choose a .csv file</label>
          <input
            id="people-csv-file"
            type="file"
            accept=".csv,text/csv"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (file) setText(await file.text());
            }}
          />
        </div>
        <div className="form-actions">
          <button type="submit" disabled={busy || text.trim() === ""}>
            {busy ? "Adding…" : "Add everyone"}
          </button>
        </div>
      </form>
      {problem && (
        <div className="form-problem" role="alert">
          <p>{lines.length > 0 ? "Nobody was added. Fix these lines and send the file again:" : problem}</p>
          {lines.length > 0 && (
            <ul className="import-lines">
              {lines.map((line, index) => (
                <li key={index}>
                  <strong>Line {line.line}:</strong> {line.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {result && (
        <div className="import-result">
          <p role="status">
            {result.created.length} {result.created.length === 1 ? "person was" : "people were"} added. Their invitation
            links are shown only now:
          </p>
          {result.invitations.map((link) => (
            <InvitationLinkNotice key={link.email} who={link.email} link={link} />
          ))}
        </div>
      )}
    </section>
  );
}
