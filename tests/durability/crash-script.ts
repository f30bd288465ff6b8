/** The scripted life of two cases that the kill -9 test replays, crashing at every commit. */
export type Command =
  | { op: 'submit'; key: string; at: string; matterType: string }
  | { op: 'complete'; key: string; element: string; at: string; data: Record<string, string> }
  | { op: 'advance'; to: string }
  | { op: 'rate'; key: string; at: string; level: string };

const submit = (key: string, at: string): Command => ({ op: 'submit', key, at, matterType: 'operation' });
const complete = (key: string, element: string, at: string, data: Record<string, string>): Command => ({
  op: 'complete',
  key,
  element,
  at,
  data,
});

export const crashScript: Command[] = [
  submit('A', '2026-03-13T01:00:00.000Z'),
  complete('A', 'review', '2026-03-13T02:00:00.000Z', { decision: 'accept', requestClass: 'professional' }),
  submit('B', '2026-03-13T03:00:00.000Z'),
  complete('B', 'review', '2026-03-13T04:00:00.000Z', { decision: 'refuse', refusalReason: 'out-of-scope' }),
  { op: 'advance', to: '2026-03-26T02:00:00.000Z' },
  complete('A', 'coordinate', '2026-03-26T03:00:00.000Z', { answer: '已协调解决', resolution: 'solved' }),
  { op: 'rate', key: 'A', at: '2026-03-26T04:00:00.000Z', level: 'fair' },
];
