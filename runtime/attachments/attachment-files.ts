import { constants } from 'node:fs';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../common/errors.js';

/** Where one attachment lives: `<root>/<jurisdiction>/<caseId>/<id>`. */
export interface AttachmentLocation {
  jurisdiction: string;
  caseId: string;
  id: string;
}

const safeSegment = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
const tempPrefix = '.tmp-';

/**
 * The bytes of attachments on disk. A file is written under a temporary name, flushed, then renamed
 * into place, so a file under its final name is always complete; metadata is committed only after
 * that (see `AttachmentService`), and `sweep` removes what a crash left without metadata.
 */
export class AttachmentFiles {
  constructor(readonly root: string) {}

  pathOf(at: AttachmentLocation): string {
    for (const segment of [at.jurisdiction, at.caseId, at.id])
      if (!safeSegment.test(segment) || segment.includes('..'))
        throw new InputError('invalid attachment location', [{ path: '/id', reason: 'unsafe path segment' }]);
    return join(this.root, at.jurisdiction, at.caseId, at.id);
  }

  /** Writes the content to its final path atomically (temp file, fsync, rename, directory fsync). */
  async write(at: AttachmentLocation, content: Buffer): Promise<string> {
    const target = this.pathOf(at);
    const dir = join(this.root, at.jurisdiction, at.caseId);
    await mkdir(dir, { recursive: true });
    const temp = join(dir, `${tempPrefix}${at.id}`);
    const file = await open(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o640);
    try {
      await file.writeFile(content);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, target);
    await syncDirectory(dir);
    return target;
  }

  async remove(at: AttachmentLocation): Promise<void> {
    await rm(this.pathOf(at), { force: true });
  }

  /**
   * Deletes temporary files and files whose metadata was never committed (`known(id)` false): what
   * a crash between writing and committing leaves behind. Returns how many files were removed.
   */
  async sweep(known: (id: string) => Promise<boolean>): Promise<number> {
    let removed = 0;
    for (const jurisdiction of await entries(this.root))
      for (const caseId of await entries(join(this.root, jurisdiction)))
        for (const name of await entries(join(this.root, jurisdiction, caseId))) {
          if (!name.startsWith(tempPrefix) && (await known(name))) continue;
          await rm(join(this.root, jurisdiction, caseId, name), { force: true });
          removed++;
        }
    return removed;
  }
}

async function entries(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
