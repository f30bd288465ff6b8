/** The scripted life of two cases that the kill -9 test replays, crashing at every commit. */
export type Command =
  | { op: 'submit'; key: string; at: string; matterType: string }
  | { op: 'complete'; key: string; element: string; at: string; data: Record<string, string> }
  | { op: 'advance'; to: string }
  | { op: 'rate'; key: string; at: string; level: string };

export const crashScript: Command[] = [
  { op: 'submit', key: 'A', at: '2026-03-13T01:00:00.000Z', matterType: 'operation' },
  {
    op: 'complete',
    key: 'A',
    element: 'review',
    at: '2026-03-13T02:00:00.000Z',
    data: { decision: 'accept', requestClass: 'professional' },
  },
  { op: 'submit', key: 'B', at: '2026-03-13T03:00:00.000Z', matterType: 'operation' },
  {
    op: 'complete',
    key: 'B',
    element: 'review',
    at: '2026-03-13T04:00:00.000Z',
    data: { decision: 'refuse', refusalReason: 'out-of-scope' },
  },
  { op: 'advance', to: '2026-03-26T02:00:00.000Z' },
  {
    op: 'complete',
    key: 'A',
    element: 'coordinate',
    at: '2026-03-26T03:00:00.000Z',
    data: { answer: '已协调解决', resolution: 'solved' },
  },
  { op: 'rate', key: 'A', at: '2026-03-26T04:00:00.000Z', level: 'fair' },
];
