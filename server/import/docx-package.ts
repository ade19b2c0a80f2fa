// The first look at an uploaded file, before any DOCX reader touches it: is it a Word document
// at all (not a .doc, an encrypted file, a PDF, a macro-enabled .docm renamed to .docx), and is
// it safe to open? A .docx is a ZIP package, and a ZIP can be a bomb — a few kilobytes that
// inflate to gigabytes. Its declared sizes are checked first, then every part is inflated here
// with a hard cap on its output (zlib's maxOutputLength), so a package that lies about its sizes
// is stopped at the limit too. Only packages that pass reach mammoth (whose own unzipping is then
// bounded by what was measured here).
import { inflateRawSync } from "node:zlib";
import { FileTooLargeError, ImportError, MAX_FILE_BYTES, MAX_INFLATED_BYTES } from "./import-error";

/** The parts of a checked package that the import reads: its XML and relationships, as text. */
export interface DocxPackage {
  /** Part name ("word/document.xml") → its text. */
  parts: Map<string, string>;
  /** The main document part's name, from the package relationships. */
  mainPart: string;
  /** What all the parts inflate to, measured. */
  inflatedBytes: number;
}

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const MAX_ENTRIES = 10_000;
const MB = 1024 * 1024;

const utf16 = (name: string) => Buffer.from(name, "utf16le");

/** A compound (OLE) file: a Word 97–2003 .doc, or an encrypted Office file (both use it). */
function refuseCompoundFile(bytes: Buffer): never {
  if (bytes.includes(utf16("EncryptedPackage")) || bytes.includes(utf16("EncryptionInfo")))
    throw new ImportError(
      "The file is encrypted (protected with a password). Remove the password in Word (File › Info › Protect Document) and import it again.",
      "encrypted",
    );
  if (bytes.includes(utf16("WordDocument")))
    throw new ImportError(
      "The file is a Word 97–2003 document (.doc) renamed to .docx. Open it in Word and save it as a Word Document (.docx), then import that.",
      "legacy-doc",
    );
  throw new ImportError(
    "The file is an older Office format (an OLE compound file), not a Word document (.docx). Save it as .docx in Word and import that.",
    "not-docx",
  );
}

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const corrupt = (detail: string) =>
  new ImportError(
    `The file is damaged: ${detail}. Open it in Word, save it again as .docx and import that.`,
    "corrupt",
  );

const bomb = (detail: string) =>
  new ImportError(
    `The file was refused: ${detail}, more than a Word document ever holds (the limit is ${MAX_INFLATED_BYTES / MB} MB uncompressed).`,
    "zip-bomb",
  );

function centralDirectory(bytes: Buffer): Entry[] {
  // The end-of-central-directory record: in the last 22 bytes, or before a comment of up to 64 KB.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1)
    if (bytes.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  if (end < 0)
    throw corrupt("it is not a complete ZIP package (its directory is missing; was the download cut short?)");
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff)
    throw bomb("it is a ZIP64 package, which only archives of more than 4 GB need");
  if (count > MAX_ENTRIES) throw bomb(`it holds ${count} parts`);
  if (offset + size > bytes.length) throw corrupt("its ZIP directory points past the end of the file");
  const entries: Entry[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw corrupt("its ZIP directory is broken");
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    entries.push({
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry's bytes, inflated with its output capped at what it declared (and the budget left). */
function inflate(bytes: Buffer, entry: Entry, budget: number): Buffer {
  const local = entry.localOffset;
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50)
    throw corrupt(`the part "${entry.name}" cannot be found where the ZIP directory says`);
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  if (start + entry.compressedSize > bytes.length) throw corrupt(`the part "${entry.name}" is cut short`);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length !== entry.size) throw corrupt(`the part "${entry.name}" does not have the size it declares`);
    return data;
  }
  if (entry.method !== 8) throw corrupt(`the part "${entry.name}" is compressed in a way Word never uses`);
  const cap = Math.min(entry.size, budget);
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(cap, 1) });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
      throw bomb(`its part "${entry.name}" inflates to more than it declares`);
    throw corrupt(`the part "${entry.name}" cannot be decompressed`);
  }
  if (out.length !== entry.size) {
    if (out.length >= cap && cap < entry.size)
      throw bomb(`its parts inflate to more than ${MAX_INFLATED_BYTES / MB} MB`);
    throw corrupt(`the part "${entry.name}" does not have the size it declares`);
  }
  return out;
}

const TEXT_PART = /\.(xml|rels)$/i;

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/** The main part's content type, refusing what is not a plain Word document. */
function checkContentTypes(types: string, parts: ReadonlySet<string>, mainPart: string): void {
  const override = [...types.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)]
    .map((match) => match[0])
    .find((tag) => attribute(tag, "PartName")?.replace(/^\//, "") === mainPart);
  const type = override ? (attribute(override, "ContentType") ?? "") : "";
  if (/macroEnabled/i.test(type) || parts.has("word/vbaProject.bin"))
    throw new ImportError(
      "The file is a macro-enabled Word document (.docm) renamed to .docx. Concord does not open files with macros: save it in Word as a Word Document (.docx), which drops them, and import that.",
      "macro-enabled",
    );
  if (/template\.main/i.test(type))
    throw new ImportError(
      "The file is a Word template (.dotx), not a document. Create a document from it in Word, save that as .docx and import it.",
      "template",
    );
  if (/presentationml|spreadsheetml/i.test(types) && !/wordprocessingml\.document\.main/i.test(type))
    throw new ImportError("The file is a PowerPoint or Excel file renamed to .docx, not a Word document.", "not-docx");
  if (!/wordprocessingml\.document\.main\+xml/i.test(type)) throw corrupt("its main part is not a Word document");
}

/** Checks an uploaded file and reads the parts of it the import needs; refuses anything else. */
export function openDocxPackage(bytes: Buffer): DocxPackage {
  if (bytes.length === 0) throw new ImportError("The file is empty (0 bytes).", "empty");
  if (bytes.length > MAX_FILE_BYTES) throw new FileTooLargeError();
  if (bytes.subarray(0, 8).equals(CFB_SIGNATURE)) refuseCompoundFile(bytes);
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-")
    throw new ImportError(
      "The file is a PDF, not a Word document (.docx). Import the Word file it was made from.",
      "not-docx",
    );
  if (bytes.subarray(0, 5).toString("latin1") === "{\\rtf")
    throw new ImportError(
      "The file is an RTF document renamed to .docx. Save it in Word as .docx and import that.",
      "not-docx",
    );
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50)
    throw new ImportError(
      "The file is not a Word document (.docx): it is not even a ZIP package. Is it the right file?",
      "not-docx",
    );

  const entries = centralDirectory(bytes);
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > MAX_INFLATED_BYTES) throw bomb(`its parts declare ${Math.round(declared / MB)} MB uncompressed`);

  const parts = new Map<string, string>();
  const names = new Set<string>();
  let inflated = 0;
  for (const entry of entries) {
    if (entry.flags & 0x1)
      throw new ImportError(
        "The file is encrypted (its ZIP parts are password-protected). Remove the password and import it again.",
        "encrypted",
      );
    names.add(entry.name);
    if (entry.name.endsWith("/")) continue;
    const out = inflate(bytes, entry, MAX_INFLATED_BYTES - inflated);
    inflated += out.length;
    if (inflated > MAX_INFLATED_BYTES) throw bomb(`its parts inflate to more than ${MAX_INFLATED_BYTES / MB} MB`);
    if (TEXT_PART.test(entry.name)) parts.set(entry.name, out.toString("utf8"));
  }

  const types = parts.get("[Content_Types].xml");
  if (!types) throw corrupt("it has no [Content_Types].xml, so it is not an Office document");
  const relationships = parts.get("_rels/.rels") ?? "";
  const main = [...relationships.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)]
    .map((match) => match[0])
    .find((tag) => /\/officeDocument$/.test(attribute(tag, "Type") ?? ""));
  const mainPart = (main ? (attribute(main, "Target") ?? "") : "word/document.xml").replace(/^\//, "");
  checkContentTypes(types, names, mainPart);
  if (!parts.has(mainPart)) throw corrupt(`its main part "${mainPart}" is missing`);
  return { parts, mainPart, inflatedBytes: inflated };
}
