/**
 * The one adjustable clock of the local stack. It runs with real time from an offset that
 * `/_local/clock` moves; every local function, the Scheduler emulator, session and JWT expiry,
 * and the storefront signature window read it. With `stateFile` (`RMA_LOCAL_PERSIST=1`) the
 * offset survives a restart, so a kept database and its kept schedules still agree with it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export class LocalClock {
  private offsetMs = 0;

  constructor(private readonly stateFile?: string) {
    if (stateFile && existsSync(stateFile)) this.offsetMs = Number((JSON.parse(readFileSync(stateFile, 'utf8')) as { offsetMs: number }).offsetMs) || 0;
  }

  readonly now = (): Date => new Date(Date.now() + this.offsetMs);

  /** How far the local clock is from the system clock, in milliseconds. */
  offset(): number {
    return this.offsetMs;
  }

  set(instant: Date): Date {
    this.offsetMs = instant.getTime() - Date.now();
    if (this.stateFile) writeFileSync(this.stateFile, JSON.stringify({ offsetMs: this.offsetMs }));
    return this.now();
  }
}
