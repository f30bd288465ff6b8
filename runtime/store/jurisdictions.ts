/**
 * A jurisdiction (辖区) as the platform administrator manages it beside its published versions:
 * whether it is archived (read-only: no new cases, no edits, nothing deleted) and the files of its
 * package that are not part of a published bundle — scenarios, README, the policy text and the
 * directory templates — by path inside `definitions/<id>/`. Folders loaded at start-up have a
 * record only once archived.
 */
export interface JurisdictionRecord {
  id: string;
  status: 'active' | 'archived';
  /** Package files beside the bundle, path (e.g. `scenarios/x.scenario.json`, `README.md`) → text. */
  files: Record<string, string>;
  /** The template it was created from (`copy:<id>`, `starter`, `import`), null for a folder. */
  createdFrom: string | null;
  changedAt: string;
  changedBy: string;
}

/** Jurisdiction records (written with mutation `jurisdiction.save`). */
export interface JurisdictionRepository {
  get(id: string): Promise<JurisdictionRecord | null>;
  /** Every record, by id. */
  list(): Promise<JurisdictionRecord[]>;
}
