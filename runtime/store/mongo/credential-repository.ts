import type { Db } from 'mongodb';
import type { PasswordHistoryRecord, SessionRecord } from '../records.js';
import type { CredentialRepository } from '../store.js';
import { passwordHistoryDocs, sessionDocs } from './credential-collections.js';
import { Query } from './query.js';

export class MongoCredentialRepository implements CredentialRepository {
  private readonly sessions: Query<SessionRecord>;
  private readonly histories: Query<PasswordHistoryRecord>;

  constructor(db: Db) {
    this.sessions = new Query(db, sessionDocs);
    this.histories = new Query(db, passwordHistoryDocs);
  }

  session(sid: string): Promise<SessionRecord | null> {
    return this.sessions.one({ _id: sid });
  }

  passwordHistory(userId: string): Promise<PasswordHistoryRecord | null> {
    return this.histories.one({ _id: userId });
  }
}
