// The negotiating text, read-only, set like a UN document: numbers in the gutter (never part of
// the text), the preambular participle in italics, brackets visible with the states that hold
// them. The live editor replaces the body of this view; the gutter and marks stay.
import type { DraftContent, DraftParagraph } from "@/lib/draft/content";
import { splitBrackets } from "@/lib/draft/inline-brackets";
import { paragraphNumbers, subParagraphLabel } from "@/lib/draft/paragraph-numbers";
import { STATUS_LABELS } from "@/lib/forum/labels";

type Holders = { text: string; states: string[] }[];

function displayStatus(paragraph: DraftParagraph): string {
  if (paragraph.status && paragraph.status !== "open") return paragraph.status;
  const disputed = paragraph.brackets.length + paragraph.alternatives.length > 0 || paragraph.deletion;
  return disputed || /\[/.test(paragraph.text) ? "bracketed" : "open";
}

function BracketedText({
  text,
  holders,
  italicFirstWord,
}: {
  text: string;
  holders: Holders;
  italicFirstWord?: boolean;
}) {
  const { segments } = splitBrackets(text);
  return (
    <>
      {segments.map((segment, index) => {
        if (segment.kind === "bracket") {
          const alternative = /^Alt \d+:\s*/.exec(segment.text);
          const inner = alternative ? segment.text.slice(alternative[0].length) : segment.text;
          const states = holders.find((holder) => holder.text === inner)?.states;
          return (
            <span key={index}>
              <span className="bracket">[{segment.text}]</span>
              {states && (
                <span className="holders" title={`Held by ${states.join(", ")}`}>
                  {states.join(" ")}
                </span>
              )}
            </span>
          );
        }
        if (index === 0 && italicFirstWord) {
          const [, first = "", rest = ""] = /^(\S+(?:\s+(?:by|of|with))?)(.*)$/s.exec(segment.text) ?? [];
          return (
            <span key={index}>
              <span className="participle">{first}</span>
              {rest}
            </span>
          );
        }
        return <span key={index}>{segment.text}</span>;
      })}
    </>
  );
}

function Paragraph({ paragraph, number }: { paragraph: DraftParagraph; number: string }) {
  const status = displayStatus(paragraph);
  const holders: Holders = [...paragraph.brackets, ...paragraph.alternatives];
  return (
    <div className="para" id={number}>
      <div className="gutter">
        <span className="number">{number}</span>
        <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>
      </div>
      <div className="body">
        <p>
          <BracketedText text={paragraph.text} holders={holders} italicFirstWord={paragraph.kind === "preambular"} />
        </p>
        {paragraph.items.length > 0 && (
          <ol>
            {paragraph.items.map((item, index) => (
              <li key={index}>
                <span className="label">{subParagraphLabel(index)}</span>
                <BracketedText text={item.text} holders={item.brackets} />
              </li>
            ))}
          </ol>
        )}
        {paragraph.deletion && (
          <p className="para-note">
            Deletion proposed by {paragraph.deletion.proposedBy.join(", ")}
            {paragraph.deletion.retainedBy.length > 0 && `; retain: ${paragraph.deletion.retainedBy.join(", ")}`}
          </p>
        )}
        {paragraph.adRef && (
          <p className="para-note">
            Ad ref: awaiting {paragraph.adRef.states.join(", ")} by {paragraph.adRef.deadline}
          </p>
        )}
      </div>
    </div>
  );
}

export function DraftText({ content }: { content: DraftContent }) {
  const numbers = paragraphNumbers(content.paragraphs.map((paragraph) => paragraph.kind));
  return (
    <article className="draft-text" aria-label="Negotiating text">
      <h2>{content.title}</h2>
      {content.paragraphs.map((paragraph, index) =>
        paragraph.kind === "heading" ? (
          <h3 key={index}>{paragraph.text}</h3>
        ) : (
          <Paragraph key={index} paragraph={paragraph} number={numbers[index] ?? ""} />
        ),
      )}
    </article>
  );
}
