// How many sockets may be between "upgrade received" and "in a room" (or closed) at once, in all
// and per client address. Until a connection is in a room it costs a descriptor and memory and
// gives nothing; without a cap, one client could open them until the process ran out of
// descriptors and nobody could sign in. Beyond the cap the upgrade is answered 503.
export interface AdmissionLimits {
  /** Sockets not yet admitted, all clients together. */
  total: number;
  /** Sockets not yet admitted from one address (a whole delegation may share one behind NAT). */
  perAddress: number;
  /** A socket not in a room by then is closed (1013, try again later). */
  timeoutMs: number;
}

export const DEFAULT_ADMISSION_LIMITS: AdmissionLimits = { total: 512, perAddress: 64, timeoutMs: 15_000 };

export class AdmissionLimit {
  private total = 0;
  private readonly byAddress = new Map<string, number>();

  constructor(private readonly limits: Pick<AdmissionLimits, "total" | "perAddress">) {}

  /** A seat for one socket from `address`, or null when full. Releasing twice is harmless. */
  enter(address: string): (() => void) | null {
    const fromAddress = this.byAddress.get(address) ?? 0;
    if (this.total >= this.limits.total || fromAddress >= this.limits.perAddress) return null;
    this.total += 1;
    this.byAddress.set(address, fromAddress + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total -= 1;
      const left = (this.byAddress.get(address) ?? 1) - 1;
      if (left > 0) this.byAddress.set(address, left);
      else this.byAddress.delete(address);
    };
  }
}
