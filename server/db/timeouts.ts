/**
 * How long a PostgreSQL that does not answer may hold a request. Without limits a hung server
 * holds every request (and every pooled connection) for as long as the operating system's TCP
 * timeouts, minutes. The statement limit is far above anything Concord runs (compaction and
 * revisions take milliseconds; exports render in Node, not in SQL); a statement that needs
 * longer sets its own with `SET LOCAL statement_timeout` inside its transaction.
 */
export const DATABASE_TIMEOUTS = {
  /** Opening a connection: TCP, TLS and authentication. */
  connectMs: 5_000,
  /** PostgreSQL cancels a statement running longer (its own error, 57014). */
  statementMs: 15_000,
  /** We stop waiting for an answer a little after that, for a server that cannot even cancel. */
  queryMs: 20_000,
};
