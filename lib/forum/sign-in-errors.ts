// How the server tells the sign-in form that it must wait, through next-auth's error string.
export const THROTTLED_PREFIX = "Throttled:";

export function throttledError(retryAfterSeconds: number): string {
  return `${THROTTLED_PREFIX}${retryAfterSeconds}`;
}

/** Seconds to wait, or null when the error is not about throttling. */
export function retryAfterSeconds(error: string): number | null {
  if (!error.startsWith(THROTTLED_PREFIX)) return null;
  return Math.max(1, Number(error.slice(THROTTLED_PREFIX.length)) || 1);
}
