/**
 * A year of two jurisdictions written straight in SQL — 20,000 cases with handling units, timelines
 * (3 events each, some reopened and urged), ratings, tasks (open only on open cases), instances and
 * timers; 40,000 jobs (1% pending), 80,000 outbox entries (0.5% pending), 50,000 audit entries — the
 * KPI facts kept by their triggers, then ANALYZEd, so the planner chooses as on a production database.
 */
export const planSeedSql = `
INSERT INTO cases (id, jurisdiction, definition_version, process_id, instance_key, status, channel,
  title, enterprise_id, submitted_by, request_class, tier, deadline_at, deadline_working_days,
  sla_paused_at, answered_at, data, created_at, updated_at, closed_at, outcome)
SELECT 'c' || i, CASE WHEN i % 2 = 0 THEN 'hz' ELSE 'bj' END, 1, 'p', 'inst' || i,
  CASE WHEN i % 20 = 0 THEN 'refused' WHEN i % 4 = 0 THEN 'open' ELSE 'closed' END,
  'web', 'title ' || i, 'ent' || (i % 500), 'user' || (i % 700), 'class' || (i % 5), 'district',
  created + interval '10 days', 5, NULL,
  CASE WHEN i % 4 <> 0 AND i % 20 <> 0
    THEN created + CASE WHEN i % 10 = 1 THEN interval '12 days' ELSE interval '3 days' END END,
  '{"a":1}', created, created,
  CASE WHEN i % 4 <> 0 AND i % 20 <> 0 THEN created + interval '13 days' END, NULL
FROM (SELECT i, timestamptz '2025-01-01' + i * interval '52 minutes' AS created
      FROM generate_series(1, 20000) i) s;

INSERT INTO case_units SELECT id, jurisdiction, 'ou' || (substr(id, 2)::int % 12) FROM cases;

INSERT INTO case_events (id, case_id, jurisdiction, at, actor, type, data)
SELECT 'e' || c.id || '-' || t.type, c.id, c.jurisdiction, c.created_at + t.off, 'u', t.type, '{}'
FROM cases c CROSS JOIN (VALUES ('submitted', interval '0'), ('accepted', interval '1 hour'),
  ('answered', interval '3 days')) t(type, off);
INSERT INTO case_events (id, case_id, jurisdiction, at, actor, type, data)
SELECT 'e' || id || '-reopened', id, jurisdiction, created_at + interval '14 days', 'u', 'reopened', '{}'
FROM cases WHERE substr(id, 2)::int % 50 = 3;
INSERT INTO case_events (id, case_id, jurisdiction, at, actor, type, data)
SELECT 'e' || id || '-urged', id, jurisdiction, created_at + interval '11 days', 'u', 'urged', '{}'
FROM cases WHERE substr(id, 2)::int % 30 = 4;

INSERT INTO ratings
SELECT 'r' || id, id, jurisdiction,
  CASE WHEN substr(id, 2)::int % 9 = 0 THEN 'unsatisfied' ELSE 'satisfied' END,
  '{}', NULL, false, created_at + interval '14 days', 'u', 0
FROM cases WHERE status = 'closed' AND substr(id, 2)::int % 3 <> 0;

INSERT INTO tasks (id, case_id, jurisdiction, instance_key, element_id, name, form_key,
  candidate_groups, assignee, status, created_at, due_at, completed_at, completed_by, result)
SELECT 't' || c.id || '-' || n, c.id, c.jurisdiction, c.instance_key, 'Task' || n, 'task', NULL,
  jsonb_build_array('group' || ((substr(c.id, 2)::int + n) % 10)),
  CASE WHEN n = 2 THEN 'user' || (substr(c.id, 2)::int % 40) END,
  CASE WHEN c.status = 'open' AND n = 2 THEN 'open' ELSE 'completed' END,
  c.created_at + n * interval '1 hour', c.created_at + interval '5 days', NULL, NULL, NULL
FROM cases c CROSS JOIN generate_series(1, 2) n;

INSERT INTO engine_instances
SELECT 'inst' || substr(id, 2), 'proc', id, CASE WHEN status = 'open' THEN 'active' ELSE 'completed' END,
  NULL, '{}', 1, updated_at
FROM cases;
INSERT INTO timers SELECT instance_key, 'timer', 'Timer', deadline_at FROM cases WHERE status = 'open';
INSERT INTO jobs
SELECT 'j' || i, 'inst' || i, 'c' || i, 'notify', 'Task', 3,
  CASE WHEN i % 100 = 0 THEN 'pending' ELSE 'completed' END, '{}', '{}',
  timestamptz '2025-01-01' + i * interval '26 minutes', NULL, timestamptz '2025-01-01' + i * interval '26 minutes'
FROM generate_series(1, 40000) i;
INSERT INTO outbox
SELECT 'o' || i, CASE WHEN i % 3 = 0 THEN 'zeebe.command' ELSE 'case.updated' END, '{}',
  timestamptz '2025-01-01' + i * interval '13 minutes',
  CASE WHEN i % 200 <> 0 THEN timestamptz '2025-01-01' + i * interval '13 minutes' END
FROM generate_series(1, 80000) i;

INSERT INTO audit_log (id, at, jurisdiction, actor_id, actor_name, action, method, path, target,
  status, request_id, before_json, after_json)
SELECT 'a' || i, timestamptz '2025-01-01' + i * interval '5 minutes',
  CASE WHEN i % 2 = 0 THEN 'hz' ELSE 'bj' END, 'user' || (i % 50), 'n', 'GET /x', 'GET', '/x', NULL,
  200, NULL, NULL, NULL
FROM generate_series(1, 50000) i;

ANALYZE;
`;
