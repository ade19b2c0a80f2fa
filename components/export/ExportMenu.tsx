"use client";

// The secretariat's (and the chair's) export: which text — clean, negotiation, or the changes
// since an issued revision — in which format, then download. A clean text asked for while
// brackets remain is refused by the server with the paragraphs that hold them; the menu says so
// and offers the draft clean text instead, knowingly.
import { useEffect, useState } from "react";

type Variant = "clean" | "negotiation" | "redline";
type Format = "docx" | "pdf" | "html" | "akn";

const VARIANTS: { value: Variant; label: string }[] = [
  { value: "clean", label: "Clean text" },
  { value: "negotiation", label: "Negotiation text (brackets, states, status)" },
  { value: "redline", label: "Changes since a revision (redline)" },
];
const FORMATS: { value: Format; label: string }[] = [
  { value: "docx", label: "Word (.docx)" },
  { value: "pdf", label: "PDF" },
  { value: "html", label: "Web page (.html)" },
  { value: "akn", label: "Akoma Ntoso XML" },
];

function fileNameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "");
  return match?.[1] ?? fallback;
}

export function ExportMenu({ documentId }: { documentId: string }) {
  const [variant, setVariant] = useState<Variant>("clean");
  const [format, setFormat] = useState<Format>("docx");
  const [revisions, setRevisions] = useState<string[]>([]);
  const [against, setAgainst] = useState("");
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  useEffect(() => {
    if (variant !== "redline" || revisions.length > 0) return;
    void fetch(`/api/documents/${documentId}/revisions`)
      .then((response) => (response.ok ? response.json() : []))
      .then((entries: { kind: string; name: string }[]) => {
        const issued = entries.filter((entry) => entry.kind === "revision").map((entry) => entry.name);
        setRevisions(issued);
        setAgainst((current) => current || issued[0] || "");
      });
  }, [variant, documentId, revisions.length]);

  const download = async (draft: boolean) => {
    setBusy(true);
    setRefusal(null);
    const query = new URLSearchParams({ format, variant });
    if (variant === "redline") query.set("against", against);
    if (draft) query.set("draft", "true");
    try {
      const response = await fetch(`/api/documents/${documentId}/export?${query}`);
      if (!response.ok) {
        const problem = (await response.json().catch(() => null)) as { message?: string } | null;
        setRefusal(problem?.message ?? `The export failed (${response.status}).`);
        return;
      }
      const link = document.createElement("a");
      link.href = URL.createObjectURL(await response.blob());
      link.download = fileNameOf(response, `export.${format}`);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } finally {
      setBusy(false);
    }
  };

  const bracketsRemain = refusal?.includes("brackets remain") ?? false;
  return (
    <details className="export-menu">
      <summary>Export</summary>
      <form
        className="export-form"
        onSubmit={(event) => {
          event.preventDefault();
          void download(false);
        }}
      >
        <fieldset>
          <legend>Text</legend>
          {VARIANTS.map((option) => (
            <label key={option.value}>
              <input
                type="radio"
                name="variant"
                value={option.value}
                checked={variant === option.value}
                onChange={() => setVariant(option.value)}
              />{" "}
              {option.label}
            </label>
          ))}
        </fieldset>
        {variant === "redline" && (
          <label>
            Changes since{" "}
            <select value={against} onChange={(event) => setAgainst(event.target.value)}>
              {revisions.length === 0 && <option value="">No revision issued yet</option>}
              {revisions.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </label>
        )}
        <label>
          Format{" "}
          <select value={format} onChange={(event) => setFormat(event.target.value as Format)}>
            {FORMATS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={busy || (variant === "redline" && !against)}>
          {busy ? "Preparing…" : "Download"}
        </button>
        {refusal && (
          <div role="alert" className="export-refusal">
            <p>{bracketsRemain ? refusal.replace(/ Ask for .*$/, "") : refusal}</p>
            {bracketsRemain && (
              <button type="button" onClick={() => void download(true)} disabled={busy}>
                Download a draft clean text, brackets kept
              </button>
            )}
          </div>
        )}
      </form>
    </details>
  );
}
