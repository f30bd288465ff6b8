import assert from 'node:assert/strict';
import type { TestServer } from './test-server.js';

export interface StreamEvent {
  id?: string;
  event?: string;
  data?: Record<string, unknown>;
  comment?: string;
}

/** Reads a text/event-stream response block by block (real HTTP, node fetch streaming). */
export class EventStream {
  readonly seen: StreamEvent[] = [];
  #buffer = '';
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #decoder = new TextDecoder();

  constructor(
    readonly response: Response,
    private readonly abort: AbortController,
  ) {
    assert.ok(response.body);
    this.#reader = response.body.getReader();
  }

  static async open(t: TestServer, token: string, lastEventId?: string): Promise<EventStream> {
    const abort = new AbortController();
    const res = await fetch(`${t.url}/api/v1/events/stream`, {
      headers: { authorization: `Bearer ${token}`, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
      signal: abort.signal,
    });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/event-stream/);
    const stream = new EventStream(res, abort);
    await stream.until((e) => e.comment === 'connected');
    return stream;
  }

  /** Reads until an event matches (returning it); null when the server ends the stream first. */
  async until(match: (e: StreamEvent) => boolean): Promise<StreamEvent | null> {
    for (;;) {
      const block = this.#buffer.indexOf('\n\n');
      if (block >= 0) {
        const text = this.#buffer.slice(0, block);
        this.#buffer = this.#buffer.slice(block + 2);
        const event = parse(text);
        this.seen.push(event);
        if (match(event)) return event;
        continue;
      }
      const { done, value } = await this.#reader.read();
      if (done) return null;
      this.#buffer += this.#decoder.decode(value, { stream: true });
    }
  }

  tasksSeen(): { type: string; caseId: string; groups: string[] }[] {
    return this.seen
      .filter((e) => e.event?.startsWith('task.'))
      .map((e) => ({
        type: e.event ?? '',
        caseId: String(e.data?.caseId),
        groups: (e.data?.task as { candidateGroups: string[] }).candidateGroups,
      }));
  }

  close(): void {
    this.abort.abort();
  }
}

function parse(block: string): StreamEvent {
  const event: StreamEvent = {};
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) event.comment = line.slice(1).trim();
    else if (line.startsWith('id: ')) event.id = line.slice(4);
    else if (line.startsWith('event: ')) event.event = line.slice(7);
    else if (line.startsWith('data: ')) event.data = JSON.parse(line.slice(6)) as Record<string, unknown>;
  }
  return event;
}
