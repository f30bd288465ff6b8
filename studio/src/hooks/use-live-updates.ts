import { useEffect, useRef } from 'react';
import { apiBase } from '../api/http';

/**
 * Calls `onChange` (at most every `quietMs`) when the server's event stream
 * (`GET /events/stream`, server-sent events, cookie session) reports one of `types` — e.g. a task
 * created or claimed by someone else — so open lists refresh without a reload. The browser's
 * EventSource reconnects by itself and resumes with Last-Event-ID; `reset` means events were missed.
 */
export function useLiveUpdates(types: string[], onChange: () => void, quietMs = 300): void {
  const callback = useRef(onChange);
  callback.current = onChange;
  const key = types.join(',');
  useEffect(() => {
    if (typeof EventSource === 'undefined' || !key) return;
    const source = new EventSource(`${apiBase}/events/stream`, { withCredentials: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fire = () => {
      clearTimeout(timer);
      timer = setTimeout(() => callback.current(), quietMs);
    };
    for (const type of [...key.split(','), 'reset']) source.addEventListener(type, fire);
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [key, quietMs]);
}
