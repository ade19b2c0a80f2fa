"use client";

// The secretariat's (and the chair's) export: which text — the live text (an unofficial
// working text) or an issued revision, as it was issued —, which variant — clean, negotiation, or
// the changes since an earlier revision — in which format, then download. A clean text asked for
// while brackets remain is refused by the server with the paragraphs that hold them; the menu
// says so and offers the draft clean text instead, knowingly. The file's name (from the server)
// says what it is. The cover's distribution is the draft's, set here.
import { useState } from "react";
import { useExportChoices, type Distribution } from "./use-export-choices";
import "./export.css";

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

const DISTRIBUTIONS: Distribution[] = ["General", "Limited", "Restricted"];
const LIVE = "live";

export function ExportMenu({ documentId }: { documentId: string }) {
  const [open, setOpen] = useState(false);
  const [variant, setVariant] = useState<Variant>("clean");
  const [format, setFormat] = useState<Format>("docx");
  const [at, setAt] = useState(LIVE);
  const [chosenAgainst, setAgainst] = useState("");
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const { revisions, distribution, setDistribution, distributionError } = useExportChoices(documentId, open);

  // A redline counts changes from a revision issued before the text it shows.
  const atIndex = revisions?.findIndex((revision) => revision.name === at) ?? -1;
  const bases = (revisions ?? []).filter((_revision, index) => at === LIVE || index > atIndex);
  const against = bases.some((revision) => revision.name === chosenAgainst) ? chosenAgainst : (bases[0]?.name ?? "");

  const download = async (draft: boolean) => {
    setBusy(true);
    setRefusal(null);
    const query = new URLSearchParams({ format, variant });
    if (at !== LIVE) query.set("at", at);
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
    <details className="export-menu" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Export</summary>
      <form
        className="export-form"
        onSubmit={(event) => {
          event.preventDefault();
          void download(false);
        }}
      >
        <label>
          Text of{" "}
          <select value={at} onChange={(event) => setAt(event.target.value)}>
            <option value={LIVE}>The live text (working text, not official)</option>
            {(revisions ?? []).map((revision) => (
              <option key={revision.name} value={revision.name}>
                {[revision.name, revision.label].filter(Boolean).join(" — ")} ({revision.symbol})
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>Variant</legend>
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
              {bases.length === 0 && <option value="">No earlier revision issued</option>}
              {bases.map((revision) => (
                <option key={revision.name}>{revision.name}</option>
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
        <label>
          Distribution (on the cover){" "}
          <select
            value={distribution ?? "Limited"}
            disabled={distribution === null}
            onChange={(event) => void setDistribution(event.target.value as Distribution)}
          >
            {DISTRIBUTIONS.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        {distributionError && <p role="alert">{distributionError}</p>}
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
        <p className="export-record">
          Record of negotiation (every revision, status changes, holders, public comments):{" "}
          <a href={`/api/documents/${documentId}/record-of-negotiation?format=docx`} download>
            Word
          </a>
          {" · "}
          <a href={`/api/documents/${documentId}/record-of-negotiation?format=html`} download>
            Web page
          </a>
        </p>
      </form>
    </details>
  );
}
