import {
  anyObject,
  arrayOf,
  boolean,
  integer,
  labelSchema,
  labelledSchema,
  nullableInteger,
  nullableString,
  objectOf,
  orNull,
  string,
  strings,
} from './common.js';

/** Requests and responses of the definition routes (机制定义: versions, authoring, migration). */

/** A published version (immutable), without its files. */
export const versionSummarySchema = objectOf(
  ['jurisdiction', 'version', 'hash', 'publishedAt', 'publishedBy', 'note', 'rollbackOf'],
  {
    jurisdiction: string,
    version: integer,
    hash: string,
    publishedAt: string,
    publishedBy: string,
    /** The publisher's display name (admins only); null for the definitions folder at start-up. */
    publishedByName: nullableString,
    /** 变更说明, null for versions published without one. */
    note: nullableString,
    /** Set on a rollback: the version published again. */
    rollbackOf: nullableInteger,
  },
);

const fileName = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9._-]+$' } as const;
const processFile = {
  ...objectOf(['name', 'xml'], { name: fileName, xml: { type: 'string', minLength: 1 } }),
  additionalProperties: false,
} as const;
const formFile = {
  ...objectOf(['key', 'schema'], { key: fileName, schema: anyObject, ui: anyObject }),
  additionalProperties: false,
} as const;

/** 变更说明: stored with the version (the studio always asks for one; scripts may omit it). */
export const noteSchema = { type: 'string', maxLength: 500 } as const;

/** POST …/definitions and …/validate: what is edited and published (mechanism, BPMN processes, forms). */
export const bundleBodySchema = {
  ...objectOf(['mechanism', 'processes', 'forms'], {
    note: noteSchema,
    /** Ignored: the path names the jurisdiction (a bundle read from GET can be sent back as is). */
    jurisdiction: string,
    mechanism: anyObject,
    processes: { type: 'array', maxItems: 100, items: processFile },
    forms: { type: 'array', maxItems: 200, items: formFile },
  }),
  additionalProperties: false,
} as const;

/** POST …/definitions/:version/republish. */
export const republishBodySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { note: noteSchema },
} as const;

/** GET …/forms/:key: a form of the current version (JSON Schema draft-07 plus UI hints). */
export const formResourceSchema = objectOf(['key', 'schema', 'ui'], {
  key: string,
  schema: anyObject,
  ui: anyObject,
});

/** GET …/definitions/current and …/:version: the version with its files. */
export const versionRecordSchema = objectOf([...versionSummarySchema.required, 'bundle'], {
  ...versionSummarySchema.properties,
  bundle: objectOf(['jurisdiction', 'mechanism', 'processes', 'forms'], {
    jurisdiction: string,
    mechanism: anyObject,
    processes: arrayOf(objectOf(['name', 'xml'], { name: string, xml: string })),
    forms: arrayOf(formResourceSchema),
  }),
});

/** POST …/definitions (publish) and …/republish: the version, `unchanged` when the bundle was the current one. */
export const publishResultSchema = objectOf([...versionSummarySchema.required, 'unchanged'], {
  ...versionSummarySchema.properties,
  unchanged: boolean,
});

/** One validation finding; `path` is `file#element/json/pointer`, as `defs:validate` prints it. */
export const definitionProblemSchema = objectOf(['path', 'reason', 'severity'], {
  path: string,
  file: string,
  elementId: string,
  reason: string,
  severity: { type: 'string', enum: ['error', 'warning'] },
});

export const validationSchema = objectOf(['valid', 'problems'], {
  valid: boolean,
  problems: arrayOf(definitionProblemSchema),
});

/** GET /definitions/authoring: the mechanism JSON Schema and the job types. */
export const authoringSchema = objectOf(['mechanismSchema', 'jobTypes'], {
  mechanismSchema: anyObject,
  jobTypes: strings,
});

/** GET /jurisdictions: those the user sees, with their current version. */
export const jurisdictionSchema = objectOf(['id', 'name', 'version', 'status'], {
  id: string,
  name: labelSchema,
  version: integer,
  /** 停用 (archived): read-only, no new cases, no new versions; restorable. */
  status: { type: 'string', enum: ['active', 'archived'] },
});

/** 新建辖区: a copy of `template` under a new id, names and policy document (published as version 1). */
export const newJurisdictionSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'template', 'name', 'policy'],
  properties: {
    id: { type: 'string', maxLength: 64 },
    template: { type: 'string', maxLength: 64 },
    name: objectOf(['zh', 'en'], {
      zh: { type: 'string', minLength: 2, maxLength: 60 },
      en: { type: 'string', minLength: 2, maxLength: 120 },
    }),
    policy: objectOf(['title', 'issuedOn'], {
      title: { type: 'string', minLength: 4, maxLength: 200 },
      issuedOn: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
      text: { type: 'string', maxLength: 500000 },
    }),
  },
} as const;

/** 停用 / 恢复 a jurisdiction: its new status. */
export const jurisdictionStatusSchema = objectOf(['id', 'status'], {
  id: string,
  status: { type: 'string', enum: ['active', 'archived'] },
});

const catalogueEntry = objectOf(['id', 'title'], {
  id: string,
  title: string,
  issuer: string,
  issuedOn: string,
  validUntil: string,
});

/** The parts of a mechanism (runtime/definitions/mechanism.ts) the studio reads. */
const mechanismView = objectOf(
  ['name', 'channels', 'requestClasses', 'groups', 'tiers', 'evaluation', 'intakeForm'],
  {
    name: labelSchema,
    channels: arrayOf(labelledSchema),
    requestClasses: arrayOf(
      objectOf(['id', 'label', 'workingDays', 'tier'], {
        id: string,
        label: labelSchema,
        /** null: no handling limit; `limitWording` says how the policy words the expected speed. */
        workingDays: nullableInteger,
        limitWording: string,
        tier: string,
      }),
    ),
    /** Candidate groups (who may pick up a task), named. */
    groups: arrayOf(labelledSchema),
    tiers: arrayOf(
      objectOf(['id', 'label', 'order', 'group'], {
        id: string,
        label: labelSchema,
        order: integer,
        group: string,
      }),
    ),
    evaluation: objectOf(['levels', 'stars'], {
      levels: arrayOf(
        objectOf(['id', 'label', 'standing', 'closesCase'], {
          id: string,
          label: labelSchema,
          standing: { type: 'string', enum: ['satisfied', 'neutral', 'unsatisfied'] },
          closesCase: boolean,
        }),
      ),
      stars: objectOf(['max', 'dimensions', 'required'], {
        max: integer,
        dimensions: arrayOf(labelledSchema),
        required: boolean,
      }),
      autoRating: orNull(
        objectOf(['afterWorkingDays', 'level'], { afterWorkingDays: integer, level: string }),
      ),
    }),
    intakeForm: string,
    refusalReasons: arrayOf(labelledSchema),
    services: {
      type: 'object',
      properties: {
        /** 政策清单: the catalogue policies. */
        policyMatching: orNull(objectOf(['policies'], { policies: arrayOf(catalogueEntry) })),
        /** 送政策 / 政策告知书: present when the mechanism pushes policies. */
        policyPush: orNull(objectOf([], { visitKind: nullableString })),
        /** 每月政策收集: present when the text asks the named group to collect policies monthly. */
        policyCollection: orNull(objectOf(['group'], { group: string })),
      },
    },
  },
);

/** GET …/definition: the jurisdiction's current published mechanism and its form keys. */
export const definitionSchema = objectOf(['jurisdiction', 'version', 'mechanism', 'forms'], {
  jurisdiction: string,
  version: integer,
  mechanism: mechanismView,
  forms: strings,
});
