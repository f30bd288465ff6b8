import type { Request, Response } from 'express';
import multer from 'multer';
import { PayloadTooLargeError, tooLarge } from '../../runtime/common/file-errors.js';
import { InputError } from '../../runtime/common/errors.js';

export interface UploadedFile {
  buffer: Buffer;
  originalName: string;
  declaredType: string;
  size: number;
}

/**
 * Receives one multipart file field (in memory, at most `maxBytes`). An oversized file is a 413,
 * a missing or malformed one a 400, with the field path; nothing is written before the handler
 * validates the content.
 */
export function receiveFile(
  req: Request,
  res: Response,
  field: string,
  maxBytes: number,
): Promise<UploadedFile> {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxBytes, files: 1 } }).single(
    field,
  );
  return new Promise((resolve, reject) => {
    upload(req, res, (error: unknown) => {
      if (error) {
        if (error instanceof multer.MulterError && error.code === 'LIMIT_FILE_SIZE')
          return reject(
            new PayloadTooLargeError('file too large', [{ path: `/${field}`, reason: tooLarge(maxBytes) }]),
          );
        const reason = String((error as Error).message ?? error);
        return reject(new InputError('upload failed', [{ path: `/${field}`, reason }], 'invalid_upload'));
      }
      const file = req.file;
      if (!file)
        return reject(
          new InputError('a file is required', [{ path: `/${field}`, reason: 'multipart field missing' }]),
        );
      // multer decodes the file name as latin1; browsers send UTF-8 (中文文件名).
      const originalName = Buffer.from(file.originalname, 'latin1').toString('utf8');
      resolve({ buffer: file.buffer, originalName, declaredType: file.mimetype, size: file.size });
    });
  });
}

/**
 * Reads and drops what is left of a request's body (at most `maxBytes`; beyond it the connection is
 * closed), so an answer given before an upload was read — 429 while another import runs — reaches
 * the client instead of a connection reset mid-upload.
 */
export function discardBody(req: Request, maxBytes: number): Promise<void> {
  if (req.readableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    let read = 0;
    req.on('data', (chunk: Buffer) => {
      read += chunk.length;
      if (read > maxBytes) req.destroy();
    });
    req.once('end', () => resolve());
    req.once('close', () => resolve());
    req.once('error', () => resolve());
    req.resume();
  });
}
