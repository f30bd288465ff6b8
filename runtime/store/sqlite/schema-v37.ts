/**
 * Version 37: the 台账's unit, rating and combined filters from `case_kpi` at a million cases.
 * `case_kpi` (migrations 9, 26) gains the case's request class, channel and tier, so every ledger
 * filter but the case number and the enterprise is a column of that one narrow row per case, and
 * three covering indexes answer a filtered count and a newest-first page on index entries alone:
 * - `case_kpi_by_unit`: one handling unit's cases (承办单位, a handler's own 台账) with any other filter —
 *   no probe of `cases` / `ratings` per case of the unit (own unit + 不满意 p95 130 ms at 1M cases);
 * - `case_kpi_by_level`: one rating level's cases (不满意件) with any other filter;
 * - `case_kpi_by_combination`: class + channel + tier + status, all equal — a seek, also when nothing
 *   matches (it read a 250,000-entry range of `cases_by_class` before: 164 ms).
 * The triggers that write the row on a case insert or update now carry the three columns (tier
 * changes when a case is escalated); the other triggers are unchanged. Existing rows are back-filled.
 */
import { everReopened, latestRating, unitOf } from './schema-v9.js';
import { firstResponse } from './schema-v26.js';

const filters = [
  'status',
  'level',
  'org_unit_id',
  'request_class',
  'channel',
  'tier',
  'deadline_at',
  'answer_at',
];
/** Led by one filter column, then creation order, then every other filter and the case id. */
const covering = (lead: string) =>
  `(jurisdiction, ${lead}, created_at, ${filters.filter((f) => f !== lead).join(', ')}, case_id)`;

export const schemaV37 = `
ALTER TABLE case_kpi ADD COLUMN request_class TEXT;
ALTER TABLE case_kpi ADD COLUMN channel TEXT;
ALTER TABLE case_kpi ADD COLUMN tier TEXT;
UPDATE case_kpi SET request_class = c.request_class, channel = c.channel, tier = c.tier
FROM cases c WHERE c.id = case_kpi.case_id;

DROP TRIGGER case_kpi_on_case_insert;
CREATE TRIGGER case_kpi_on_case_insert AFTER INSERT ON cases BEGIN
  INSERT OR REPLACE INTO case_kpi (case_id, jurisdiction, created_at, status, deadline_at, answer_at,
    org_unit_id, level, reopened, responded_at, request_class, channel, tier)
  VALUES (NEW.id, NEW.jurisdiction, NEW.created_at, NEW.status, NEW.deadline_at,
    COALESCE(NEW.answered_at, NEW.closed_at), ${unitOf('NEW.id')}, ${latestRating('NEW.id')},
    ${everReopened('NEW.id')}, ${firstResponse('NEW.id')}, NEW.request_class, NEW.channel, NEW.tier);
END;
DROP TRIGGER case_kpi_on_case_update;
CREATE TRIGGER case_kpi_on_case_update AFTER UPDATE OF jurisdiction, created_at, status, deadline_at,
  answered_at, closed_at, request_class, channel, tier ON cases BEGIN
  UPDATE case_kpi SET jurisdiction = NEW.jurisdiction, created_at = NEW.created_at, status = NEW.status,
    deadline_at = NEW.deadline_at, answer_at = COALESCE(NEW.answered_at, NEW.closed_at),
    request_class = NEW.request_class, channel = NEW.channel, tier = NEW.tier
  WHERE case_id = NEW.id;
END;

CREATE INDEX case_kpi_by_unit ON case_kpi ${covering('org_unit_id')};
CREATE INDEX case_kpi_by_level ON case_kpi ${covering('level')};
CREATE INDEX case_kpi_by_combination ON case_kpi
  (jurisdiction, request_class, channel, tier, status, created_at, case_id);
`;
