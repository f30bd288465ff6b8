import type { Mechanism } from '../definitions/mechanism.js';
import type { Mutation } from '../store/mutations.js';
import type { CaseRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { MechanismCatalog } from './mechanism-catalog.js';

/**
 * 案件编号 prefix: the mechanism's `caseNumberPrefix`, else the platform default — the initials of
 * the jurisdiction id's parts (`jiaxing-etdz` → `JE`), or the first four letters of a one-part id
 * (`huzhou` → `HUZH`), upper-cased.
 */
export function caseNumberPrefixOf(mechanism: Pick<Mechanism, 'id' | 'caseNumberPrefix'>): string {
  if (mechanism.caseNumberPrefix) return mechanism.caseNumberPrefix;
  const parts = mechanism.id.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const prefix = parts.length > 1 ? parts.map((part) => part[0]).join('') : (parts[0] ?? 'CASE').slice(0, 4);
  return prefix.toUpperCase().slice(0, 8).padEnd(2, 'X');
}

/** The mutation that numbers a case in the jurisdiction's local year of its filing (`createdAt`). */
export function numberCase(
  mechanism: Pick<Mechanism, 'id' | 'caseNumberPrefix' | 'calendar'>,
  kase: Pick<CaseRecord, 'id' | 'jurisdiction' | 'createdAt'>,
): Mutation {
  const local = new Date(Date.parse(kase.createdAt) + mechanism.calendar.utcOffsetMinutes * 60_000);
  return {
    kind: 'case.number',
    caseId: kase.id,
    jurisdiction: kase.jurisdiction,
    prefix: caseNumberPrefixOf(mechanism),
    year: local.getUTCFullYear(),
  };
}

/**
 * Numbers the cases filed before case numbers existed, oldest first, with the prefix of each
 * jurisdiction's current mechanism (run at start-up, before new cases arrive). Returns how many.
 */
export async function backfillCaseNumbers(
  store: Pick<Store, 'cases' | 'transact'>,
  catalog: MechanismCatalog,
  jurisdictions: readonly string[],
): Promise<number> {
  let numbered = 0;
  for (const jurisdiction of jurisdictions) {
    const { mechanism } = await catalog.current(jurisdiction);
    for (;;) {
      const page = await store.cases.list({ jurisdiction, unnumbered: true, order: 'oldest', limit: 500 });
      if (page.items.length === 0) break;
      await store.transact(page.items.map((kase) => numberCase(mechanism, kase)));
      numbered += page.items.length;
    }
  }
  return numbered;
}
