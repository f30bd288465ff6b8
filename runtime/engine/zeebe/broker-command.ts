import { randomUUID } from 'node:crypto';
import type { JsonObject, JsonValue } from '../../common/json.js';
import type { Mutation } from '../../store/mutations.js';
import type { OutboxRecord } from '../../store/records.js';

/** The outbox topic of commands sent to the broker whose store effects wait for the broker's answer. */
export const brokerCommandTopic = 'zeebe.command';

/**
 * A command to the broker whose outcome the store must follow: written to the outbox before it is
 * sent, resolved (outbox `delivered`) together with its effects once the broker has answered. After
 * a crash between the two, the record stream says whether the broker applied it:
 * - `start`: the instance was created (a PROCESS_INSTANCE_CREATION record with these variables) but
 *   the case was never accepted, so the broker's instance is cancelled;
 * - `completeJob`: the job COMPLETED record commits the effects (the task's completion, the
 *   worker's writes), exactly once;
 * - `publishMessage`: the MESSAGE PUBLISHED record with this message id commits the effects.
 * A command the stream never confirms was not applied: it is dropped (the caller was told it failed).
 */
export type BrokerCommand =
  | { command: 'start'; processId: string; variables: JsonObject }
  | { command: 'completeJob'; jobKey: string; variables: JsonObject }
  | {
      command: 'publishMessage';
      messageId: string;
      name: string;
      correlationKey: string;
      variables: JsonObject;
      ttlMs: number;
    };

export interface PendingCommand {
  id: string;
  request: BrokerCommand;
  effects: Mutation[];
  /** Wall-clock ms when it was written: a command still in flight is not judged unconfirmed. */
  sentAt: number;
}

export const commandId = () => `zbcmd_${randomUUID()}`;

export function newCommand(request: BrokerCommand, effects: Mutation[], id = commandId()): PendingCommand {
  return { id, request, effects, sentAt: Date.now() };
}

export function commandEntry(pending: PendingCommand, at: string): Mutation {
  const payload: JsonObject = {
    request: pending.request as unknown as JsonValue,
    effects: pending.effects as unknown as JsonValue,
    sentAt: pending.sentAt,
  };
  return {
    kind: 'outbox.add',
    record: { id: pending.id, topic: brokerCommandTopic, payload, createdAt: at, deliveredAt: null },
  };
}

export function commandResolved(pending: PendingCommand, at: string): Mutation {
  return { kind: 'outbox.delivered', id: pending.id, at };
}

export function commandFromEntry(entry: OutboxRecord): PendingCommand {
  const payload = entry.payload as unknown as {
    request: BrokerCommand;
    effects: Mutation[];
    sentAt: number;
  };
  return { id: entry.id, request: payload.request, effects: payload.effects, sentAt: payload.sentAt };
}

/** gRPC status codes after which the broker may or may not have applied the command. */
const ambiguousCodes = new Set([1, 2, 4, 13, 14]);

/**
 * True when a failed call leaves the command's fate open (cancelled, deadline exceeded, the gateway
 * unreachable mid-call, an internal error); false for a definite rejection (not found, invalid
 * state, invalid argument, back-pressure).
 */
export function outcomeUnknown(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code !== 'number' || ambiguousCodes.has(code);
}

/** Key-order-independent JSON, to recognise the variables a start command sent. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
