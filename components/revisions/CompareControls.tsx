"use client";

// How to read the comparison: Inline or Side by side, all paragraphs or only those that differ.
// Kept in the address (?view=side&only=changes) so that a delegation can send the exact view to
// its capital; the page is rendered again on the server with the new choice.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useOptimistic, useTransition } from "react";
import "./comparison-head.css";

export function CompareControls({ view, onlyDifferences }: { view: "inline" | "side"; onlyDifferences: boolean }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  // The choice shows at once; the page follows when the server has rendered it.
  const [shown, setShown] = useOptimistic({ view, onlyDifferences });

  const go = (next: Partial<typeof shown>) => {
    const change = {
      view: (next.view ?? shown.view) === "side" ? "side" : null,
      only: (next.onlyDifferences ?? shown.onlyDifferences) ? "changes" : null,
    };
    const params = new URLSearchParams(searchParams.toString());
    for (const [key, value] of Object.entries(change)) {
      if (value === null) params.delete(key);
      else params.set(key, value);
    }
    startTransition(() => {
      setShown({ ...shown, ...next });
      router.replace(`${pathname}?${params.toString()}`, { scroll: false });
    });
  };

  return (
    <div className="compare-controls" aria-busy={pending}>
      <fieldset>
        <legend>View</legend>
        <label>
          <input type="radio" name="view" checked={shown.view === "inline"} onChange={() => go({ view: "inline" })} />{" "}
          Inline
        </label>
        <label>
          <input type="radio" name="view" checked={shown.view === "side"} onChange={() => go({ view: "side" })} /> Side
          by side
        </label>
      </fieldset>
      <label>
        <input
          type="checkbox"
          checked={shown.onlyDifferences}
          onChange={(event) => go({ onlyDifferences: event.target.checked })}
        />{" "}
        Only paragraphs that differ
      </label>
      {pending && (
        <span className="quiet" role="status">
          Updating the comparison…
        </span>
      )}
    </div>
  );
}
