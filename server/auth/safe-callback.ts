// Where to send someone after signing in. Only a path of Concord itself: a crafted link
// (`/\evil.example`, `//evil.example`, `/%5Cevil.example`, a tab that browsers strip, an absolute
// URL) must not turn our sign-in page into a springboard to a look-alike site.

const BASE = "http://concord.invalid";
/** Control characters (browsers drop some silently) and backslashes (browsers read them as "/"). */
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

/** A same-origin relative path (with its query and fragment), or "/" when the value is anything else. */
export function safeCallbackPath(value: string | null | undefined): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  // Every decoding a browser, a proxy or a router along the way might apply must stay harmless.
  let current = value;
  for (let round = 0; round < 4; round += 1) {
    if (UNSAFE.test(current) || current.startsWith("//")) return "/";
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return "/";
    }
    if (decoded === current) break;
    current = decoded;
  }
  const url = new URL(value, BASE);
  if (url.origin !== BASE) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

/** next-auth's redirect callback: a URL on `baseUrl`'s origin that is safe, or `baseUrl`'s root. */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const origin = new URL(baseUrl).origin;
  if (url.startsWith("/")) return `${origin}${safeCallbackPath(url)}`;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return `${origin}/`;
  }
  if (target.origin !== origin) return `${origin}/`;
  return `${origin}${safeCallbackPath(`${target.pathname}${target.search}${target.hash}`)}`;
}
