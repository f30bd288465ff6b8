import { TooManyRequestsError } from '../http/http-errors.js';

/**
 * Bounds concurrent file imports (platform default: one per jurisdiction, two in the whole process):
 * an import holds its slot from the upload to the answer, so three hostile files at once cannot
 * take the process's memory; a request beyond the bound answers 429 `import_busy` with Retry-After.
 */
export class ImportSlots {
  readonly #busy = new Set<string>();

  constructor(
    private readonly total = 2,
    private readonly retryAfterSeconds = 10,
  ) {}

  /** Runs `work` in the jurisdiction's slot; when none is free, awaits `refusing` (e.g. drop the upload), then 429. */
  async run<T>(jurisdiction: string, work: () => Promise<T>, refusing?: () => Promise<void>): Promise<T> {
    const busy = this.#busy.has(jurisdiction)
      ? 'an import of this jurisdiction is still running'
      : this.#busy.size >= this.total
        ? 'the server is busy with other imports'
        : null;
    if (busy) {
      await refusing?.();
      throw new TooManyRequestsError(busy, this.retryAfterSeconds, 'import_busy');
    }
    this.#busy.add(jurisdiction);
    try {
      return await work();
    } finally {
      this.#busy.delete(jurisdiction);
    }
  }
}
