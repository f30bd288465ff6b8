import pg from 'pg';

let counter = 0;

/** A schema name no other test (or test process) uses: `<prefix>_<pid>_<n>`. */
export function freshSchema(prefix: string): string {
  return `${prefix}_${process.pid}_${++counter}`;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Drops a test's schema with everything in it. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  await withClient(url, (client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
}

/**
 * Empties every table of a migrated schema (keeping the migration ledger), so the next test sees a
 * fresh store without paying for the migrations again. The audit log refuses DELETE to the app; its
 * owner (the test) lifts that for the reset only. (DELETE: small tables empty faster than TRUNCATE.)
 */
export async function emptySchema(url: string, schema: string): Promise<void> {
  await withClient(url, async (client) => {
    const result = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = $1 AND tablename <> 'schema_migrations'",
      [schema],
    );
    const deletes = result.rows.map((row) => `DELETE FROM ${schema}.${row.tablename};`).join('\n');
    await client.query(`BEGIN;
      ALTER TABLE ${schema}.audit_log DISABLE TRIGGER audit_log_no_change;
      ${deletes}
      ALTER TABLE ${schema}.audit_log ENABLE TRIGGER audit_log_no_change;
      COMMIT;`);
  });
}
