import { everyFieldOf, integer, nullableString, objectOf, string, strings } from './common.js';

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
