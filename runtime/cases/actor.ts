/** Who is acting: every request is attributed to one. */
export interface Actor {
  id: string;
  displayName: string;
  roles: string[];
  groups: string[];
  jurisdiction: string | null;
  enterpriseId: string | null;
}

export const systemActor: Actor = {
  id: 'system',
  displayName: 'system',
  roles: ['system'],
  groups: [],
  jurisdiction: null,
  enterpriseId: null,
};
