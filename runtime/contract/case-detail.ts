import { caseEventSchema, caseSchema, ratingSchema } from './cases.js';
import { arrayOf, integer, nullableInteger, objectOf, orNull, string } from './common.js';
import { taskRecordSchema } from './tasks.js';

/** A file attached to a case (GET/POST /cases/:id/attachments). */
export const attachmentSchema = objectOf(
  ['id', 'caseId', 'fileName', 'contentType', 'size', 'sha256', 'uploadedBy', 'uploadedAt'],
  {
    id: string,
    caseId: string,
    jurisdiction: string,
    fileName: string,
    contentType: string,
    size: integer,
    sha256: string,
    uploadedBy: string,
    uploadedAt: string,
  },
);

export const attachmentListSchema = objectOf(['items'], { items: arrayOf(attachmentSchema) });

/**
 * GET /cases/:id: the case with its timeline, tasks, rating, attachments and working days left (an
 * enterprise's view has no tasks, internal steps or staff).
 */
export const caseDetailSchema = objectOf(
  ['case', 'timeline', 'tasks', 'rating', 'attachments', 'workingDaysLeft', 'awaiting'],
  {
    case: caseSchema,
    timeline: arrayOf(caseEventSchema),
    tasks: arrayOf(taskRecordSchema),
    rating: orNull(ratingSchema),
    attachments: arrayOf(attachmentSchema),
    workingDaysLeft: nullableInteger,
    awaiting: { type: ['string', 'null'], enum: ['rating', 'supplement', null] },
  },
);
