/**
 * The file types a case may carry, each recognised by its leading bytes (magic numbers), so a file
 * is stored only when its content is what its declared type says. Office Open XML files are ZIP
 * archives: a .docx holds `word/…` parts, a .xlsx `xl/…` parts, both `[Content_Types].xml`.
 */
export interface AttachmentType {
  /** Configuration name (ATTACHMENT_TYPES). */
  id: string;
  contentType: string;
  extension: string;
  matches(content: Buffer): boolean;
}

const startsWith = (content: Buffer, ...bytes: number[]) =>
  content.length >= bytes.length && bytes.every((b, i) => content[i] === b);
const ooxml = (part: string) => (content: Buffer) =>
  startsWith(content, 0x50, 0x4b, 0x03, 0x04) &&
  content.includes('[Content_Types].xml') &&
  content.includes(part);

export const attachmentTypes: readonly AttachmentType[] = [
  {
    id: 'pdf',
    contentType: 'application/pdf',
    extension: '.pdf',
    matches: (c) => startsWith(c, 0x25, 0x50, 0x44, 0x46, 0x2d), // %PDF-
  },
  {
    id: 'png',
    contentType: 'image/png',
    extension: '.png',
    matches: (c) => startsWith(c, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
  },
  {
    id: 'jpeg',
    contentType: 'image/jpeg',
    extension: '.jpg',
    matches: (c) => startsWith(c, 0xff, 0xd8, 0xff),
  },
  {
    id: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: '.docx',
    matches: ooxml('word/'),
  },
  {
    id: 'xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: '.xlsx',
    matches: ooxml('xl/'),
  },
];

export const defaultAttachmentTypeIds = attachmentTypes.map((t) => t.id);

/** The types named (unknown names are a configuration error the caller reports). */
export function attachmentTypesNamed(ids: readonly string[]): AttachmentType[] {
  return ids.map((id) => {
    const type = attachmentTypes.find((t) => t.id === id);
    if (!type)
      throw new Error(`unknown attachment type ${id} (known: ${defaultAttachmentTypeIds.join(', ')})`);
    return type;
  });
}
