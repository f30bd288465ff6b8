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
import { auditDocs } from '../runtime/store/mongo/audit-collections.js';
import { passwordHistoryDocs, sessionDocs } from '../runtime/store/mongo/credential-collections.js';
import {
  caseDocs,
  caseUnitDocs,
  definitionDocs,
  eventDocs,
  processDocs,
  ratingDocs,
  taskDocs,
} from '../runtime/store/mongo/case-collections.js';
import {
  enterpriseDocs,
  orgUnitDocs,
  pairingDocs,
  skillDocs,
  userDocs,
} from '../runtime/store/mongo/directory-collections.js';
import type { DocCodec } from '../runtime/store/mongo/document-codec.js';
import {
  cursorDocs,
  instanceDocs,
  jobDocs,
  messageDocs,
  outboxDocs,
  subscriptionDocs,
  timerDocs,
} from '../runtime/store/mongo/engine-collections.js';
import { indicatorDocs } from '../runtime/store/mongo/indicator-collections.js';
import { holidayArrangementDocs } from '../runtime/store/mongo/holiday-arrangement-collections.js';
import { MongoStore } from '../runtime/store/mongo/mongo-store.js';
import type { RecordImporter } from '../runtime/store/mongo/record-import.js';
import {
  attachmentDocs,
  supervisionDocs,
  visitDocs,
} from '../runtime/store/mongo/supervision-collections.js';
import { attachmentsTable, caseUnitsTable } from '../runtime/store/sql/attachment-tables.js';
import { auditTable } from '../runtime/store/sql/audit-tables.js';
import { passwordHistoryTable, sessionsTable } from '../runtime/store/sql/credential-tables.js';
import {
  casesTable,
  definitionsTable,
  eventsTable,
  processesTable,
  ratingsTable,
  tasksTable,
} from '../runtime/store/sql/case-tables.js';
import {
  enterprisesTable,
  orgUnitsTable,
  pairingsTable,
  usersTable,
} from '../runtime/store/sql/directory-tables.js';
import {
  cursorsTable,
  instancesTable,
  jobsTable,
  messagesTable,
  outboxTable,
  subscriptionsTable,
  timersTable,
} from '../runtime/store/sql/engine-tables.js';
import { indicatorsTable } from '../runtime/store/sql/indicator-tables.js';
import { holidayArrangementsTable } from '../runtime/store/sql/holiday-arrangement-tables.js';
import { sqlite, type SqlRow, type TableCodec } from '../runtime/store/sqlite/row-codec.js';
import { supervisionOrdersTable } from '../runtime/store/sql/supervision-tables.js';
import { visitsTable } from '../runtime/store/sql/visit-tables.js';

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
const copy = <R>(table: TableCodec<R>, docs: DocCodec<R>, seq?: string): Copier => ({
  collection: docs.collection,
  run: (db, importer) => copyTable(db, importer, { table, docs, seq }),
});

const tables: Copier[] = [
  copy(definitionsTable, definitionDocs),
  copy(processesTable, processDocs),
  copy(orgUnitsTable, orgUnitDocs),
  copy(usersTable, userDocs),
  copy(sessionsTable, sessionDocs),
  copy(passwordHistoryTable, passwordHistoryDocs),
  copy(enterprisesTable, enterpriseDocs),
  copy(pairingsTable, pairingDocs),
  copy(casesTable, caseDocs),
  copy(tasksTable, taskDocs),
  copy(eventsTable, eventDocs, 'rowid'),
  copy(ratingsTable, ratingDocs),
  copy(caseUnitsTable, caseUnitDocs),
  copy(attachmentsTable, attachmentDocs),
  copy(supervisionOrdersTable, supervisionDocs),
  copy(visitsTable, visitDocs),
  copy(auditTable, auditDocs, 'seq'),
  copy(indicatorsTable, indicatorDocs),
  copy(holidayArrangementsTable, holidayArrangementDocs),
  copy(instancesTable, instanceDocs),
  copy(timersTable, timerDocs),
  copy(jobsTable, jobDocs),
  copy(subscriptionsTable, subscriptionDocs),
  copy(messagesTable, messageDocs),
  copy(outboxTable, outboxDocs),
  copy(cursorsTable, cursorDocs),
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
    counts[skillDocs.collection] = await copySkills(db, importer);
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
    skillDocs,
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
