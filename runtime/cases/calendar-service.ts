import type { NationalCalendar } from '../calendar/index.js';
import {
  WorkingCalendar,
  defaultChinaCalendar,
  type HolidayArrangement,
  type YearSource,
  type YearStatus,
} from '../calendar/index.js';
import type { Problem } from '../calendar/arrangement-check.js';
import {
  readArrangement,
  readArrangementFile,
  type ArrangementInput,
} from '../calendar/arrangement-input.js';
import { calendarStatus, type CalendarStatus } from '../calendar/calendar-status.js';
import { calendarYearDays, changedDates, type CalendarYearDay } from '../calendar/calendar-year.js';
import { dayNumberOf } from '../calendar/local-day.js';
import type { Clock } from '../common/clock.js';
import { InputError } from '../common/errors.js';
import type { HolidayArrangementRecord } from '../store/holiday-arrangements.js';
import type { Store } from '../store/store.js';
import type { Actor } from './actor.js';
import type { DeadlineFollow } from './deadline-follow.js';
import type { MechanismCatalog } from './mechanism-catalog.js';

/** One year as the 节假日管理 screen shows it. */
export interface CalendarYear {
  year: number;
  status: YearStatus;
  source: YearSource;
  /** The saved version in force, null for a package or statutory year and for a preview. */
  version: number | null;
  days: CalendarYearDay[];
  arrangement:
    | (HolidayArrangement & Omit<HolidayArrangementRecord, 'year' | 'version' | keyof HolidayArrangement>)
    | null;
  history: Pick<HolidayArrangementRecord, 'version' | 'enteredAt' | 'enteredByName' | 'note'>[];
}

export interface CalendarPreview {
  calendar: CalendarYear;
  arrangement: HolidayArrangement;
  /** Dates whose working status the arrangement changes against the calendar in force. */
  changedDates: string[];
  warnings: Problem[];
}

export interface CalendarServiceDeps {
  store: Pick<Store, 'calendar' | 'transact'>;
  clock: Clock;
  national: NationalCalendar;
  catalog: MechanismCatalog;
  follow: DeadlineFollow;
}

/** Years the lunar tables and the law's rule sets cover. */
export const calendarYears = Object.freeze({ first: 1901, last: 2099 });

/**
 * The platform's national calendar: arrangements entered on the platform (loaded at start and after
 * every save), each year's view, previews of a notice or file, saving a new version (open cases
 * follow), and the provisional-year status.
 */
export class CalendarService {
  readonly national: NationalCalendar;
  #loading: Promise<void> | null = null;
  #saving: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: CalendarServiceDeps) {
    this.national = deps.national;
  }

  /** Resolves once the saved arrangements are in the national calendar (retried after a failure). */
  loaded(): Promise<void> {
    if (!this.#loading) {
      this.#loading = this.#load();
      this.#loading.catch(() => (this.#loading = null));
    }
    return this.#loading;
  }

  async year(year: number): Promise<CalendarYear> {
    assertYear(year);
    await this.loaded();
    const history = await this.deps.store.calendar.history(year);
    return view(year, this.national, new WorkingCalendar(defaultChinaCalendar, this.national), history);
  }

  /** The year as one jurisdiction counts it: its local days on top (source `local`). */
  async jurisdictionYear(jurisdiction: string, year: number): Promise<CalendarYear> {
    assertYear(year);
    await this.loaded();
    const { calendar } = await this.deps.catalog.current(jurisdiction);
    const history = await this.deps.store.calendar.history(year);
    return view(year, this.national, calendar, history);
  }

  async preview(year: number, input: ArrangementInput): Promise<CalendarPreview> {
    assertYear(year);
    await this.loaded();
    return this.#preview(year, readArrangement(year, input));
  }

  async previewFile(year: number, file: Buffer, fileName: string): Promise<CalendarPreview> {
    assertYear(year);
    await this.loaded();
    return this.#preview(year, await readArrangementFile(year, file, fileName));
  }

  /** Saves a new version of the year's arrangement; open cases whose window it touches follow. */
  save(
    year: number,
    input: HolidayArrangement & { note: string },
    actor: Actor,
  ): Promise<{ calendar: CalendarYear; recomputedCases: number }> {
    assertYear(year);
    const run = this.#saving.then(async () => {
      await this.loaded();
      const { arrangement } = readArrangement(year, { holidays: input.holidays, workdays: input.workdays });
      const history = await this.deps.store.calendar.history(year);
      const version = (history[0]?.version ?? 0) + 1;
      const record: HolidayArrangementRecord = {
        year,
        version,
        ...arrangement,
        note: input.note.trim(),
        enteredAt: this.deps.clock.now().toISOString(),
        enteredBy: actor.id,
        enteredByName: actor.displayName,
      };
      const before = this.national.snapshot();
      await this.deps.store.transact([{ kind: 'holidayArrangement.insert', record }]);
      await this.#load();
      const national = new WorkingCalendar(defaultChinaCalendar, this.national);
      const changed = changedDates(national.onNational(before), national, year).map(dayNumberOf);
      const recomputedCases = await this.deps.follow.follow({
        jurisdictions: null,
        changedDays: new Set(changed),
        reason: `国务院办公厅${year}年节假日安排${version === 1 ? '录入' : `修订（第${version}版）`}`,
        calendars: async (kase) => {
          const { calendar } = await this.deps.catalog.version(kase.jurisdiction, kase.definitionVersion);
          return { before: calendar.onNational(before), after: calendar };
        },
      });
      return { calendar: await this.year(year), recomputedCases };
    });
    this.#saving = run.catch(() => undefined);
    return run;
  }

  status(now: Date = this.deps.clock.now()): CalendarStatus {
    return calendarStatus(this.national, now);
  }

  #preview(year: number, read: { arrangement: HolidayArrangement; warnings: Problem[] }): CalendarPreview {
    const current = new WorkingCalendar(defaultChinaCalendar, this.national);
    const next = current.onNational(this.national.withArrangement(year, read.arrangement));
    return {
      calendar: view(year, next.national, next, []),
      arrangement: read.arrangement,
      changedDates: changedDates(current, next, year),
      warnings: read.warnings,
    };
  }

  async #load(): Promise<void> {
    for (const record of await this.deps.store.calendar.latest()) {
      const arrangement = { holidays: record.holidays, workdays: record.workdays };
      const current = this.national.enteredArrangement(record.year);
      if (JSON.stringify(current) !== JSON.stringify(arrangement))
        this.national.setArrangement(record.year, arrangement);
    }
  }
}

function view(
  year: number,
  national: NationalCalendar,
  calendar: WorkingCalendar,
  history: HolidayArrangementRecord[],
): CalendarYear {
  const latest = history[0];
  const source = national.yearSource(year);
  return {
    year,
    status: national.yearStatus(year),
    source,
    version: source === 'notice' && latest ? latest.version : null,
    days: calendarYearDays(calendar, year),
    arrangement:
      source === 'notice' && latest
        ? {
            holidays: latest.holidays,
            workdays: latest.workdays,
            note: latest.note,
            enteredAt: latest.enteredAt,
            enteredBy: latest.enteredBy,
            enteredByName: latest.enteredByName,
          }
        : null,
    history: history.map(({ version, enteredAt, enteredByName, note }) => ({
      version,
      enteredAt,
      enteredByName,
      note,
    })),
  };
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < calendarYears.first || year > calendarYears.last)
    throw new InputError(
      `year must be ${calendarYears.first}-${calendarYears.last}`,
      [
        {
          path: '/year',
          reason: `年份应在 ${calendarYears.first}–${calendarYears.last} 之间`,
          code: 'invalid_year',
        },
      ],
      'invalid_year',
    );
}
