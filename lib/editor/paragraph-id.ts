// Paragraph ids: short, random, the same alphabet everywhere (they become AKN eIds in exports),
// made the same way in the browser and on the server.
const ALPHABET = "abcdefghijkmnopqrstuvwxyz23456789"; // no l, 0, 1: ids get read aloud and typed

/** A new paragraph id such as "p7kq3xw9mz2c": "p" and 11 random characters (about 55 bits). */
export function newParagraphId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(11));
  let id = "p";
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
