"use client";

// An invitation link, shown once: the secretariat copies it and passes it on (or Concord mailed
// it). It is never shown again — only its hash is kept — so the notice says so.
import { useState } from "react";
import type { InvitationLink } from "@/lib/api/users";
import { copyText } from "@/components/live-draft/copy-text";
import "./people.css";

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });

export function InvitationLinkNotice({ who, link }: { who: string; link: InvitationLink }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <div className="invitation-link" role="status">
      <p>
        {link.mailed ? `The invitation was mailed to ${who}. ` : `Pass this link on to ${who}: `}
        it lets them set their password once, until <strong>{when(link.expiresAt)}</strong>. It is shown only now.
      </p>
      <div className="invitation-link-row">
        <input readOnly value={link.url} aria-label={`Invitation link for ${who}`} onFocus={(e) => e.target.select()} />
        <button type="button" className="small" onClick={async () => setCopied(await copyText(link.url))}>
          Copy
        </button>
      </div>
      {copied === true && <p className="form-hint">Copied.</p>}
      {copied === false && <p className="form-hint">Copying is not allowed here: select the link and copy it.</p>}
    </div>
  );
}
