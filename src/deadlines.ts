/**
 * The deadlines of a client's attempts, watched by one timer, each with the abort signal its attempt is
 * sent with. Back-to-back attempts share one deadline and its signal, when it falls between their own limit
 * and 1/16 later, for at most {@link MAX_SHARERS} attempts: so an attempt is abandoned between `timeoutMs`
 * and 17/16 of it. Attempts with a caller's signal get a deadline of their own, since the caller aborts
 * them alone.
 *
 * Why not a signal and a timer per attempt, the plain way: measured, they cost more than the rest of the
 * SDK's own work on a call (BENCHMARKS.md, "Deadlines": on Bun the per-call ratio goes from ~1.37 to ~1.8).
 *
 * Where the platform can unref a timer (Node), a timer left armed after the last call never holds the
 * process open; elsewhere it is cleared once no attempt is waiting.
 */

/**
 * Attempts that may share one deadline and signal. A `fetch` may leave a listener on the signal until
 * its request is collected (undici does), and Node warns of a leak past ten listeners on one signal.
 */
const MAX_SHARERS = 10;

/** A deadline being watched, and the attempts waiting on it. */
export interface Deadline {
  /** When it passes, on `performance.now()`'s clock. */
  readonly at: number;
  /**
   * Aborted when the deadline passes while an attempt waits on it (that attempt timed out); for an
   * attempt alone on its deadline, also when its caller aborts.
   */
  readonly controller: AbortController;
  /** Attempts that joined and have not left. */
  waiting: number;
  /** Attempts that ever joined. */
  joined: number;
}

type Timer = ReturnType<typeof setTimeout> & { unref?: () => unknown };

export class Deadlines {
  readonly #watched = new Set<Deadline>();
  /** The deadline the next attempt may share. */
  #shared: Deadline | undefined;
  #timer: Timer | undefined;
  #armedAt = Infinity;
  #unrefable = false;

  /** The deadline of an attempt that may take `ms` (and up to 1/16 more), shared unless `alone`. */
  join(ms: number, alone: boolean): Deadline {
    const earliest = performance.now() + ms;
    let deadline = this.#shared;
    if (alone || !deadline || deadline.joined >= MAX_SHARERS || deadline.at < earliest || deadline.at > earliest + ms / 16) {
      // The shared deadline this one replaces is dropped when its last attempt leaves, or now when none is
      // left: kept until it passed, one per ten calls would pile up for a whole timeout under load.
      if (!alone && deadline && !deadline.waiting) this.#watched.delete(deadline);
      deadline = { at: earliest + ms / 16, controller: new AbortController(), waiting: 0, joined: 0 };
      if (!alone) this.#shared = deadline;
      this.#watched.add(deadline);
      if (deadline.at < this.#armedAt) this.#arm(deadline.at);
    }
    deadline.waiting++;
    deadline.joined++;
    return deadline;
  }

  /** Stops watching `deadline` for one attempt (it ended). */
  leave(deadline: Deadline): void {
    // Kept once nobody waits on it only to be shared, and only where its timer cannot hold the process open.
    if (--deadline.waiting || (deadline === this.#shared && this.#unrefable)) return;
    this.#watched.delete(deadline);
    if (deadline === this.#shared) this.#shared = undefined;
    if (!this.#watched.size) this.#arm(Infinity);
  }

  /** (Re)arms the timer for `at`, or disarms it for Infinity. */
  #arm(at: number): void {
    clearTimeout(this.#timer);
    this.#armedAt = at;
    if (at < Infinity) {
      // Never a negative delay (Node warns): the clock may pass `at` between the read that found it ahead and this one.
      this.#timer = setTimeout(() => this.#fire(), Math.max(0, at - performance.now())) as Timer;
      this.#unrefable = !!this.#timer.unref?.();
    }
  }

  #fire(): void {
    const now = performance.now();
    let next = Infinity;
    for (const deadline of this.#watched) {
      if (deadline.at > now) next = Math.min(next, deadline.at);
      else {
        this.#watched.delete(deadline);
        if (deadline.waiting) deadline.controller.abort();
      }
    }
    this.#arm(next);
  }
}
