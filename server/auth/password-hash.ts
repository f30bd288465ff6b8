import { scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import bcrypt from 'bcryptjs';

const scrypt = promisify(scryptCb) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;

/** Work factor of new hashes; lowered by tests through `setBcryptCost`, raised by BCRYPT_COST. */
let cost = 10;

export function setBcryptCost(rounds: number): void {
  cost = rounds;
}

/** A bcrypt hash (`$2b$<cost>$…`). */
export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, cost);
}

export interface PasswordCheck {
  ok: boolean;
  /** The stored hash is of an older scheme (scrypt) or a lower cost: store a fresh hash now. */
  rehash: boolean;
}

/**
 * Verifies bcrypt hashes, and the `scrypt$<salt>$<hash>` hashes of earlier versions (which are then
 * to be replaced by bcrypt on the successful login).
 */
export async function checkPassword(password: string, stored: string | null): Promise<PasswordCheck> {
  const hash = stored ?? '';
  if (hash.startsWith('scrypt$')) return { ok: await verifyScrypt(password, hash), rehash: true };
  if (!/^\$2[aby]\$\d\d\$/.test(hash)) return { ok: false, rehash: false };
  const ok = await bcrypt.compare(password, hash);
  return { ok, rehash: ok && bcrypt.getRounds(hash) < cost };
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  return (await checkPassword(password, stored)).ok;
}

async function verifyScrypt(password: string, stored: string): Promise<boolean> {
  const [, saltHex, hashHex] = stored.split('$');
  if (!saltHex || !hashHex) return false;
  const expected = Buffer.from(hashHex, 'hex');
  if (expected.length === 0) return false;
  const actual = await scrypt(password, Buffer.from(saltHex, 'hex'), expected.length);
  return timingSafeEqual(actual, expected);
}
