import { collectionSchema, Mixed } from './mongo-schema.js';
import { journalCollection } from './write-journal.js';

/** The write journal (see write-journal.ts): entries exist only between commit point and apply. */
export const journalSchemas = {
  [journalCollection]: collectionSchema(journalCollection, { at: String, ops: [Mixed] }, []),
};
