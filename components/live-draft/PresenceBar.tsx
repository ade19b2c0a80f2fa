"use client";

import { useEffect, useState } from "react";
import type { WebsocketProvider } from "y-websocket";
import { ROLE_LABELS, type Role } from "@/lib/auth/session-user";
import { StateChip } from "../StateChip";
import "../chips.css";
import "./live-draft.css";

interface Present {
  name: string;
  state: string | null;
  role: string;
}

/** Who is in the draft, grouped by delegation (identities as the server stamped them). */
export function PresenceBar({ provider }: { provider: WebsocketProvider }) {
  const [people, setPeople] = useState<Present[]>([]);
  useEffect(() => {
    const read = () =>
      setPeople(
        [...provider.awareness.getStates().values()]
          .map((state) => state.user as Present | undefined)
          .filter((user): user is Present => Boolean(user?.name)),
      );
    read();
    provider.awareness.on("change", read);
    return () => provider.awareness.off("change", read);
  }, [provider]);

  const groups = new Map<string, Present[]>();
  for (const person of people) {
    const key = person.state ?? person.role;
    groups.set(key, [...(groups.get(key) ?? []), person]);
  }
  const sorted = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
  return (
    <ul className="presence" aria-label="In this draft">
      {sorted.map(([key, members]) => (
        <li key={key} title={members.map((member) => member.name).join(", ")}>
          {members[0]!.state ? (
            <StateChip code={key} name={members.map((m) => m.name).join(", ")} />
          ) : (
            <span className="role-chip">{roleLabel(key)}</span>
          )}
          {members.length > 1 && <span className="presence-count">×{members.length}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The role as Concord names it everywhere (lib/auth/session-user.ts); the stamp is the server's. */
function roleLabel(role: string): string {
  return ROLE_LABELS[role as Role] ?? role;
}
