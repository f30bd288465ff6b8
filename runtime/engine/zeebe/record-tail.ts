import { open, stat } from 'node:fs/promises';

/** One event record as the JSON-lines exporter writes it (`Record#toJson()`), keys as numbers. */
export interface BrokerRecord {
  key: number;
  position: number;
  timestamp: number;
  valueType: string;
  intent: string;
  value: Record<string, unknown>;
}

/** One read takes at most this much (a catch-up after downtime reads in rounds). */
const maxReadBytes = 16 * 1024 * 1024;

/**
 * Reads the records the broker's JSON-lines exporter appends (scripts/zeebe/exporter), from a
 * position on: Zeebe has no query API, so this is how the adapter learns of user tasks, timers,
 * message subscriptions, incidents and instance completion. `position` is the byte offset after the
 * last whole line read; the adapter stores it with what it read and resumes there (`seek`).
 */
export class RecordTail {
  #offset: number | null = null;

  constructor(private readonly file: string) {}

  /** Skip everything written so far (records of earlier runs on the same broker). */
  async skipExisting(): Promise<void> {
    this.#offset = await this.#size();
  }

  /**
   * Resume at a stored position. A file shorter than that was replaced (a fresh broker): it is read
   * from the start. Returns whether the position was kept.
   */
  async seek(position: number): Promise<boolean> {
    const kept = (await this.#size()) >= position;
    this.#offset = kept ? position : 0;
    return kept;
  }

  /** Byte offset just after the last whole record read. */
  get position(): number {
    return this.#offset ?? 0;
  }

  async #size(): Promise<number> {
    return (await stat(this.file).catch(() => ({ size: 0 }))).size;
  }

  /** Records appended since the last read (whole lines only: a line being written waits). */
  async read(): Promise<BrokerRecord[]> {
    if (this.#offset === null) await this.skipExisting();
    const handle = await open(this.file, 'r');
    try {
      const { size } = await handle.stat();
      const from = this.#offset ?? 0;
      if (size <= from) return [];
      const buffer = Buffer.alloc(Math.min(size - from, maxReadBytes));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, from);
      // Cut at the last newline byte: a multi-byte character never contains 0x0a.
      const end = buffer.subarray(0, bytesRead).lastIndexOf(0x0a) + 1;
      if (end === 0 && bytesRead === maxReadBytes)
        throw new Error(`a broker record at byte ${from} is longer than ${maxReadBytes} bytes`);
      this.#offset = from + end;
      return buffer
        .subarray(0, end)
        .toString('utf8')
        .split('\n')
        .filter((l) => l.length > 0)
        .map((l) => JSON.parse(l) as BrokerRecord);
    } finally {
      await handle.close();
    }
  }
}
