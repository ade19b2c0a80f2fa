// Why the collaboration server closed a connection, shared by server and browser so that both
// speak of the same thing. y-websocket clients stop reconnecting on 4400–4499 ("reconnecting
// cannot fix this") and retry with backoff on everything else, 4500–4599 included.
export const CloseCode = {
  /** Standard "try again later": not in a room in time (a slow database, a busy server). */
  TryAgainLater: 1013,
  /** A frame that is not the y-websocket protocol: truncated, unknown type, garbage update. */
  MalformedMessage: 4400,
  /** No token, a forged one, or an expired one: fetch a fresh token and connect again. */
  Unauthenticated: 4401,
  /** The token is for another draft, or the role may not read this one. */
  Forbidden: 4403,
  /** There is no draft with this id. */
  UnknownDocument: 4404,
  /**
   * What this person may do here changed (a new role, a deactivated account, the draft closed or
   * reopened): fetch a fresh ticket, which says what they may do now, and connect again.
   */
  AccessChanged: 4409,
  /** The database did not take the change; nothing was broadcast. Reconnect and resend. */
  PersistFailed: 4500,
  /** The server is shutting down; another one (or this one, restarted) takes over. */
  ServerShutdown: 4503,
  /** The connection did not take what the server sent fast enough (megabytes waited for it). */
  TooSlow: 4508,
  /** Too many messages too fast; reconnect after a pause. */
  RateLimited: 4529,
} as const;

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

/** What the browser tells the person, by close code. */
export function describeClose(code: number): string | null {
  switch (code) {
    case CloseCode.Unauthenticated:
      return "Your access to this draft expired. Reconnecting…";
    case CloseCode.Forbidden:
      return "You may not open this draft.";
    case CloseCode.UnknownDocument:
      return "This draft does not exist any more.";
    case CloseCode.AccessChanged:
      return "Your access to this draft changed. Reconnecting…";
    case CloseCode.MalformedMessage:
      return "The connection sent something the server could not read. Reload the page.";
    case CloseCode.PersistFailed:
      return "The server could not save the last change. Reconnecting to send it again…";
    case CloseCode.ServerShutdown:
      return "The server is restarting. Reconnecting…";
    case CloseCode.TryAgainLater:
      return "The server is busy. Reconnecting…";
    case CloseCode.TooSlow:
      return "The connection could not keep up. Reconnecting…";
    case CloseCode.RateLimited:
      return "Too many changes at once. Reconnecting in a moment…";
    default:
      return null;
  }
}
