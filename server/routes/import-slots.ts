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

  async run<T>(jurisdiction: string, work: () => Promise<T>): Promise<T> {
    if (this.#busy.has(jurisdiction))
      throw new TooManyRequestsError(
        'an import of this jurisdiction is still running',
        this.retryAfterSeconds,
        'import_busy',
      );
    if (this.#busy.size >= this.total)
      throw new TooManyRequestsError(
        'the server is busy with other imports',
        this.retryAfterSeconds,
        'import_busy',
      );
    this.#busy.add(jurisdiction);
    try {
      return await work();
    } finally {
      this.#busy.delete(jurisdiction);
    }
  }
}
