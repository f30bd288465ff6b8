/**
 * Runs `step` for every item, at most `lanes` at a time, in item order per lane; resolves to how
 * many steps returned true. Every item is attempted; the first error is rethrown once all settled.
 */
export async function inLanes<T>(
  items: readonly T[],
  lanes: number,
  step: (item: T) => Promise<boolean>,
): Promise<number> {
  let next = 0;
  let done = 0;
  const errors: unknown[] = [];
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      try {
        if (await step(item)) done += 1;
      } catch (error) {
        errors.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes, items.length) }, lane));
  if (errors.length) throw errors[0];
  return done;
}
