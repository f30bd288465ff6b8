import {
  anyObject,
  arrayOf,
  everyFieldOf,
  integer,
  nullableString,
  objectOf,
  orNull,
  string,
  strings,
} from './common.js';

/** Responses of the 送政策 routes: 政策告知书 with the policy title and enterprise name beside the ids. */
const policyNotice = {
  id: string,
  jurisdiction: string,
  policyId: string,
  policyTitle: nullableString,
  enterpriseId: string,
  enterpriseName: nullableString,
  officerIds: strings,
  pushedBy: string,
  pushedAt: string,
  deliveredAt: nullableString,
  deliveredBy: nullableString,
  deliveryWay: nullableString,
  acknowledgedBy: nullableString,
  readAt: nullableString,
  readBy: nullableString,
} as const;

export const policyNoticeSchema = everyFieldOf(policyNotice);

/** POST …/policies/:policyId/push: how many enterprises qualified, notices created, enterprises unpaired. */
export const pushResultSchema = objectOf(['policyId', 'matched', 'created', 'unpaired'], {
  policyId: string,
  matched: integer,
  created: integer,
  unpaired: strings,
});

/** 每月政策收集: one month's recorded collection, with the recorder's name and the policies' titles. */
const policyCollection = {
  id: string,
  jurisdiction: string,
  month: string,
  group: string,
  recordedBy: string,
  recordedByName: nullableString,
  recordedAt: string,
  policyIds: strings,
  policyTitles: strings,
  note: string,
} as const;

/** One month's duty: done, open (this month) or missed, and its record when done. */
export const policyCollectionMonthSchema = everyFieldOf({
  month: string,
  dueOn: string,
  status: { type: 'string', enum: ['done', 'open', 'missed'] },
  record: orNull(everyFieldOf(policyCollection)),
} as const);

/** GET …/policy-collections: the year's months, newest first, the collecting group and the clause. */
export const policyCollectionYearSchema = everyFieldOf({
  jurisdiction: string,
  year: string,
  group: string,
  groupName: string,
  source: anyObject,
  months: arrayOf(policyCollectionMonthSchema),
} as const);
