import type { Request } from 'express';

/** The jurisdiction a `/jurisdictions/:j/…` route names (the tenant guard has checked it already). */
export const jurisdictionOf = (req: Request): string => String(req.params.j);
