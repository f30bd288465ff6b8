/**
 * 办理记录: the one constructor of a case timeline entry. Every entry's id is derived from its case,
 * its type and the key that makes this occurrence unique (the job, the record it is about, the
 * change and the time it was made…), so a step that is replayed writes the entry once, whichever
 * module records it.
 */
import { stableId } from '../common/ids.js';
import type { JsonObject } from '../common/json.js';
import type { Mutation } from '../store/mutations.js';
import type { CaseEventRecord } from '../store/records.js';

export interface TimelineEntry {
  /** The case, by id and jurisdiction (a CaseRecord will do). */
  case: { id: string; jurisdiction: string };
  at: string;
  /** The acting user's id, or `system` for the platform's own steps. */
  actor: string;
  type: string;
  data: JsonObject;
  /** What makes this occurrence unique within its case and type; empty when the type occurs once. */
  key: readonly string[];
}

export function timelineRecord(entry: TimelineEntry): CaseEventRecord {
  return {
    id: stableId('evt', entry.case.id, entry.type, ...entry.key),
    caseId: entry.case.id,
    jurisdiction: entry.case.jurisdiction,
    at: entry.at,
    actor: entry.actor,
    type: entry.type,
    data: entry.data,
  };
}

/** The store mutation that appends the entry. */
export function timelineEvent(entry: TimelineEntry): Extract<Mutation, { kind: 'event.append' }> {
  return { kind: 'event.append', record: timelineRecord(entry) };
}
