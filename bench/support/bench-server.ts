// The platform's express app on a loopback port for HTTP benchmark phases. Rate limits are lifted:
// a benchmark sends far more than the 60 intake requests a minute one address may send in
// production (README "Configuration reference"), and measuring the limiter's 429s is not the point.
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Platform } from '../../runtime/bootstrap/platform.js';
import { createApp } from '../../server/app.js';
import { demoPassword } from './bench-platform.js';

export async function listenForBench(platform: Platform): Promise<{ server: Server; url: string }> {
  const app = createApp(platform, {
    authSecret: randomBytes(32).toString('hex'),
    sessionHours: 1,
    studioDir: null,
    demoUsers: [],
    security: { rateLimitIntake: 1_000_000, rateLimitLogin: 1_000 },
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.express.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1` };
}

/** A seeded demo user's bearer token from the bench server at `url` (…/api/v1). */
export async function benchLogin(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}
