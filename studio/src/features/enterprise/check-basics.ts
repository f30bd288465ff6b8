import type { Basics } from './RequestBasics';

/** Client-side checks of the basics, mirroring the server (channel required, title 2..200). */
export function checkBasics(b: Basics, required: string, length: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!b.channel) errors.channel = required;
  const n = [...b.title.trim()].length;
  if (n === 0) errors.title = required;
  else if (n < 2 || n > 200) errors.title = length;
  return errors;
}
