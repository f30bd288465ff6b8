import { describe } from 'node:test';
import { describeAttachmentConformance } from './attachment-conformance.js';
import { describeAuditConformance } from './audit-conformance.js';
import { describeCaseConformance } from './case-conformance.js';
import { describeCaseListConformance } from './case-list-conformance.js';
import { describeCoordinationConformance } from './coordination-conformance.js';
import { describeCredentialConformance } from './credential-conformance.js';
import { describeDefinitionConformance } from './definition-conformance.js';
import { describeDirectoryConformance } from './directory-conformance.js';
import { describeDirectoryQueryConformance } from './directory-query-conformance.js';
import { describeEventCountConformance } from './event-count-conformance.js';
import { describeExceptionFilterConformance } from './exception-filter-conformance.js';
import { describeIndicatorConformance } from './indicator-conformance.js';
import { describeHolidayArrangementConformance } from './holiday-arrangement-conformance.js';
import { describeJurisdictionConformance } from './jurisdiction-conformance.js';
import { describeInboxConformance } from './inbox-conformance.js';
import { describeInstanceConformance } from './instance-conformance.js';
import { describeKpiConformance } from './kpi-conformance.js';
import { describeLedgerConformance } from './ledger-conformance.js';
import { describeMessagingConformance } from './messaging-conformance.js';
import { describeRatingConformance } from './rating-conformance.js';
import { describeSchedulingConformance } from './scheduling-conformance.js';
import type { OpenStore } from './store-fixture.js';
import { describeSummaryConformance } from './summary-conformance.js';
import { describeSupervisionConformance } from './supervision-conformance.js';
import { describeTaskConformance } from './task-conformance.js';
import { describeTaskQueryConformance } from './task-query-conformance.js';
import { describeTransactionConformance } from './transaction-conformance.js';
import { describeVisitConformance } from './visit-conformance.js';
import { describePolicyCollectionConformance } from './policy-collection-conformance.js';
import { describePolicyNoticeConformance } from './policy-notice-conformance.js';
import { describeMessageConformance } from './message-conformance.js';

export type { OpenStore } from './store-fixture.js';

/**
 * The behaviour every `Store` adapter must show, written only against the port. Each test gets a
 * fresh, empty store from `open`; `cleanup` must close it and remove what it created.
 *
 * Usage (in the adapter's test file):
 *   describeStoreConformance('sqlite', async () => { ...; return { store, cleanup }; });
 */
export function describeStoreConformance(adapterName: string, open: OpenStore): void {
  void describe(`Store conformance: ${adapterName}`, () => {
    describeTransactionConformance(open);
    describeDefinitionConformance(open);
    describeCaseConformance(open);
    describeCaseListConformance(open);
    describeLedgerConformance(open);
    describeExceptionFilterConformance(open);
    describeRatingConformance(open);
    describeSupervisionConformance(open);
    describeVisitConformance(open);
    describePolicyNoticeConformance(open);
    describePolicyCollectionConformance(open);
    describeMessageConformance(open);
    describeIndicatorConformance(open);
    describeAuditConformance(open);
    describeTaskConformance(open);
    describeInboxConformance(open);
    describeInstanceConformance(open);
    describeSchedulingConformance(open);
    describeMessagingConformance(open);
    describeDirectoryConformance(open);
    describeSummaryConformance(open);
    describeEventCountConformance(open);
    describeDirectoryQueryConformance(open);
    describeTaskQueryConformance(open);
    describeAttachmentConformance(open);
    describeKpiConformance(open);
    describeCoordinationConformance(open);
    describeHolidayArrangementConformance(open);
    describeJurisdictionConformance(open);
    describeCredentialConformance(open);
  });
}
