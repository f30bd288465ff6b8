import type { UserRecord } from '../store/records.js';
import type { Audience, NoticeReads } from './notice.js';

/**
 * The user ids an audience names in a jurisdiction: named users as given, active staff of the
 * groups and roles; never `except` (who caused the step). Users are read once per jurisdiction.
 */
export class Recipients {
  #users = new Map<string, Promise<UserRecord[]>>();

  constructor(private readonly reads: Pick<NoticeReads, 'directory'>) {}

  async of(jurisdiction: string, audience: Audience, except: string): Promise<string[]> {
    const ids = new Set(audience.users ?? []);
    if (audience.groups?.length || audience.roles?.length) {
      for (const user of await this.#staff(jurisdiction))
        if (
          user.groups.some((g) => audience.groups?.includes(g)) ||
          user.roles.some((r) => audience.roles?.includes(r))
        )
          ids.add(user.id);
    }
    ids.delete(except);
    ids.delete('');
    return [...ids].sort();
  }

  #staff(jurisdiction: string): Promise<UserRecord[]> {
    let users = this.#users.get(jurisdiction);
    if (!users) {
      users = this.reads.directory
        .users(jurisdiction)
        .then((all) => all.filter((u) => !u.enterpriseId && !u.disabledAt));
      this.#users.set(jurisdiction, users);
    }
    return users;
  }
}
