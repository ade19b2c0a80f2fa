// Where each paragraph sits in the outline: which numbered paragraph a sub-paragraph belongs
// to, and in which numbering series it counts. Numbering and renumbering both need this, and
// it is the one place that decides what a stray sub-paragraph belongs to.
import type { Paragraph } from "./paragraph";

export interface Placement {
  /** The paragraph a sub-paragraph hangs under; null for level 0, headings and orphans. */
  parent: string | null;
  /**
   * The run of paragraphs this one is counted in: "preambular", "operative", or one parent's
   * letters or romans. Null for headings, which are never numbered.
   */
  series: string | null;
  /** Deleted itself, or under a deleted paragraph: deleting OP7 deletes OP7 (a) with it. */
  deleted: boolean;
}

/**
 * A level-1 paragraph belongs to the closest numbered paragraph above it; a level-2 one to the
 * closest level-1 paragraph since that, or straight to the numbered paragraph when there is
 * none (an "(i)" directly under OP5 is unusual but happens). A heading closes the outline
 * above it, so a sub-paragraph right after a heading (or at the top) is an orphan: it is still
 * labelled (a), (b) … in its own run, but it has no parent to be referred to through.
 */
export function placeParagraphs(paragraphs: readonly Paragraph[]): Placement[] {
  let numbered: Paragraph | null = null;
  let lettered: Paragraph | null = null;
  let section = 0;
  const deleted = new Map<string, boolean>();

  return paragraphs.map((paragraph) => {
    if (paragraph.kind === "heading") {
      numbered = null;
      lettered = null;
      section += 1;
      return { parent: null, series: null, deleted: paragraph.deleted };
    }
    if (paragraph.level === 0) {
      numbered = paragraph;
      lettered = null;
      deleted.set(paragraph.id, paragraph.deleted);
      return { parent: null, series: paragraph.kind, deleted: paragraph.deleted };
    }
    const above: Paragraph | null = paragraph.level === 1 ? numbered : (lettered ?? numbered);
    if (paragraph.level === 1) lettered = paragraph;
    const parentDeleted = above ? (deleted.get(above.id) ?? false) : false;
    const isDeleted = paragraph.deleted || parentDeleted;
    deleted.set(paragraph.id, isDeleted);
    // Orphans are counted per heading section so that two orphan runs do not continue each other.
    const owner = above ? above.id : `orphan@${section}`;
    return { parent: above?.id ?? null, series: `${owner}/${paragraph.level}`, deleted: isDeleted };
  });
}
