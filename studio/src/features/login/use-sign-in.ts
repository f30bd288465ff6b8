import { useState } from 'react';
import { api } from '../../api/client';
import { splitErrors } from '../../api/error-fields';
import { useSession } from '../../session';

const fields = ['username', 'password'];

/** Signs in and hands the result to the session; keeps field errors and a banner error. */
export function useSignIn() {
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<unknown>(null);

  const signIn = async (username: string, password: string): Promise<boolean> => {
    setBusy(true);
    setBanner(null);
    setFieldErrors({});
    try {
      session.signIn(await api.login(username, password));
      return true;
    } catch (err) {
      const split = splitErrors(err, (p) => (fields.includes(p.slice(1)) ? p.slice(1) : null));
      setFieldErrors(split.fields);
      // Wrong credentials come back on /password and show there; anything else is a banner.
      setBanner(split.banner ? err : null);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { signIn, busy, fieldErrors, banner };
}
