/** DOM ids of one field's control, help and error, for label/aria wiring. */
export function fieldIds(idPrefix: string, name: string) {
  const id = `${idPrefix}-${name}`;
  return { id, help: `${id}-help`, error: `${id}-error` };
}

/** `aria-describedby` from the parts that are present. */
export function describedBy(
  ids: ReturnType<typeof fieldIds>,
  help: boolean,
  error: boolean,
): string | undefined {
  const parts = [help ? ids.help : '', error ? ids.error : ''].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}
