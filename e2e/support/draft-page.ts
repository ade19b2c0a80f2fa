// What most browser tests do first: a signed-in person of their own browser context opens a
// draft and waits until it is live; and selecting words as a mouse drag would.
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { signInWithApi } from "./sign-in";

/** A new browser context signed in as `email`, on the draft whose link matches `title`. */
export async function openDraftAs(browser: Browser, email: string, title: RegExp): Promise<Page> {
  const context = await browser.newContext();
  await signInWithApi(context.request, email);
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("status")).toHaveText("Connected · all changes saved");
  return page;
}

/**
 * Selects `words` inside `scope` (a paragraph, or the whole text), as a mouse drag would. The
 * words may run across the spans the editor draws in the text (an italic preambular opening, a
 * thread's highlight), but not across paragraphs or the labels it draws (contenteditable=false).
 */
export async function selectWords(scope: Locator, words: string): Promise<void> {
  await scope.click();
  await scope.evaluate((element, wanted) => {
    const inside = [...element.querySelectorAll("p, h3")];
    const blocks = element.matches("p, h3") || inside.length === 0 ? [element] : inside;
    for (const block of blocks) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) =>
          node.parentElement?.closest('[contenteditable="false"]') !== block.closest('[contenteditable="false"]')
            ? NodeFilter.FILTER_REJECT
            : NodeFilter.FILTER_ACCEPT,
      });
      const nodes: { node: Node; start: number }[] = [];
      let text = "";
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node, start: text.length });
        text += node.textContent ?? "";
      }
      const at = text.indexOf(wanted);
      if (at === -1) continue;
      /** The text node and offset of a character offset in `text` (an end offset stays in its node). */
      const locate = (offset: number, end: boolean) => {
        const found = nodes.findLast((entry) => (end ? entry.start < offset : entry.start <= offset))!;
        return [found.node, offset - found.start] as const;
      };
      const range = document.createRange();
      range.setStart(...locate(at, false));
      range.setEnd(...locate(at + wanted.length, true));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not there`);
  }, words);
}

/** Puts the caret just after `words` inside `scope`, as a click there would. */
export async function caretAfter(scope: Locator, words: string): Promise<void> {
  await selectWords(scope, words);
  await scope.evaluate(() => window.getSelection()!.collapseToEnd());
}

/** Puts the caret just before `words` inside `scope`. */
export async function caretBefore(scope: Locator, words: string): Promise<void> {
  await selectWords(scope, words);
  await scope.evaluate(() => window.getSelection()!.collapseToStart());
}

/**
 * Puts the caret after the last word of `paragraph`, as a click there would. The End key only
 * reaches the end of the visual line, and a click may land on a label the editor draws inside
 * the paragraph (a bracket's states, a status mark, someone's caret), which holds no text.
 */
export async function placeCaretAtEnd(paragraph: Locator): Promise<void> {
  await paragraph.click();
  await paragraph.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        const label = node.parentElement?.closest('[contenteditable="false"], .collaboration-carets__caret');
        return label && element.contains(label) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      },
    });
    let last: Node | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) last = node;
    const range = document.createRange();
    if (last) range.setStart(last, last.textContent?.length ?? 0);
    else range.selectNodeContents(element);
    range.collapse(!last);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
}

/** The words of `paragraph` as they stand in the text, without the labels the editor draws. */
export function wordsOf(paragraph: Locator): Promise<string> {
  return paragraph.evaluate((element) => {
    const clone = element.cloneNode(true) as HTMLElement;
    clone
      .querySelectorAll('[contenteditable="false"], .collaboration-carets__caret')
      .forEach((label) => label.remove());
    return clone.textContent ?? "";
  });
}
