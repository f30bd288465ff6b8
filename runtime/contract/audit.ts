/** The audit log's entries as GET /audit answers them (append-only: who changed what, when). */
const nullable = { type: ['string', 'null'] } as const;
const state = { type: ['object', 'array', 'string', 'number', 'boolean', 'null'] } as const;

export const auditEntrySchema = {
  type: 'object',
  required: ['id', 'at', 'jurisdiction', 'actorId', 'action', 'method', 'path', 'status'],
  properties: {
    id: { type: 'string' },
    at: { type: 'string' },
    jurisdiction: nullable,
    actorId: nullable,
    actorName: nullable,
    action: { type: 'string' },
    method: { type: 'string' },
    path: { type: 'string' },
    target: nullable,
    status: { type: 'integer' },
    requestId: nullable,
    before: state,
    after: state,
  },
} as const;
