"use client";

// "New draft": the particulars (title, symbol — the next of the forum's pattern, editable —,
// kind, stage, language, meeting) and, to import a zero draft, a Word file. "Preview" shows the
// paragraphs as Concord will number them and every warning in words, before anything exists;
// "Create draft" creates it (empty, or imported) and opens it. Both speak to POST /api/documents.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { ImportPreview } from "@/lib/api/documents";
import { DOCUMENT_KINDS, DOCUMENT_STAGES } from "@/lib/api/documents";
import { KIND_LABELS, STAGE_LABELS } from "@/lib/forum/labels";
import { ImportPreviewList } from "./ImportPreviewList";
import "@/components/forms.css";
import "./import.css";

export interface NewDraftFormProps {
  nextSymbol: string;
  languages: string[];
}

const LANGUAGE_NAMES: Record<string, string> = {
  en: "English",
  ru: "Russian",
  zh: "Chinese",
  fr: "French",
  ar: "Arabic",
  es: "Spanish",
};

async function problemOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: string };
    return body.message ?? `The server answered ${response.status}.`;
  } catch {
    return `The server answered ${response.status}.`;
  }
}

export function NewDraftForm({ nextSymbol, languages }: NewDraftFormProps) {
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [symbol, setSymbol] = useState(nextSymbol);
  const [kind, setKind] = useState<string>("STATEMENT");
  const [stage, setStage] = useState<string>("DRAFTING");
  const [language, setLanguage] = useState(languages[0] ?? "en");
  const [meeting, setMeeting] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState<"preview" | "create" | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const fields = () => ({ title, symbol, kind, stage, language, meeting });

  async function showPreview() {
    if (!file) return;
    setBusy("preview");
    setProblem(null);
    setPreview(null);
    try {
      const form = new FormData();
      form.set("file", file);
      const response = await fetch("/api/documents?preview=1", { method: "POST", body: form });
      if (!response.ok) return setProblem(await problemOf(response));
      const found = (await response.json()) as ImportPreview;
      setPreview(found);
      if (!title && found.title) setTitle(found.title);
    } catch {
      setProblem("Concord could not be reached. Check your connection and try again.");
    } finally {
      setBusy(null);
    }
  }

  async function create(event: FormEvent) {
    event.preventDefault();
    setBusy("create");
    setProblem(null);
    try {
      let response: Response;
      const values = Object.fromEntries(Object.entries(fields()).filter(([, value]) => value.trim() !== ""));
      if (file) {
        const form = new FormData();
        for (const [key, value] of Object.entries(values)) form.set(key, value);
        form.set("file", file);
        response = await fetch("/api/documents", { method: "POST", body: form });
      } else {
        response = await fetch("/api/documents", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(values),
        });
      }
      if (!response.ok) return setProblem(await problemOf(response));
      const draft = (await response.json()) as { id: string };
      router.push(`/drafts/${draft.id}`);
    } catch {
      setProblem("Concord could not be reached. Check your connection and try again.");
    } finally {
      setBusy(null);
    }
  }

  return (
    <form onSubmit={create} className="new-draft-form" aria-label="New draft">
      <div className="field">
        <label htmlFor="draft-title">Title</label>
        <input
          id="draft-title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          maxLength={300}
          placeholder={file ? "The document's own title, unless you write one" : ""}
        />
      </div>
      <div className="field">
        <label htmlFor="draft-symbol">Symbol</label>
        <input
          id="draft-symbol"
          value={symbol}
          onChange={(event) => setSymbol(event.target.value)}
          maxLength={60}
          required
        />
        <p className="form-hint">The next symbol of the forum&apos;s pattern; change it if this draft needs another.</p>
      </div>
      <div className="new-draft-row">
        <div className="field">
          <label htmlFor="draft-kind">Kind</label>
          <select id="draft-kind" value={kind} onChange={(event) => setKind(event.target.value)}>
            {DOCUMENT_KINDS.map((value) => (
              <option key={value} value={value}>
                {KIND_LABELS[value] ?? value}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="draft-stage">Stage</label>
          <select id="draft-stage" value={stage} onChange={(event) => setStage(event.target.value)}>
            {DOCUMENT_STAGES.map((value) => (
              <option key={value} value={value}>
                {STAGE_LABELS[value] ?? value}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="draft-language">Language</label>
          <select id="draft-language" value={language} onChange={(event) => setLanguage(event.target.value)}>
            {languages.map((value) => (
              <option key={value} value={value}>
                {LANGUAGE_NAMES[value] ?? value}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="draft-meeting">Meeting</label>
        <input
          id="draft-meeting"
          value={meeting}
          onChange={(event) => setMeeting(event.target.value)}
          maxLength={200}
          placeholder="Special Working Group, 13–14 September"
        />
      </div>
      <div className="field">
        <label htmlFor="draft-file">Word document (.docx), to import a zero draft</label>
        <input
          id="draft-file"
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setPreview(null);
            setProblem(null);
          }}
        />
        <p className="form-hint">Leave it empty to create an empty draft. Up to 10 MB.</p>
      </div>
      <div className="form-actions">
        <button type="button" className="secondary" onClick={showPreview} disabled={!file || busy !== null}>
          {busy === "preview" ? "Reading the document…" : "Preview"}
        </button>
        <button type="submit" disabled={busy !== null}>
          {busy === "create" ? "Creating…" : "Create draft"}
        </button>
      </div>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      {preview && <ImportPreviewList preview={preview} />}
    </form>
  );
}
