import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AttachmentRecord } from '../records.js';
import { day, freshStorePerTest, type OpenStore } from './store-fixture.js';

function anAttachment(overrides: Partial<AttachmentRecord> = {}): AttachmentRecord {
  return {
    id: 'att-1',
    caseId: 'case-1',
    jurisdiction: 'hz',
    fileName: '营业执照.pdf',
    contentType: 'application/pdf',
    size: 1234,
    sha256: 'ab'.repeat(32),
    uploadedBy: 'user-ent-1',
    uploadedAt: day(2, 9),
    ...overrides,
  };
}

export function describeAttachmentConformance(open: OpenStore): void {
  void describe('attachments', () => {
    const store = freshStorePerTest(open);

    void it("stores attachment metadata idempotently and lists a case's files oldest first", async () => {
      const late = anAttachment({ id: 'att-2', uploadedAt: day(3) });
      const early = anAttachment();
      await store().transact([
        { kind: 'attachment.insert', record: late },
        { kind: 'attachment.insert', record: early },
        { kind: 'attachment.insert', record: anAttachment({ id: 'att-3', caseId: 'case-2' }) },
      ]);
      await store().transact([{ kind: 'attachment.insert', record: { ...early, fileName: 'replayed' } }]);
      assert.deepEqual(await store().attachments.get('att-1'), early);
      assert.equal(await store().attachments.get('nope'), null);
      assert.deepEqual(await store().attachments.forCase('case-1'), [early, late]);
      assert.deepEqual(await store().attachments.forCase('case-9'), []);
    });
  });
}
