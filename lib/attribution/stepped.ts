/**
 * A value built by a generator, either a step at a time (the content script's warm steps, lib/attribution/warm.ts)
 * or all at once on first use; the steps already taken count either way.
 */
export class Stepped<T> {
  private value: T | undefined;
  private built = false;
  private run: Generator<void, T> | null = null;

  constructor(private readonly make: () => Generator<void, T>) {}

  get done(): boolean {
    return this.built;
  }

  /** Takes one step (none once built); true when the value is built. */
  step(): boolean {
    if (!this.built) {
      this.run ??= this.make();
      const r = this.run.next();
      if (r.done) this.finish(r.value);
    }
    return this.built;
  }

  /** The value, built now from wherever the steps stopped. */
  get(): T {
    if (!this.built) {
      this.run ??= this.make();
      let r = this.run.next();
      while (!r.done) r = this.run.next();
      this.finish(r.value);
    }
    return this.value as T;
  }

  private finish(value: T): void {
    this.value = value;
    this.built = true;
    this.run = null;
  }
}
