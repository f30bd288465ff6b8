import type { SecurityConfig } from '../config.js';
import type { LoginLockout } from './login-lockout.js';
import type { PasswordPolicy } from './password-policy.js';
import type { SessionLedger } from './session-ledger.js';

/** What the auth routes need beyond the token signer. */
export interface SessionServices {
  lockout: LoginLockout;
  sessions: SessionLedger;
  cookieSecure: SecurityConfig['cookieSecure'];
  /** Called on every refused login, with why (`credentials` or `locked`). */
  onLoginFailure: (reason: 'credentials' | 'locked') => void;
  /** 口令策略 of new passwords (PASSWORD_*). */
  passwordPolicy: PasswordPolicy;
}
