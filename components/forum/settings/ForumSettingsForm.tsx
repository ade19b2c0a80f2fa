"use client";

// The forum's settings as the secretariat edits them: its name, the pattern of its document
// symbols (with the symbol the next draft would get, as it is typed) and its working languages.
// The chair sees the same, read-only.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ForumSettingsBody, ForumSettingsView } from "@/lib/api/forum";
import { patternProblem, symbolFor } from "@/lib/forum/symbol-pattern";
import "../../forms.css";
import "./forum-settings.css";

async function save(body: ForumSettingsBody): Promise<ForumSettingsView> {
  let response: Response;
  try {
    response = await fetch("/api/forum", {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
    });
  } catch {
    throw new Error("No connection to the server — check the network and try again.");
  }
  const answer = (await response.json().catch(() => ({}))) as ForumSettingsView & { message?: string };
  if (response.status === 401) throw new Error("Your session expired — sign in again, then save once more.");
  if (!response.ok) throw new Error(answer.message ?? "The settings were not saved. Try again in a moment.");
  return answer;
}

export function ForumSettingsForm({ settings, canManage }: { settings: ForumSettingsView; canManage: boolean }) {
  const router = useRouter();
  const [name, setName] = useState(settings.name);
  const [pattern, setPattern] = useState(settings.symbolPattern);
  const [languages, setLanguages] = useState(settings.workingLanguages.join(", "));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const patternIssue = patternProblem(pattern);
  // The number stays the server's (it knows the symbols in use); the pattern around it is previewed.
  const preview = patternIssue ? null : symbolFor(pattern, new Date().getFullYear(), 1);

  const submit = async () => {
    setBusy(true);
    setProblem(null);
    setSaved(null);
    try {
      const workingLanguages = languages
        .split(/[\s,]+/)
        .map((code) => code.trim().toLowerCase())
        .filter(Boolean);
      const result = await save({ name, symbolPattern: pattern, workingLanguages });
      setSaved(`Saved. The next new draft will be ${result.nextSymbol}.`);
      router.refresh();
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="forum-settings"
      aria-labelledby="forum-settings-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="forum-settings-title">Settings</h2>
      <fieldset disabled={!canManage || busy}>
        <div className="field">
          <label htmlFor="forum-name">Name of the forum</label>
          <input id="forum-name" value={name} maxLength={120} onChange={(event) => setName(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="forum-pattern">Document symbols</label>
          <input
            id="forum-pattern"
            value={pattern}
            maxLength={60}
            aria-describedby="forum-pattern-hint"
            onChange={(event) => setPattern(event.target.value)}
          />
          <p id="forum-pattern-hint" className="form-hint">
            {patternIssue ??
              `{year} is the year, {n} the number of the draft in that year: a new draft now would be like ${preview}.`}
          </p>
        </div>
        <div className="field">
          <label htmlFor="forum-languages">Working languages</label>
          <input
            id="forum-languages"
            value={languages}
            aria-describedby="forum-languages-hint"
            onChange={(event) => setLanguages(event.target.value)}
          />
          <p id="forum-languages-hint" className="form-hint">
            Two-letter codes, the language of negotiation first: en, ru.
          </p>
        </div>
        {canManage && (
          <div className="form-actions">
            <button type="submit" disabled={patternIssue !== null}>
              {busy ? "Saving…" : "Save settings"}
            </button>
          </div>
        )}
      </fieldset>
      <p className="form-hint">Next new draft: {settings.nextSymbol}</p>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {saved && <p role="status">{saved}</p>}
    </form>
  );
}
