import type { PageProps } from '../../routing';
import { Activate } from './Activate';

/** `#/activate/<token>`: opened from an activation link, signed in or not. */
export default function ActivatePage({ params }: PageProps) {
  return <Activate token={params[0] ?? ''} />;
}
