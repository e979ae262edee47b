/**
 * The one adjustable clock of the local stack. It runs with real time from an offset that
 * `/_local/clock` moves; every local function, the Scheduler emulator, session and JWT expiry,
 * and the storefront signature window read it.
 */
export class LocalClock {
  private offsetMs = 0;

  readonly now = (): Date => new Date(Date.now() + this.offsetMs);

  set(instant: Date): Date {
    this.offsetMs = instant.getTime() - Date.now();
    return this.now();
  }
}
