// Files the import must refuse, each made the way it arises: a .docx cut short in transit, an
// Office file encrypted with a password or saved by Word 97–2003 (both OLE compound files: only
// their signature and directory names are written here, which is all a reader looks at before
// refusing), a macro-enabled .docm renamed (a real .docx whose main part is declared
// macro-enabled, as Word declares it), and ZIP bombs made with zlib — one that says how big it
// is, one that lies.
import JSZip from "jszip";
import { deflateRawSync } from "node:zlib";
import { unResolution } from "./build";

/** The first `fraction` of a good .docx: a download cut short. */
export async function truncatedDocx(fraction = 0.6): Promise<Buffer> {
  const good = await unResolution();
  return good.subarray(0, Math.floor(good.length * fraction));
}

/** An OLE compound file whose directory names the given streams (UTF-16, as CFB stores them). */
function compoundFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // 512-byte sectors
  const directory = Buffer.alloc(512);
  ["Root Entry", ...streams].forEach((name, index) => {
    const entry = directory.subarray(index * 128, index * 128 + 128);
    Buffer.from(`${name}\u0000`, "utf16le").copy(entry);
    entry.writeUInt16LE((name.length + 1) * 2, 64);
    entry[66] = index === 0 ? 5 : 2;
  });
  return Buffer.concat([header, directory, Buffer.alloc(1024)]);
}

/** What Word writes for a password-protected .docx: the package encrypted inside a compound file. */
export const encryptedDocx = () => compoundFile(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]);

/** A Word 97–2003 .doc, renamed. */
export const legacyDoc = () => compoundFile(["WordDocument", "1Table", "\u0005SummaryInformation"]);

/** A .docm renamed to .docx: its main part declared macro-enabled, as Word saves one. */
export async function macroEnabledDocx(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await unResolution());
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
      "application/vnd.ms-word.document.macroEnabled.main+xml",
    ),
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const MB = 1024 * 1024;

/** A ZIP of deflated parts, each declaring `size` (its true size unless a test wants a lie). */
function zipOf(parts: { name: string; data: Buffer; size: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.data.length, 20);
    central.writeUInt32LE(part.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.data);
    centrals.push(central, name);
    offset += 30 + name.length + part.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A good .docx's parts plus `megabytes` of zeros, deflated: a ZIP bomb that declares its size. */
export async function zipBomb(megabytes = 210): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await unResolution());
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((file) => !file.dir)
      .map(async (file) => {
        const data = await file.async("nodebuffer");
        return { name: file.name, data: deflateRawSync(data), size: data.length };
      }),
  );
  const zeros = Buffer.alloc(megabytes * MB);
  parts.push({ name: "word/media/padding.bin", data: deflateRawSync(zeros, { level: 1 }), size: zeros.length });
  return zipOf(parts);
}

/**
 * A ZIP bomb that lies: its one part declares 1 KB in the ZIP's directory and headers, and
 * inflates to `megabytes`. No ZIP writer writes a lie, so the ZIP is assembled here.
 */
export function lyingZipBomb(megabytes = 300): Buffer {
  const data = deflateRawSync(Buffer.alloc(megabytes * MB), { level: 9 });
  return zipOf([{ name: "word/document.xml", data, size: 1024 }]);
}

/** More than 10 MB: a .docx with a large incompressible picture. */
export async function oversizedDocx(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await unResolution());
  const noise = Buffer.alloc(11 * MB);
  for (let at = 0; at < noise.length; at += 4) noise.writeUInt32LE((Math.random() * 0xffffffff) >>> 0, at);
  zip.file("word/media/photo.png", noise, { compression: "STORE" });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
