import type { AttachmentService } from '../../runtime/attachments/attachment-service.js';
import type { Platform } from '../../runtime/bootstrap/platform.js';
import type { SessionServices } from '../auth/session-services.js';
import type { SessionTokens } from '../auth/session-token.js';
import type { SsoFlow } from '../auth/sso-flow.js';
import type { AccountService } from '../../runtime/directory/account-service.js';
import type { ActivationTokens } from '../auth/activation-token.js';
import type { JurisdictionAdmin } from '../../runtime/definitions/jurisdiction-admin.js';

export interface RouteDeps {
  platform: Platform;
  tokens: SessionTokens;
  /** Lockout, logout revocation and cookie settings (auth routes). */
  session: SessionServices;
  /** Demo users with their plain passwords (demo mode only), for the login page. */
  demoUsers: {
    username: string;
    password: string;
    displayName: string;
    roles: string[];
    jurisdiction: string | null;
    jurisdictionName?: string | null;
  }[];
  /** 账号管理: account state, initial passwords. */
  accounts: AccountService;
  /** 辖区管理: new jurisdictions, packages, archive; the publish gate's inputs of every publish. */
  jurisdictions: JurisdictionAdmin;
  /** One-time activation links. */
  activation: ActivationTokens;
  /** 统一身份认证: the OpenID Connect sign-in (null: not configured; only passwords). */
  sso: SsoFlow | null;
  /** Case attachments on disk (null: not configured, the routes answer 404). */
  attachments: AttachmentService | null;
  /** Live event stream settings (heartbeat comment interval, default 15 s). */
  eventStream?: { heartbeatMs: number };
  /** Definition folders, for the publish gate's samples and scenario rehearsal (absent: none). */
  definitionsDir?: string;
}
