export { SessionProvider, type Session, type SessionStatus } from './SessionProvider';
export { useSession } from './use-session';
export {
  canReadReports,
  canSupervise,
  isAdmin,
  isEnterprise,
  isLeader,
  isPlatformAdmin,
  isStaff,
  roles,
} from './roles';
