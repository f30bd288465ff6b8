import type { JsonObject, JsonValue } from '../../../api/definition-types';

/** One 办理层级 as the tier list edits it (the mechanism's `tiers` entries). */
export interface TierEntry extends JsonObject {
  id: string;
  label: { zh: string; en: string };
  order: number;
  group: string;
}

const isObj = (v: JsonValue | undefined): v is JsonObject =>
  !!v && typeof v === 'object' && !Array.isArray(v);
const list = (v: JsonValue | undefined): JsonObject[] => (Array.isArray(v) ? v.filter(isObj) : []);

/** The tiers, lowest order first. */
export const tiersOf = (m: JsonObject): TierEntry[] =>
  (list(m.tiers) as TierEntry[]).slice().sort((a, b) => a.order - b.order);

/** The tiers in the given sequence, keeping the set of order numbers the mechanism already uses. */
export function reordered(tiers: TierEntry[]): TierEntry[] {
  const numbers = tiers.map((t) => t.order).sort((a, b) => a - b);
  const distinct = new Set(numbers).size === numbers.length;
  return tiers.map((t, i) => ({ ...t, order: distinct ? numbers[i]! : i + 1 }));
}

/** Where the mechanism still refers to a tier: request classes, groups, the reminder's escalation. */
export function tierReferences(
  m: JsonObject,
  id: string,
): { kind: 'class' | 'group' | 'reminder'; name: string }[] {
  const name = (o: JsonObject) =>
    isObj(o.label) && typeof o.label.zh === 'string' ? o.label.zh : String(o.id);
  const reminder = isObj(m.reminder) ? m.reminder : {};
  const urged = Array.isArray(reminder.tiers) && reminder.tiers.includes(id);
  return [
    ...list(m.requestClasses)
      .filter((c) => c.tier === id)
      .map((c) => ({ kind: 'class' as const, name: name(c) })),
    ...list(m.groups)
      .filter((g) => g.tier === id)
      .map((g) => ({ kind: 'group' as const, name: name(g) })),
    ...(reminder.escalateToTier === id || urged ? [{ kind: 'reminder' as const, name: '' }] : []),
  ];
}

/** The mechanism with a tier's id changed everywhere it refers to it. */
export function renameTier(m: JsonObject, from: string, to: string): JsonObject {
  const swap = (o: JsonObject, key: string) => (o[key] === from ? { ...o, [key]: to } : o);
  const reminder = isObj(m.reminder) ? { ...swap(m.reminder, 'escalateToTier') } : m.reminder;
  if (isObj(reminder) && Array.isArray(reminder.tiers))
    reminder.tiers = reminder.tiers.map((t) => (t === from ? to : t));
  return {
    ...m,
    tiers: list(m.tiers).map((t) => swap(t, 'id')),
    requestClasses: list(m.requestClasses).map((c) => swap(c, 'tier')),
    groups: list(m.groups).map((g) => swap(g, 'tier')),
    ...(reminder !== undefined ? { reminder } : {}),
  };
}

/** A new tier above the others, worked by the given group, marked as this jurisdiction's own choice. */
export function newTier(
  tiers: TierEntry[],
  group: string,
  name: { zh: string; en: string },
  note: string,
): TierEntry {
  let n = tiers.length + 1;
  while (tiers.some((t) => t.id === `tier-${n}`)) n += 1;
  const order = Math.max(0, ...tiers.map((t) => t.order)) + 1;
  return { id: `tier-${n}`, label: name, order, group, source: { kind: 'default', note } } as TierEntry;
}
