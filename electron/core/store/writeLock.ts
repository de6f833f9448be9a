/**
 * One writer at a time. Mutators are async (the hub runs them over PostgreSQL), so a SQLite
 * transaction on the desk spans awaits; this lock keeps two writes from interleaving on the one
 * connection.
 */
export class WriteLock {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
