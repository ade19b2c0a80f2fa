// A moment in the history, the same way on every revisions screen: "13 Sept 2026, 10:04 UTC".
// UTC, because delegations sit in capitals across eleven time zones and quote times to each other.
const format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function formatWhen(at: string): string {
  return `${format.format(new Date(at))} UTC`;
}

export function When({ at }: { at: string }) {
  return <time dateTime={at}>{formatWhen(at)}</time>;
}
