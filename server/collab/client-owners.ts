// Every Yjs item carries the client id of the document it was written in. Bound to the first
// person who wrote with it in a draft, that id says, forever after (through compaction, revisions
// and restores), who inserted each word; so nobody may write under an id bound to someone else —
// forging a delegation's client id would put words in its mouth. Honest browsers never do: each
// tab writes under its own random id, and the server relays others' changes, never them.
import type { Database } from "../db/client";
import type { CollabUser } from "./collab-connection";
import { delegationOf } from "../../lib/auth/delegation";

export const CLIENT_ID_REASON = "a client id belongs to the person who first wrote with it";

export class ClientOwners {
  /** Client id → the person bound to it, as far as this room has read or bound. */
  private readonly owners = new Map<number, string>();
  private loaded: Promise<void> | null = null;

  constructor(
    private readonly db: Database,
    private readonly documentId: string,
  ) {}

  /**
   * Whether `user` writes under ids all bound to them (true) or one bound to someone else
   * (false), from what the room knows; null when an id is new to it and `claim` must ask. The
   * per-update path: a tab writes under one id, known after its first change.
   */
  known(user: Pick<CollabUser, "id">, clients: readonly number[]): boolean | null {
    if (this.loaded === null) return null;
    let all = true;
    for (const client of clients) {
      const owner = this.owners.get(client);
      if (owner === undefined) all = false;
      else if (owner !== user.id) return false;
    }
    return all ? true : null;
  }

  /**
   * Whether `user` may write under every id of `clients`: ids nobody holds yet are bound to them
   * (durably, before their update is stored). Queries only for ids the room has not seen.
   */
  async claim(user: Pick<CollabUser, "id" | "role" | "memberStateCode">, clients: Iterable<number>): Promise<boolean> {
    await (this.loaded ??= this.load());
    const unknown = [...clients].filter((client) => !this.owners.has(client));
    if (unknown.length > 0) await this.bind(user, unknown);
    for (const client of clients) if (this.owners.get(client) !== user.id) return false;
    return true;
  }

  private async load(): Promise<void> {
    const rows = await this.db.documentClient.findMany({
      where: { documentId: this.documentId },
      select: { clientId: true, userId: true },
    });
    for (const row of rows) this.owners.set(Number(row.clientId), row.userId);
  }

  private async bind(user: Pick<CollabUser, "id" | "role" | "memberStateCode">, clients: number[]): Promise<void> {
    await this.db.documentClient.createMany({
      data: clients.map((client) => ({
        documentId: this.documentId,
        clientId: BigInt(client),
        userId: user.id,
        delegation: delegationOf(user) ?? user.role,
      })),
      skipDuplicates: true, // another process, or another connection, bound it first
    });
    const rows = await this.db.documentClient.findMany({
      where: { documentId: this.documentId, clientId: { in: clients.map(BigInt) } },
      select: { clientId: true, userId: true },
    });
    for (const row of rows) this.owners.set(Number(row.clientId), row.userId);
  }
}
