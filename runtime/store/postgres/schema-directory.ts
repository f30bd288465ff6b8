/**
 * Migration 3: the directory — org units, users (unique username), enterprises (unique credit code
 * per jurisdiction; tags GIN-indexed for the tag filter), staff–enterprise pairings (结对) and staff
 * skills. Pairings are also indexed by enterprise and by staff member for the cascading deletes.
 */
export const schemaDirectory = `
CREATE TABLE org_units (
  id key_text PRIMARY KEY, jurisdiction key_text NOT NULL, parent_id key_text, name text NOT NULL,
  kind key_text NOT NULL
);
CREATE INDEX org_units_by_jurisdiction ON org_units (jurisdiction, id);

CREATE TABLE users (
  id key_text PRIMARY KEY, jurisdiction key_text, username key_text NOT NULL UNIQUE,
  display_name text NOT NULL, roles jsonb NOT NULL, group_names jsonb NOT NULL, org_unit_id key_text,
  enterprise_id key_text, password_hash text
);
CREATE INDEX users_by_jurisdiction ON users (jurisdiction, username);

CREATE TABLE enterprises (
  id key_text PRIMARY KEY, jurisdiction key_text NOT NULL, credit_code key_text NOT NULL,
  name key_text NOT NULL, scale key_text, industry key_text, area key_text, tags jsonb NOT NULL,
  UNIQUE (jurisdiction, credit_code)
);
CREATE INDEX enterprises_by_jurisdiction_name ON enterprises (jurisdiction, name, id);
CREATE INDEX enterprises_by_tag ON enterprises USING gin (tags);

CREATE TABLE pairings (
  jurisdiction key_text NOT NULL, staff_id key_text NOT NULL, enterprise_id key_text NOT NULL,
  PRIMARY KEY (jurisdiction, staff_id, enterprise_id)
);
CREATE INDEX pairings_by_enterprise ON pairings (jurisdiction, enterprise_id, staff_id);
CREATE INDEX pairings_by_enterprise_id ON pairings (enterprise_id);
CREATE INDEX pairings_by_staff_id ON pairings (staff_id);

CREATE TABLE user_skills (
  user_id key_text NOT NULL, skill key_text NOT NULL,
  PRIMARY KEY (user_id, skill)
);
`;
