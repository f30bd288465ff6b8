import pg from 'pg';

let counter = 0;

/** A schema name no other test (or test process) uses: `<prefix>_<pid>_<n>`. */
export function freshSchema(prefix: string): string {
  return `${prefix}_${process.pid}_${++counter}`;
}

/** Drops a test's schema with everything in it. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
