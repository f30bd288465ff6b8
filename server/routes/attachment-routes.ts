import { enterpriseAttachment } from '../../runtime/cases/enterprise-view.js';
import { NotFoundError } from '../../runtime/common/errors.js';
import { actorOf } from '../auth/authenticate.js';
import { caseScope } from '../auth/permissions.js';
import { routeCase } from '../auth/tenant-guard.js';
import { fileOf } from '../../runtime/contract/common.js';
import { attachmentListSchema, attachmentSchema } from '../../runtime/contract/case-detail.js';
import type { ApiRouter } from '../openapi/api-router.js';
import { receiveFile } from './file-upload.js';
import type { RouteDeps } from './route-deps.js';

/**
 * Case attachments: upload (multipart field `file`) by whoever sees the case — the enterprise that
 * raised it, staff whose work it is, the hub — list, and download. Other tenants' cases answer 404.
 */
export function attachmentRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { store } = deps.platform;
  const service = () => {
    if (!deps.attachments) throw new NotFoundError('attachments are not enabled on this server');
    return deps.attachments;
  };
  const spec = { tag: 'cases', permission: 'case.read', tenant: { case: 'id' } } as const;

  api.post(
    '/cases/:id/attachments',
    {
      ...spec,
      summary:
        'Attach a file to a case (multipart/form-data, field `file`): allowed types only, content checked against the declared type (415), size limited (413)',
      response: attachmentSchema,
      status: 201,
    },
    async (req, res) => {
      const kase = routeCase(req);
      const attachments = service();
      const file = await receiveFile(req, res, 'file', attachments.policy.maxBytes);
      const record = await attachments.attach(
        kase,
        { content: file.buffer, fileName: file.originalName, declaredType: file.declaredType },
        actorOf(req),
      );
      res.status(201).json(record);
    },
  );
  api.get(
    '/cases/:id/attachments',
    {
      ...spec,
      summary: "The case's attachments, oldest first",
      response: attachmentListSchema,
    },
    async (req, res) => {
      const kase = routeCase(req);
      const items = await store.attachments.forCase(kase.id);
      const actor = actorOf(req);
      res.json({
        items:
          caseScope(actor) === 'enterprise' ? items.map((a) => enterpriseAttachment(a, actor.id)) : items,
      });
    },
  );
  api.get(
    '/cases/:id/attachments/:attachmentId',
    {
      ...spec,
      summary: 'Download an attachment (Content-Disposition: attachment, its original name)',
      response: fileOf('application/octet-stream'),
    },
    async (req, res) => {
      const kase = routeCase(req);
      const { record, path } = await service().file(kase.id, String(req.params.attachmentId));
      res.attachment(record.fileName);
      res.type(record.contentType);
      res.setHeader('x-content-type-options', 'nosniff');
      await new Promise<void>((resolve, reject) =>
        res.sendFile(path, { headers: { 'content-type': record.contentType } }, (error) =>
          error ? reject(new NotFoundError('attachment file missing')) : resolve(),
        ),
      );
    },
  );
}
