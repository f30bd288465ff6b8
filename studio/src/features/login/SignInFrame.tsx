import type { ReactNode } from 'react';
import { usePageTitle } from '../../routing';

export interface SignInFrameProps {
  /** Prefix of the heading's id (`<id>-title`), which labels the panel. */
  id: string;
  title: string;
  testId?: string;
  /** Beside the panel (the demo accounts on the login page). */
  aside?: ReactNode;
  children: ReactNode;
}

/** The narrow sign-in pages' frame (登录, 激活账号, 修改密码): page title, one panel, its heading. */
export function SignInFrame({ id, title, testId, aside, children }: SignInFrameProps) {
  usePageTitle(title);
  return (
    <div className="login-layout">
      <section className="panel login-panel" aria-labelledby={`${id}-title`} data-testid={testId}>
        <h1 id={`${id}-title`} className="page-title">
          {title}
        </h1>
        {children}
      </section>
      {aside}
    </div>
  );
}
