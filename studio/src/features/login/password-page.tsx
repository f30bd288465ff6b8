import { ChangePassword } from './ChangePassword';

/** `#/password`: change one's own password (and the only page while a change is required). */
export default function PasswordPage() {
  return <ChangePassword />;
}
