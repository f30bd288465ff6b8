import { useCallback, useEffect, useState } from 'react';
import { messageApi } from '../api/message-client';
import { useLiveUpdates } from './use-live-updates';

/**
 * My unread message count, kept live: the event stream's `message.unread` carries the new count (only
 * to its recipient); a reconnect (`reset`) or `refresh()` asks the server again.
 */
export function useUnreadCount(enabled: boolean): { unread: number; refresh: () => void } {
  const [unread, setUnread] = useState(0);
  const refresh = useCallback(() => {
    if (enabled)
      messageApi.unreadCount().then(
        (r) => setUnread(r.unread),
        () => undefined,
      );
  }, [enabled]);
  useEffect(refresh, [refresh]);
  useLiveUpdates(enabled ? ['message.unread'] : [], refresh, 100);
  useEffect(() => {
    window.addEventListener('messages-changed', refresh);
    return () => window.removeEventListener('messages-changed', refresh);
  }, [refresh]);
  return { unread, refresh };
}

/** Tells the badge that messages were read here (it refreshes at once, without waiting for the stream). */
export function messagesChanged(): void {
  window.dispatchEvent(new Event('messages-changed'));
}
