import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../api/client';
import { setUnauthorizedHandler } from '../api/http';
import type { LoginResult, User } from '../api/types';

const jurisdictionKey = 'studio.jurisdiction';
const usernameKey = 'studio.username';

export type SessionStatus = 'loading' | 'anonymous' | 'signed-in';

export interface Session {
  status: SessionStatus;
  user: User | null;
  /** The jurisdiction being worked in: the user's own, or the one a platform admin picked. */
  jurisdiction: string | null;
  /** Set when the server ended the session (401), so the login page can say why. */
  expired: boolean;
  /** An initial or expired password: only the password page until it is changed. */
  passwordChangeRequired: boolean;
  passwordChanged: () => void;
  setJurisdiction: (id: string) => void;
  signIn: (result: LoginResult) => void;
  signOut: () => void;
}

export const SessionContext = createContext<Session | null>(null);

/** Who is signed in: restores the session from the stored token via GET /me. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>(api.hasSession() ? 'loading' : 'anonymous');
  const [user, setUser] = useState<User | null>(null);
  const [picked, setPicked] = useState<string | null>(() => localStorage.getItem(jurisdictionKey));
  const [expired, setExpired] = useState(false);
  const [passwordChangeRequired, setPasswordChangeRequired] = useState(false);

  const signOut = useCallback(() => {
    api.logout();
    setUser(null);
    setStatus('anonymous');
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setExpired(true);
      signOut();
    });
    if (!api.hasSession()) return;
    api
      .me()
      .then(({ passwordChangeRequired: mustChange, ...me }) => {
        setPasswordChangeRequired(mustChange);
        setUser({ ...me, username: me.username ?? localStorage.getItem(usernameKey) ?? undefined });
        setStatus('signed-in');
      })
      .catch(() => signOut());
  }, [signOut]);

  const value = useMemo<Session>(
    () => ({
      status,
      user,
      jurisdiction: user?.jurisdiction ?? picked,
      expired,
      passwordChangeRequired,
      passwordChanged: () => setPasswordChangeRequired(false),
      setJurisdiction: (id) => {
        localStorage.setItem(jurisdictionKey, id);
        setPicked(id);
      },
      signIn: (result) => {
        if (result.user.username) localStorage.setItem(usernameKey, result.user.username);
        setUser(result.user);
        setPasswordChangeRequired(result.passwordChangeRequired);
        setExpired(false);
        setStatus('signed-in');
      },
      signOut,
    }),
    [status, user, picked, expired, passwordChangeRequired, signOut],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}
