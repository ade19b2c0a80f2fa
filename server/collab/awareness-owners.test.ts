import { describe, expect, it } from "vitest";
import { AwarenessOwners, MAX_AWARENESS_CLIENTS_PER_CONNECTION } from "./awareness-owners";
import { ProtocolError } from "./protocol";

const connection = (userId: string) => ({ user: { id: userId }, awarenessClients: new Set<number>() });
const set = (clientId: number) => ({ clientId, newer: true, removal: false });

describe("AwarenessOwners", () => {
  it("gives a client id to the first connection that sets it, and drops everyone else's entries for it", () => {
    const owners = new AwarenessOwners();
    const kz = connection("kz");
    const observer = connection("observer");
    expect(owners.mayWrite(kz, set(1))).toBe(true);
    expect(owners.mayWrite(observer, set(1))).toBe(false);
    expect(owners.mayWrite(observer, { clientId: 1, newer: true, removal: true })).toBe(false);
    expect(owners.mayWrite(kz, { clientId: 1, newer: false, removal: true })).toBe(true);
    expect(observer.awarenessClients.size).toBe(0);
  });

  it("drops echoes and removals of ids nobody claimed, without claiming them", () => {
    const owners = new AwarenessOwners();
    const ru = connection("ru");
    expect(owners.mayWrite(ru, { clientId: 2, newer: true, removal: true })).toBe(false);
    expect(owners.mayWrite(ru, { clientId: 3, newer: false, removal: false })).toBe(false);
    expect(ru.awarenessClients.size).toBe(0);
  });

  it("keeps an id with its person after they leave: they take it back, nobody else can", () => {
    const owners = new AwarenessOwners();
    const before = connection("kz");
    owners.mayWrite(before, set(1));
    expect(owners.release(before)).toEqual([1]);
    expect(owners.mayWrite(connection("observer"), set(1))).toBe(false);
    const after = connection("kz");
    expect(owners.mayWrite(after, set(1))).toBe(true);
  });

  it("moves an id to the same person's newer connection, so the old one's departure leaves it", () => {
    const owners = new AwarenessOwners();
    const old = connection("kz");
    const reconnected = connection("kz");
    owners.mayWrite(old, set(1));
    expect(owners.mayWrite(reconnected, set(1))).toBe(true);
    expect(owners.release(old)).toEqual([]);
  });

  it("refuses a connection that claims more ids than a browser has", () => {
    const owners = new AwarenessOwners();
    const greedy = connection("observer");
    for (let id = 0; id < MAX_AWARENESS_CLIENTS_PER_CONNECTION; id += 1) owners.mayWrite(greedy, set(id));
    expect(() => owners.mayWrite(greedy, set(99))).toThrow(ProtocolError);
  });
});
