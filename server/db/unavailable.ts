// Tells "the database is not there or not answering" apart from every other database error, so
// that the edge can say 503 ("try again in a moment") rather than 500 ("something broke"). The
// same failure reaches us as a pg error, a Prisma driver-adapter error or a Prisma engine error;
// each carries its code somewhere along its chain of causes.

/** Socket errors of a connection that failed or broke. */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
]);
/**
 * PostgreSQL's own: connection exceptions (class 08), shutting down or starting up (57P01–57P03),
 * too many connections (53300), a statement cancelled by statement_timeout (57014).
 */
const POSTGRES_CODE = /^(08...|57P0[1-3]|53300|57014)$/;
/** Prisma: can't reach the server, timed out, connection closed, no connection from the pool in time. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** @prisma/adapter-pg's kinds for the same. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** pg's own errors carry no code, only these messages (connect and query timeouts, a dropped connection). */
const PG_MESSAGES =
  /connection terminated|timeout exceeded when trying to connect|^timeout expired$|query read timeout|connection timeout|statement timeout/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 6 || error === null || typeof error !== "object") return false;
  const fields = error as Record<string, unknown>;
  const codes = [fields.code, fields.originalCode, fields.errorCode].filter((code) => typeof code === "string");
  if (codes.some((code) => NETWORK_CODES.has(code) || POSTGRES_CODE.test(code) || PRISMA_CODES.has(code))) return true;
  if (typeof fields.kind === "string" && ADAPTER_KINDS.has(fields.kind)) return true;
  if (typeof fields.message === "string" && PG_MESSAGES.test(fields.message)) return true;
  if (Array.isArray(fields.errors) && fields.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1)))
    return true;
  const meta = fields.meta as Record<string, unknown> | undefined;
  return [fields.cause, meta?.driverAdapterError, meta?.cause, fields.originalError].some((inner) =>
    isDatabaseUnavailable(inner, depth + 1),
  );
}
