export { href, navigate, parseHash, useHashRoute } from './use-hash-route';
export { usePageTitle } from './use-page-title';
export type { PageProps } from './page-props';
