const key = 'studio.token';

/** The bearer token, kept in localStorage so a reload stays signed in. */
export const tokenStore = {
  get(): string | null {
    return localStorage.getItem(key);
  },
  set(token: string): void {
    localStorage.setItem(key, token);
  },
  clear(): void {
    localStorage.removeItem(key);
  },
};
