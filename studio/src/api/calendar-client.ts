import type {
  CalendarPreview,
  CalendarSaved,
  CalendarStatus,
  CalendarYear,
  JurisdictionCalendarYear,
  NewArrangement,
  OverridesBody,
  OverridesSaved,
  Spans,
} from './calendar-types';
import { request } from './http';

const seg = encodeURIComponent;
const national = (year: number) => `/calendar/national/${year}`;

/** 节假日管理: the national working-day calendar and each jurisdiction's local overrides. */
export const calendarApi = {
  status: () => request<CalendarStatus>('/calendar/status'),
  national: (year: number) => request<CalendarYear>(national(year)),
  /** The notice's text ("春节：2月15日至23日放假调休…"), parsed and applied without saving. */
  previewNotice: (year: number, notice: string) =>
    request<CalendarPreview>(`${national(year)}/preview`, { method: 'POST', body: { notice } }),
  previewSpans: (year: number, spans: Spans) =>
    request<CalendarPreview>(`${national(year)}/preview`, { method: 'POST', body: spans }),
  /** A .csv, .xlsx or .ics file of the year's holidays, parsed and applied without saving. */
  importFile: (year: number, file: File) => {
    const body = new FormData();
    body.set('file', file);
    return request<CalendarPreview>(`${national(year)}/import`, { method: 'POST', rawBody: body });
  },
  saveNational: (year: number, arrangement: NewArrangement) =>
    request<CalendarSaved>(national(year), { method: 'PUT', body: arrangement }),

  jurisdiction: (j: string, year: number) =>
    request<JurisdictionCalendarYear>(`/jurisdictions/${seg(j)}/calendar/${year}`),
  saveOverrides: (j: string, overrides: OverridesBody) =>
    request<OverridesSaved>(`/jurisdictions/${seg(j)}/calendar/overrides`, {
      method: 'PUT',
      body: overrides,
    }),
};
