import { NationalCalendar } from '../calendar/index.js';
import { CalendarService } from '../cases/calendar-service.js';
import { CaseService } from '../cases/case-service.js';
import { DeadlineFollow } from '../cases/deadline-follow.js';
import { LocalCalendar } from '../cases/local-calendar.js';
import { IncidentService } from '../cases/incident-service.js';
import { MechanismCatalog } from '../cases/mechanism-catalog.js';
import { MigrationService } from '../cases/migration-service.js';
import type { TaskProjector } from '../cases/task-projector.js';
import { ExtensionService } from '../cases/extension-service.js';
import { TaskService } from '../cases/task-service.js';
import { SupervisionService } from '../cases/supervision-service.js';
import { PolicyCollectionService } from '../cases/policy-collection-service.js';
import { PolicyNoticeService } from '../cases/policy-notice-service.js';
import { VisitService } from '../cases/visit-service.js';
import type { Clock } from '../common/clock.js';
import { DirectoryService } from '../directory/directory-service.js';
import { DefinitionPublisher } from '../definitions/definition-publisher.js';
import type { Engine } from '../engine/engine.js';
import { PlatformEvents } from '../events/platform-events.js';
import type { Store } from '../store/store.js';
import { createWorkers } from '../workers/index.js';

/** Everything above the ports, wired to one Store and one Engine. Knows no adapter. */
export interface Platform {
  store: Store;
  engine: Engine;
  clock: Clock;
  catalog: MechanismCatalog;
  cases: CaseService;
  /** Working tasks: claim, complete, return, extension, urge, reassign, comment. */
  tasks: TaskService;
  /** 延期申请 and the dispatcher's 延期审批. */
  extensions: ExtensionService;
  supervision: SupervisionService;
  visits: VisitService;
  /** 名录: org units, staff, enterprises and pairings, validated before any write. */
  directory: DirectoryService;
  /** 送政策 / 政策告知书: policies pushed to enterprises, deliveries and read receipts. */
  policyNotices: PolicyNoticeService;
  /** 每月政策收集: each month's collection of enterprise-service policies, recorded once. */
  policyCollections: PolicyCollectionService;
  /** Engine incidents waiting for an admin, and their retry. */
  incidents: IncidentService;
  /** Open cases moved from one published version to another (dry run, then execute). */
  migrations: MigrationService;
  publisher: DefinitionPublisher;
  /** The national working-day calendar the platform owns (节假日管理), and its provisional status. */
  calendar: CalendarService;
  /** Jurisdictions' own calendar days, published as mechanism versions; open cases follow. */
  localCalendar: LocalCalendar;
  /** Committed task and timeline changes, for live inboxes (publish via `publishingStore`). */
  events: PlatformEvents;
  close(): Promise<void>;
}

export function assemblePlatform(
  store: Store,
  engine: Engine,
  clock: Clock,
  projector: TaskProjector,
  events: PlatformEvents = new PlatformEvents(),
): Platform {
  const national = new NationalCalendar();
  // the catalog waits for the saved arrangements (calendar, built below) before it compiles a calendar
  const catalog: MechanismCatalog = new MechanismCatalog(store, national, (): Promise<void> =>
    calendar.loaded(),
  );
  const follow = new DeadlineFollow({ store, engine, clock, catalog });
  const calendar: CalendarService = new CalendarService({ store, clock, national, catalog, follow });
  const localCalendar: LocalCalendar = new LocalCalendar({
    store,
    catalog,
    follow,
    publisher: () => publisher,
  });
  const publisher = new DefinitionPublisher(store, engine, clock, (previous, record) =>
    localCalendar.published(previous, record),
  );
  void calendar.loaded().catch(() => undefined); // start loading now; a failure is retried on use
  for (const worker of createWorkers({ clock, catalog, cases: store.cases, directory: store.directory }))
    engine.registerWorker(worker);
  return {
    store,
    engine,
    clock,
    catalog,
    cases: new CaseService({ store, engine, clock, catalog, projector }),
    tasks: new TaskService({ store, engine, clock, catalog }),
    extensions: new ExtensionService({ store, clock, catalog }),
    supervision: new SupervisionService({ store, engine, clock, catalog }),
    visits: new VisitService({ store, clock, catalog }),
    directory: new DirectoryService(store),
    policyNotices: new PolicyNoticeService({ store, clock, catalog }),
    policyCollections: new PolicyCollectionService({ store, clock, catalog }),
    incidents: new IncidentService({ store, engine, clock }),
    migrations: new MigrationService({ store, engine, clock }),
    publisher,
    calendar,
    localCalendar,
    events,
    async close() {
      events.close();
      await engine.close();
      await store.close();
    },
  };
}
