// The Store conformance suite and what is particular to PostgresStore, on a real PostgreSQL server
// (scripts/ci/postgres-conformance.sh starts one). Runs only when PG_URL is set. The suite runs in
// one schema of its own, emptied before every test; every schema is dropped at the end.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { createPlatformFromEnv } from '../../runtime/bootstrap/select-platform.js';
import { aCase } from '../../runtime/store/conformance/case-fixtures.js';
import { anEnterprise } from '../../runtime/store/conformance/directory-fixtures.js';
import { describeStoreConformance } from '../../runtime/store/conformance/store-conformance.js';
import { appliedVersions, migrate, migrations } from '../../runtime/store/postgres/migrations.js';
import { openPool } from '../../runtime/store/postgres/pool.js';
import { PostgresStore } from '../../runtime/store/postgres/postgres-store.js';
import { dropSchema, emptySchema, freshSchema } from './postgres-schemas.js';

const url = process.env['PG_URL'];
const skip = url ? false : 'PG_URL is not set (see scripts/ci/postgres-conformance.sh)';

if (url) {
  const schema = freshSchema('conformance');
  after(() => dropSchema(url, schema));
  describeStoreConformance('postgres', async () => {
    const store = await PostgresStore.open({ url, schema, maxConnections: 4 });
    await emptySchema(url, schema);
    return { store, cleanup: () => store.close() };
  });
}

void describe('PostgresStore', { skip }, () => {
  const schemas: string[] = [];
  const schemaForTest = () => {
    schemas.push(freshSchema('store'));
    return schemas.at(-1)!;
  };
  after(async () => {
    for (const schema of schemas) await dropSchema(url!, schema);
  });

  void it('applies every migration once; reopening applies none and keeps the ledger', async () => {
    // given a new schema opened, closed and opened again
    const schema = schemaForTest();
    await (await PostgresStore.open({ url: url!, schema })).close();
    await (await PostgresStore.open({ url: url!, schema })).close();
    // then each migration is recorded exactly once and re-running migrate is a no-op
    const pool = openPool({ url: url!, schema, maxConnections: 1 });
    assert.deepEqual(
      await appliedVersions(pool),
      migrations.map((m) => m.version),
    );
    assert.deepEqual(await migrate(pool), []);
    await pool.end();
  });

  void it('rolls back a failing migration entirely and keeps the ones before it', async () => {
    // given a ledger where migration 2 fails half-way
    const schema = schemaForTest();
    await (await PostgresStore.open({ url: url!, schema })).close();
    const pool = openPool({ url: url!, schema, maxConnections: 1 });
    const list = [
      { version: 101, name: 'one', sql: 'CREATE TABLE one (x integer)' },
      { version: 102, name: 'two', sql: 'CREATE TABLE two (x integer); CREATE TABLE one (y integer)' },
    ];
    // when migrating, then it throws, version 101 stays and table `two` was not created
    await assert.rejects(migrate(pool, list));
    assert.deepEqual((await appliedVersions(pool)).slice(-1), [101]);
    assert.equal((await pool.query("SELECT to_regclass('two') AS t")).rows[0]?.t, null);
    await pool.end();
  });

  void it('refuses to change or delete audit entries, even by hand-written SQL', async () => {
    const schema = schemaForTest();
    const store = await PostgresStore.open({ url: url!, schema });
    const entry = {
      id: 'aud-1',
      at: aCase().createdAt,
      jurisdiction: 'hz',
      actorId: 'user-1',
      actorName: '管理员',
      action: 'auth.login',
      method: 'POST',
      path: '/api/v1/auth/login',
      target: null,
      status: 200,
      requestId: null,
      before: null,
      after: null,
    };
    await store.transact([{ kind: 'audit.append', record: entry }]);
    const pool = openPool({ url: url!, schema, maxConnections: 1 });
    for (const statement of [
      'UPDATE audit_log SET status = 500',
      'DELETE FROM audit_log',
      'TRUNCATE audit_log',
    ])
      await assert.rejects(pool.query(statement), /append-only/);
    assert.deepEqual((await store.audit.list({})).items, [entry]);
    await pool.end();
    await store.close();
  });

  void it('answers 400-class invalid_value for text PostgreSQL cannot store (NUL) and writes nothing', async () => {
    const store = await PostgresStore.open({ url: url!, schema: schemaForTest() });
    await assert.rejects(store.transact([{ kind: 'case.insert', record: aCase({ title: 'a\u0000b' }) }]), {
      name: 'InputError',
      code: 'invalid_value',
    });
    assert.equal(await store.cases.get('case-1'), null);
    await store.close();
  });

  void it('sorts names by code point like the other adapters, even in a database collating by pinyin', async (t) => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const version = Number((await admin.query('SHOW server_version_num')).rows[0]?.server_version_num);
    if (version < 150000) {
      await admin.end();
      return t.skip('a database with an ICU default collation needs PostgreSQL 15');
    }
    // given a database whose default collation is Chinese (ICU zh: 丙 bing, 甲 jia, 乙 yi)
    const name = `zh_collation_${process.pid}`;
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(
      `CREATE DATABASE ${name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'zh-Hans-CN' LOCALE 'C.UTF-8'`,
    );
    const zhUrl = new URL(url!);
    zhUrl.pathname = `/${name}`;
    try {
      const store = await PostgresStore.open({ url: zhUrl.toString() });
      try {
        await store.transact(
          ['甲机械', '乙软件', '丙机械'].map((n, i) => ({
            kind: 'enterprise.upsert' as const,
            record: anEnterprise({ id: `e-${i}`, name: n, creditCode: `code-${i}` }),
          })),
        );
        // then the list comes in code-point order, as SQLite and MongoDB give it
        const page = await store.directory.enterpriseList({ jurisdiction: 'hz' });
        assert.deepEqual(
          page.items.map((e) => e.name),
          ['丙机械', '乙软件', '甲机械'],
        );
      } finally {
        await store.close();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    }
  });

  void it('is what STORE=postgres with PG_URL and PG_SCHEMA assembles the platform on', async () => {
    // given the platform assembled from the environment on a fresh schema
    const schema = schemaForTest();
    const dataDir = mkdtempSync(join(tmpdir(), 'pg-platform-'));
    const env = { STORE: 'postgres', PG_URL: url, PG_SCHEMA: schema };
    const platform = await createPlatformFromEnv(dataDir, env);
    // when it writes a case
    await platform.store.transact([{ kind: 'case.insert', record: aCase() }]);
    await platform.close();
    // then the case is in that PostgreSQL schema
    const store = await PostgresStore.open({ url: url!, schema });
    assert.deepEqual(await store.cases.get('case-1'), aCase());
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
    await assert.rejects(createPlatformFromEnv(dataDir, { STORE: 'postgres' }), /needs PG_URL/);
  });
});
