// Cross-site request forgery stops here: a request that changes something must come from
// Concord's own pages. Browsers say where a request comes from (Origin on every POST, and
// Sec-Fetch-Site), and a page cannot forge either; a page on another port of the same host is
// another origin, though the same "site" for cookies. A request with neither header is not from
// a browser (a script, curl) and carries no cookie a browser added on its own, so it goes on to
// the session check like any other.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface OriginFacts {
  method: string;
  headers: Headers;
  /** The protocol the request reached us with, "http:" or "https:". */
  protocol: string;
}

export interface OriginRules {
  /** NEXTAUTH_URL: the app's public address. */
  publicUrl?: string;
  /** Behind our own proxy, X-Forwarded-Host and -Proto say how the browser addressed us. */
  trustProxy: boolean;
}

const first = (value: string | null) => value?.split(",")[0]?.trim() || null;

/** The origins a browser on Concord's own pages may send: the public URL's, and the one it used. */
export function ownOrigins(facts: OriginFacts, rules: OriginRules): Set<string> {
  const origins = new Set<string>();
  if (rules.publicUrl) origins.add(new URL(rules.publicUrl).origin);
  const host = (rules.trustProxy && first(facts.headers.get("x-forwarded-host"))) || facts.headers.get("host");
  const protocol = (rules.trustProxy && first(facts.headers.get("x-forwarded-proto"))) || facts.protocol;
  if (host) origins.add(`${protocol.replace(/:$/, "")}://${host}`.toLowerCase());
  return origins;
}

/** True when a state-changing request was sent by a page of another origin. */
export function isCrossOrigin(facts: OriginFacts, rules: OriginRules): boolean {
  if (SAFE_METHODS.has(facts.method.toUpperCase())) return false;
  const origin = facts.headers.get("origin");
  if (origin !== null) return !ownOrigins(facts, rules).has(origin.toLowerCase()); // "null" never matches
  const site = facts.headers.get("sec-fetch-site");
  if (site !== null) return site !== "same-origin" && site !== "none";
  return false;
}
