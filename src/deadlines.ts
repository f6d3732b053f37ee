/**
 * The deadlines of a client's calls, watched by one timer. Arming a timer per attempt costs ~12 µs on
 * Node (the timer list is created and torn down every call); here the timer is re-armed only when a new
 * deadline comes before the armed one, so back-to-back calls share it. Where the platform can unref a
 * timer (Node), a timer left armed after the last call never holds the process open; elsewhere it is
 * cleared once no call is waiting.
 */

/** A deadline being watched: `expire` runs once it passes. */
export interface Deadline {
  at: number;
  expire: () => void;
}

type Timer = ReturnType<typeof setTimeout> & { unref?: () => unknown };

export class Deadlines {
  readonly #pending = new Set<Deadline>();
  #timer: Timer | undefined;
  #armedAt = Infinity;
  #unrefable = false;

  /** Watches a deadline `ms` from now. */
  add(ms: number, expire: () => void): Deadline {
    const deadline = { at: performance.now() + ms, expire };
    this.#pending.add(deadline);
    if (deadline.at < this.#armedAt) this.#arm(deadline.at);
    return deadline;
  }

  /** Stops watching `deadline` (its call ended). */
  remove(deadline: Deadline): void {
    this.#pending.delete(deadline);
    if (!this.#pending.size && !this.#unrefable) this.#arm(Infinity);
  }

  /** (Re)arms the timer for `at`, or disarms it for Infinity. */
  #arm(at: number): void {
    clearTimeout(this.#timer);
    this.#armedAt = at;
    if (at < Infinity) {
      this.#timer = setTimeout(() => this.#fire(), at - performance.now()) as Timer;
      this.#unrefable = !!this.#timer.unref?.();
    }
  }

  #fire(): void {
    const now = performance.now();
    let next = Infinity;
    for (const deadline of this.#pending) {
      if (deadline.at > now) next = Math.min(next, deadline.at);
      else {
        this.#pending.delete(deadline);
        deadline.expire();
      }
    }
    this.#arm(next);
  }
}
