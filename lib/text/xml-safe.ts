// Characters XML 1.0 cannot carry (C0 controls other than tab, line feed and carriage return,
// U+FFFE and U+FFFF, halves of surrogate pairs). One typed into a paragraph would make the Word
// and Akoma Ntoso exports ill-formed, so the collaboration server refuses them in the live text
// and the exporters drop any that older text still holds.
const UNSAFE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const UNSAFE_ALL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

export function isXmlSafe(text: string): boolean {
  return !UNSAFE.test(text);
}

/** `text` without the characters XML 1.0 cannot carry. */
export function xmlSafe(text: string): string {
  return isXmlSafe(text) ? text : text.replace(UNSAFE_ALL, "");
}
