import { timelineEvent } from '../cases/timeline-event.js';
import { createHash } from 'node:crypto';
import type { Actor } from '../cases/actor.js';
import type { Clock } from '../common/clock.js';
import { InputError, NotFoundError } from '../common/errors.js';
import { newId } from '../common/ids.js';
import type { AttachmentRecord, CaseRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { PayloadTooLargeError, UnsupportedMediaTypeError, tooLarge } from '../common/file-errors.js';
import type { AttachmentFiles } from './attachment-files.js';
import { storedName } from './attachment-name.js';
import type { AttachmentType } from './attachment-types.js';

export interface AttachmentPolicy {
  /** Largest accepted file, bytes. */
  maxBytes: number;
  /** Allowed types (ATTACHMENT_TYPES). */
  types: readonly AttachmentType[];
}

export interface AttachmentDeps {
  store: Pick<Store, 'attachments' | 'transact'>;
  clock: Clock;
  files: AttachmentFiles;
  policy: AttachmentPolicy;
}

export interface Upload {
  content: Buffer;
  fileName: string;
  /** The Content-Type the client declared for the file part. */
  declaredType: string;
}

/**
 * Files attached to a case. A file is checked (size; declared type allowed; content's magic bytes
 * match the declared type), written to disk atomically, then its metadata and a timeline entry are
 * committed in one store transaction; if that commit fails the file is removed. So metadata never
 * exists without its file; a crash between the two leaves a file without metadata, which the sweep
 * run before the first use (`ready`) removes.
 */
export class AttachmentService {
  readonly ready: Promise<number>;

  constructor(private readonly deps: AttachmentDeps) {
    this.ready = deps.files.sweep(async (id) => (await deps.store.attachments.get(id)) !== null);
  }

  get policy(): AttachmentPolicy {
    return this.deps.policy;
  }

  async attach(kase: CaseRecord, upload: Upload, actor: Actor): Promise<AttachmentRecord> {
    await this.ready;
    const type = this.#check(upload);
    const record: AttachmentRecord = {
      id: newId('att'),
      caseId: kase.id,
      jurisdiction: kase.jurisdiction,
      fileName: storedName(upload.fileName, type),
      contentType: type.contentType,
      size: upload.content.length,
      sha256: createHash('sha256').update(upload.content).digest('hex'),
      uploadedBy: actor.id,
      uploadedAt: this.deps.clock.now().toISOString(),
    };
    await this.deps.files.write(record, upload.content);
    try {
      await this.deps.store.transact([
        { kind: 'attachment.insert', record },
        timelineEvent({
          case: kase,
          at: record.uploadedAt,
          actor: actor.id,
          type: 'attachment.added',
          data: { attachmentId: record.id, fileName: record.fileName, size: record.size },
          key: [record.id],
        }),
      ]);
    } catch (error) {
      await this.deps.files.remove(record);
      throw error;
    }
    return record;
  }

  async list(caseId: string): Promise<AttachmentRecord[]> {
    return this.deps.store.attachments.forCase(caseId);
  }

  /** The attachment of this case and the path of its bytes; 404 when the case has no such file. */
  async file(caseId: string, attachmentId: string): Promise<{ record: AttachmentRecord; path: string }> {
    await this.ready;
    const record = await this.deps.store.attachments.get(attachmentId);
    if (!record || record.caseId !== caseId) throw new NotFoundError('attachment not found');
    return { record, path: this.deps.files.pathOf(record) };
  }

  #check(upload: Upload): AttachmentType {
    const { maxBytes, types } = this.deps.policy;
    if (upload.content.length > maxBytes)
      throw new PayloadTooLargeError('file too large', [{ path: '/file', reason: tooLarge(maxBytes) }]);
    if (upload.content.length === 0)
      throw new InputError('the file is empty', [{ path: '/file', reason: '文件是空的' }], 'empty_file');
    const declared = upload.declaredType.split(';')[0]?.trim().toLowerCase() ?? '';
    const type = types.find((t) => t.contentType === declared);
    if (!type)
      throw new UnsupportedMediaTypeError(
        `file type ${declared || '(none)'} is not accepted`,
        [
          {
            path: '/file',
            reason: `不支持此文件类型，可上传：${types.map((t) => t.id.toUpperCase()).join('、')}`,
          },
        ],
        'type_not_allowed',
      );
    if (!type.matches(upload.content))
      throw new UnsupportedMediaTypeError(
        `the file's content is not ${type.id}`,
        [{ path: '/file', reason: `文件内容不是 ${type.id.toUpperCase()} 文件` }],
        'content_mismatch',
      );
    return type;
  }
}
