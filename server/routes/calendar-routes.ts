import type { Request } from 'express';
import { InputError } from '../../runtime/common/errors.js';
import { actorOf } from '../auth/authenticate.js';
import { noteAudit } from '../http/audit-trail.js';
import type { ApiRouter } from '../openapi/api-router.js';
import { receiveFile } from './file-upload.js';
import {
  arrangementBodySchema,
  calendarSavedSchema,
  calendarStatusSchema,
  calendarYearSchema,
  holidays,
  jurisdictionYearSchema,
  overridesBodySchema,
  overridesSavedSchema,
  previewSchema,
  workdays,
} from '../../runtime/contract/calendar.js';
import type { RouteDeps } from './route-deps.js';

/** One year parameter, `2027`; anything else is a 400 naming it. */
function yearOf(req: Request): number {
  const year = String(req.params.year);
  if (!/^[0-9]{4}$/.test(year))
    throw new InputError('year must be four digits', [
      { path: '/year', reason: '年份应为四位数字', code: 'invalid_year' },
    ]);
  return Number(year);
}

/**
 * 节假日管理: the national calendar (any staff reads it; the platform admin enters each year's
 * 国务院办公厅 notice: preview, import from a file, save), its provisional status, and a
 * jurisdiction's view with its own days (its admins publish them as a mechanism version).
 */
export function calendarRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { calendar, localCalendar } = deps.platform;
  const read = { tag: 'calendar', permission: 'calendar.read', tenant: 'none' } as const;
  const edit = { tag: 'calendar', permission: 'calendar.edit', tenant: 'none' } as const;
  api.get(
    '/calendar/status',
    {
      ...read,
      summary:
        'Provisional years among this and next year, and the banner shown from 1 November while next year has no official arrangement',
      response: calendarStatusSchema,
    },
    async (_req, res) => {
      await calendar.loaded();
      res.json(calendar.status());
    },
  );
  api.get(
    '/calendar/national/:year',
    {
      ...read,
      summary:
        'The national working-day calendar of a year, every day with its source (package, notice, statutory, weekday), its status (official or provisional), the entered arrangement and its versions',
      response: calendarYearSchema,
    },
    async (req, res) => void res.json(await calendar.year(yearOf(req))),
  );
  api.post(
    '/calendar/national/:year/preview',
    {
      ...edit,
      summary:
        "Preview a year's arrangement — the notice's text (`notice`, one holiday per line) or `holidays` + `workdays` — without saving: the resulting calendar, changed dates and warnings; a bad line or field is a 400 naming it",
      body: {
        type: 'object',
        additionalProperties: false,
        properties: { notice: { type: 'string', minLength: 1, maxLength: 20000 }, holidays, workdays },
      },
      response: previewSchema,
    },
    async (req, res) => {
      const body = (req.body ?? {}) as { notice?: string; holidays?: never[]; workdays?: never[] };
      if (body.notice === undefined && body.holidays === undefined && body.workdays === undefined)
        throw new InputError('send the notice or the arrangement', [
          { path: '/notice', reason: '请填写通知内容或放假安排', code: 'missing_arrangement' },
        ]);
      const input =
        body.notice !== undefined
          ? { notice: body.notice }
          : { holidays: body.holidays ?? [], workdays: body.workdays ?? [] };
      res.json(await calendar.preview(yearOf(req), input));
    },
  );
  api.post(
    '/calendar/national/:year/import',
    {
      ...edit,
      summary:
        "Preview a year's arrangement from a multipart `file`: .csv / .xlsx (columns date,type,name; type 休 or 班) or .ics (VEVENT summaries marked 休 / 班); nothing is saved",
      response: previewSchema,
    },
    async (req, res) => {
      const year = yearOf(req);
      const file = await receiveFile(req, res, 'file', 1024 * 1024);
      res.json(await calendar.previewFile(year, file.buffer, file.originalName));
    },
  );
  api.put(
    '/calendar/national/:year',
    {
      ...edit,
      summary:
        "Save a new version of the year's arrangement (platform admin): audited; open cases whose working-day window it touches get their deadline, due dates, 预警 and 催办 recomputed with a timeline entry",
      body: arrangementBodySchema,
      response: calendarSavedSchema,
    },
    async (req, res) => {
      const year = yearOf(req);
      const body = req.body as Parameters<typeof calendar.save>[1];
      if (!body.note.trim())
        throw new InputError('note required', [
          { path: '/note', reason: '请填写说明（如通知文号）', code: 'missing_note' },
        ]);
      const before = (await calendar.year(year)).version;
      const saved = await calendar.save(year, body, actorOf(req));
      noteAudit(req, {
        jurisdiction: null,
        target: `calendar/${year}`,
        before: { year, version: before },
        after: {
          year,
          version: saved.calendar.version,
          note: body.note,
          recomputedCases: saved.recomputedCases,
        },
      });
      res.json(saved);
    },
  );
  api.get(
    '/jurisdictions/:j/calendar/:year',
    {
      ...read,
      tenant: { param: 'j' },
      summary:
        'A year as the jurisdiction counts it: the national calendar with its own extra holidays and workdays (source `local`), and those lists',
      response: jurisdictionYearSchema,
    },
    async (req, res) => {
      const j = String(req.params.j);
      const year = yearOf(req);
      const view = await calendar.jurisdictionYear(j, year);
      res.json({ ...view, overrides: (await deps.platform.catalog.localDays(j)).days });
    },
  );
  api.put(
    '/jurisdictions/:j/calendar/overrides',
    {
      tag: 'calendar',
      permission: 'definition.edit',
      tenant: { param: 'j' },
      summary:
        "Publish the jurisdiction's own extra holidays and workdays as a new mechanism version (validated like any publish); its open cases follow",
      body: overridesBodySchema,
      response: overridesSavedSchema,
    },
    async (req, res) => {
      const j = String(req.params.j);
      const actor = actorOf(req);
      const body = req.body as { extraHolidays: string[]; extraWorkdays: string[]; note: string };
      const published = await localCalendar.publish(
        j,
        { extraHolidays: body.extraHolidays, extraWorkdays: body.extraWorkdays },
        actor,
      );
      noteAudit(req, {
        afterSnapshot: undefined,
        after: {
          ...published,
          note: body.note,
          extraHolidays: body.extraHolidays,
          extraWorkdays: body.extraWorkdays,
        },
      });
      res.json(published);
    },
  );
}
