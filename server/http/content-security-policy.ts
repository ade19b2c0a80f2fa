// The Content-Security-Policy of every answer. Pages get a fresh nonce per request: Next.js
// reads it from the request's policy and puts it on its own scripts, so only those run, and
// 'strict-dynamic' lets them load the rest. API answers are data, never a document.
//
// Styles allow 'unsafe-inline': the editor draws carets, presence and labels with style
// attributes, which a nonce cannot cover; an injected style cannot run code.

export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** A nonce of 128 random bits, base64 as CSP wants it. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

const HOST = /^[a-z0-9.-]+(:\d+)?$|^\[[0-9a-f:.]+\](:\d+)?$/i;

export interface PagePolicyOptions {
  nonce: string;
  /** The Host the browser used: the collaboration websocket is on the same host and port. */
  host: string | null;
  /** NEXTAUTH_URL and COLLAB_URL: where collaboration tickets send the browser. */
  publicUrl?: string;
  collabUrl?: string;
  /** Next's development mode needs eval for its error overlay. */
  dev: boolean;
}

/** connect-src: our origin (fetch, EventSource) and the websocket of the collaboration server. */
function connectSources(options: PagePolicyOptions): string {
  const sources = ["'self'"];
  if (options.host && HOST.test(options.host)) sources.push(`ws://${options.host}`, `wss://${options.host}`);
  for (const url of [options.publicUrl?.replace(/^http/, "ws"), options.collabUrl]) {
    if (!url) continue;
    const { protocol, host } = new URL(url);
    const source = `${protocol}//${host}`;
    if (!sources.includes(source)) sources.push(source);
  }
  return sources.join(" ");
}

export function pagePolicy(options: PagePolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connectSources(options)}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
