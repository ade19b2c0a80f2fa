import { Fragment } from "react";
import { mentionedStates } from "@/lib/comments/thread";
import { MEMBER_STATES } from "@/lib/forum/member-states";
import "./thread-card.css";

const NAMES = new Map<string, string>(MEMBER_STATES.map((state) => [state.code, state.name]));
const MENTION = /(?<![\w@])@([A-Z]{2})\b/g;

/**
 * A comment as plain text (React escapes it: markup people type stays visible as typed), with
 * "@RU"-style mentions of Member States picked out.
 */
export function CommentBody({ body }: { body: string }) {
  const mentioned = new Set(mentionedStates(body).filter((code) => NAMES.has(code)));
  const parts: { text: string; mention?: string }[] = [];
  let last = 0;
  for (const match of body.matchAll(MENTION)) {
    const code = match[1]!;
    if (!mentioned.has(code)) continue;
    if (match.index > last) parts.push({ text: body.slice(last, match.index) });
    parts.push({ text: match[0], mention: code });
    last = match.index + match[0].length;
  }
  if (last < body.length) parts.push({ text: body.slice(last) });
  return (
    <p className="comment-body">
      {parts.map((part, index) =>
        part.mention ? (
          <mark key={index} className="mention" title={`Mentions ${NAMES.get(part.mention)}`}>
            {part.text}
          </mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </p>
  );
}
