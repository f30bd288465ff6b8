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

/**
 * Reads the records the broker's JSON-lines exporter appends (scripts/zeebe/exporter), from the
 * file's end at construction time on: Zeebe has no query API, so this is how the adapter learns of
 * timers, message subscriptions, incidents and instance completion.
 */
export class RecordTail {
  #offset: number | null = null;
  #partial = '';

  constructor(private readonly file: string) {}

  /** Skip everything written so far (records of earlier runs on the same broker). */
  async skipExisting(): Promise<void> {
    this.#offset = (await stat(this.file).catch(() => ({ size: 0 }))).size;
  }

  /** Records appended since the last read. */
  async read(): Promise<BrokerRecord[]> {
    if (this.#offset === null) await this.skipExisting();
    const handle = await open(this.file, 'r');
    try {
      const { size } = await handle.stat();
      const from = this.#offset ?? 0;
      if (size <= from) return [];
      const buffer = Buffer.alloc(size - from);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, from);
      this.#offset = from + bytesRead;
      const text = this.#partial + buffer.subarray(0, bytesRead).toString('utf8');
      const lines = text.split('\n');
      this.#partial = lines.pop() ?? '';
      return lines.filter((l) => l.length > 0).map((l) => JSON.parse(l) as BrokerRecord);
    } finally {
      await handle.close();
    }
  }
}
