// Copies every record of the embedded SQLite store into a MongoStore (MongoDB or FerretDB v1).
// Re-runnable: each record replaces the document with its id, derived fields are recomputed.
//
//   MONGO_URL=mongodb://127.0.0.1:27017/ npx tsx scripts/export-sqlite-to-mongo.ts ./data [--db name]
//
// The argument is the data folder (its platform.db is read) or a .db file. The SQLite file is opened
// read-only through better-sqlite3 (run it while the platform is stopped, or accept a snapshot
// of the moment: WAL readers see one consistent state).
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as audit from '../runtime/store/mongo/audit-collections.js';
import * as cases from '../runtime/store/mongo/case-collections.js';
import * as credentials from '../runtime/store/mongo/credential-collections.js';
import * as directory from '../runtime/store/mongo/directory-collections.js';
import type { DocCodec, TableDocCodec } from '../runtime/store/mongo/document-codec.js';
import * as engine from '../runtime/store/mongo/engine-collections.js';
import { holidayArrangementDocs } from '../runtime/store/mongo/holiday-arrangement-collections.js';
import { indicatorDocs } from '../runtime/store/mongo/indicator-collections.js';
import { MongoStore } from '../runtime/store/mongo/mongo-store.js';
import type { RecordImporter } from '../runtime/store/mongo/record-import.js';
import * as supervision from '../runtime/store/mongo/supervision-collections.js';
import { sqlite, type SqlRow, type TableCodec } from '../runtime/store/sqlite/row-codec.js';

const batchSize = 1000;

/** Per table: how it is read from SQLite and which collection it goes to (`seq`: the append order). */
interface TableCopy<R> {
  table: TableCodec<R>;
  docs: DocCodec<R>;
  /** SQL expression of the append order, kept as `_seq`. */
  seq?: string;
}
interface Copier {
  collection: string;
  run(db: Database.Database, importer: RecordImporter): Promise<number>;
}
/** A collection and the SQLite table its fields come from (`docsFor`). */
const copy = <R>(docs: TableDocCodec<R>, seq?: string): Copier => ({
  collection: docs.collection,
  run: (db, importer) => copyTable(db, importer, { table: docs.table, docs, seq }),
});

const tables: Copier[] = [
  copy(cases.definitionDocs),
  copy(cases.processDocs),
  copy(directory.orgUnitDocs),
  copy(directory.userDocs),
  copy(credentials.sessionDocs),
  copy(credentials.passwordHistoryDocs),
  copy(directory.enterpriseDocs),
  copy(directory.pairingDocs),
  copy(cases.caseDocs),
  copy(cases.taskDocs),
  copy(cases.eventDocs, 'rowid'),
  copy(cases.ratingDocs),
  copy(cases.caseUnitDocs),
  copy(supervision.attachmentDocs),
  copy(supervision.supervisionDocs),
  copy(supervision.visitDocs),
  copy(audit.auditDocs, 'seq'),
  copy(indicatorDocs),
  copy(holidayArrangementDocs),
  copy(engine.instanceDocs),
  copy(engine.timerDocs),
  copy(engine.jobDocs),
  copy(engine.subscriptionDocs),
  copy(engine.messageDocs),
  copy(engine.outboxDocs),
  copy(engine.cursorDocs),
];

/** Copies every table (and the users' skills) into the store; returns the record count per collection. */
export async function exportSqliteToMongo(
  sqliteFile: string,
  store: MongoStore,
): Promise<Record<string, number>> {
  const db = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  const importer = store.importer();
  const counts: Record<string, number> = {};
  try {
    for (const entry of tables) counts[entry.collection] = await entry.run(db, importer);
    counts[directory.skillDocs.collection] = await copySkills(db, importer);
    await importer.rebuildDerived();
  } finally {
    db.close();
  }
  return counts;
}

async function copyTable<R>(
  db: Database.Database,
  importer: RecordImporter,
  entry: TableCopy<R>,
): Promise<number> {
  const seq = entry.seq ? `, ${entry.seq} AS "__seq"` : '';
  const order = entry.seq ? ` ORDER BY ${entry.seq}` : '';
  const rows = db
    .prepare<[], SqlRow>(`SELECT ${entry.table.selectList}${seq} FROM ${entry.table.table}${order}`)
    .iterate();
  let batch: { record: R; seq: number }[] = [];
  let count = 0;
  const flush = async () => {
    const seqOf = new Map(batch.map((b) => [b.record, b.seq]));
    await importer.put(
      entry.docs,
      batch.map((b) => b.record),
      entry.seq ? (record) => ({ _seq: seqOf.get(record) }) : undefined,
    );
    count += batch.length;
    batch = [];
  };
  for (const row of rows) {
    batch.push({ record: entry.table.decode(row, sqlite), seq: Number(row['__seq'] ?? 0) });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return count;
}

async function copySkills(db: Database.Database, importer: RecordImporter): Promise<number> {
  const rows = db.prepare<[], { userId: string; skill: string }>(
    'SELECT user_id AS userId, skill FROM user_skills ORDER BY user_id, skill',
  );
  const byUser = new Map<string, string[]>();
  for (const row of rows.iterate()) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.skill]);
  await importer.put(
    directory.skillDocs,
    [...byUser].map(([userId, skills]) => ({ userId, skills })),
  );
  return byUser.size;
}

async function main(): Promise<void> {
  const [source, ...rest] = process.argv.slice(2);
  const url = process.env['MONGO_URL'];
  if (!source || !url) {
    console.error(
      'usage: MONGO_URL=mongodb://host:port/ tsx scripts/export-sqlite-to-mongo.ts <data-dir|file.db> [--db name]',
    );
    process.exit(2);
  }
  const file = fs.statSync(source).isDirectory() ? path.join(source, 'platform.db') : source;
  const dbIndex = rest.indexOf('--db');
  const store = await MongoStore.open({ url, dbName: dbIndex >= 0 ? rest[dbIndex + 1] : undefined });
  try {
    const counts = await exportSqliteToMongo(file, store);
    for (const [collection, n] of Object.entries(counts)) console.log(`${collection}: ${n}`);
  } finally {
    await store.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
