import { useEffect, useState } from 'react';

/** The hash route as path segments: `#/inbox/mine` -> ['inbox', 'mine']. */
export function parseHash(hash: string): string[] {
  return hash
    .replace(/^#\/?/, '')
    .split('?')[0]!
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/** The href of a hash route given as segments (each one URL-encoded). */
export function href(...segments: string[]): string {
  return `#/${segments.map(encodeURIComponent).join('/')}`;
}

/** Goes to a hash route; `replace` keeps the current entry out of history (redirects). */
export function navigate(segments: string[], replace = false): void {
  if (replace) window.location.replace(href(...segments));
  else window.location.hash = href(...segments);
}

/** Current hash route; re-renders on `hashchange`. */
export function useHashRoute(): string[] {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
