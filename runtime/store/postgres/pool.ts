import pg from 'pg';

const oid = { int8: 20, numeric: 1700, timestamptz: 1184 } as const;
const parseTimestamptz = pg.types.getTypeParser(oid.timestamptz) as (text: string) => Date;

/**
 * How query results come back: timestamptz as the port's ISO strings (`toISOString()`, UTC, ms),
 * COUNT/SUM results (int8, numeric) as numbers; everything else as node-postgres parses it.
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((id: number, format?: 'text' | 'binary') => {
    if (id === oid.timestamptz) return (text: string) => parseTimestamptz(text).toISOString();
    if (id === oid.int8 || id === oid.numeric) return Number;
    return pg.types.getTypeParser(id, format);
  }) as pg.CustomTypesConfig['getTypeParser'],
};

export interface PoolOptions {
  url: string;
  /** Validated identifier: the schema every unqualified table name resolves to. */
  schema: string;
  maxConnections: number;
}

/** A connection pool whose sessions see only `schema` and compute in UTC. */
export function openPool(options: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections,
    options: `-c search_path=${options.schema} -c TimeZone=UTC`,
    application_name: 'enterprise-requests',
    types,
  });
  // An idle connection the server closed (restart, failover): the pool drops it and the next
  // query opens a new one. Without a listener the error would end the process.
  pool.on('error', () => undefined);
  return pool;
}
