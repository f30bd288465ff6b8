import type { Mechanism } from '../definitions/mechanism.js';
import type { EnterpriseRecord, PairingRecord, UserRecord } from '../store/records.js';

export interface PairingCoverage {
  enterprises: number;
  paired: number;
  /** Enterprises with no officer / 助企员 paired. */
  unpaired: { id: string; name: string; scale: string | null }[];
  /** Staff paired with fewer enterprises than the mechanism's minimum. */
  underloaded: { staffId: string; name: string; enterprises: number }[];
  minEnterprisesPerStaff: number;
  /** 规上 enterprises: all paired? (when the mechanism requires it) */
  aboveScale: { total: number; paired: number; allPaired: boolean };
}

const aboveScale = (e: EnterpriseRecord) => e.scale === '规上' || e.scale === 'above-scale';

/** 结对覆盖: which enterprises have nobody, which staff have too few, whether every 规上 enterprise is paired. */
export function pairingCoverage(
  mechanism: Mechanism,
  enterprises: EnterpriseRecord[],
  staff: UserRecord[],
  pairings: PairingRecord[],
): PairingCoverage {
  const min = mechanism.services.pairing?.minEnterprisesPerStaff ?? 0;
  const pairedIds = new Set(pairings.map((p) => p.enterpriseId));
  const perStaff = new Map<string, Set<string>>();
  for (const p of pairings)
    perStaff.set(p.staffId, (perStaff.get(p.staffId) ?? new Set()).add(p.enterpriseId));
  const pairingStaff = staff.filter((s) => s.roles.includes('handler') && !s.roles.includes('enterprise'));
  const big = enterprises.filter(aboveScale);
  const bigPaired = big.filter((e) => pairedIds.has(e.id)).length;
  return {
    enterprises: enterprises.length,
    paired: enterprises.filter((e) => pairedIds.has(e.id)).length,
    unpaired: enterprises
      .filter((e) => !pairedIds.has(e.id))
      .map((e) => ({ id: e.id, name: e.name, scale: e.scale })),
    underloaded: pairingStaff
      .map((s) => ({ staffId: s.id, name: s.displayName, enterprises: perStaff.get(s.id)?.size ?? 0 }))
      .filter((s) => s.enterprises < min),
    minEnterprisesPerStaff: min,
    aboveScale: { total: big.length, paired: bigPaired, allPaired: bigPaired === big.length },
  };
}
