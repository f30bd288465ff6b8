import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmbeddedPlatform } from '../../runtime/bootstrap/embedded-platform.js';
import type { Platform } from '../../runtime/bootstrap/platform.js';
import type { Actor } from '../../runtime/cases/actor.js';
import type { SubmitRequest } from '../../runtime/cases/case-service.js';
import { loadDefinitionFolder } from '../../runtime/definitions/definition-loader.js';
import { demoPassword, seedDemoDirectory } from '../../server/demo/demo-directory.js';

export const jurisdiction = 'jiaxing-etdz';
export const enterpriseUsername = `${jurisdiction}-ent`;
export const officeUsername = `${jurisdiction}-office`;
export { demoPassword };

const definitionDir = fileURLToPath(new URL(`../../definitions/${jurisdiction}`, import.meta.url));

export const validIntake = {
  applicantType: 'enterprise',
  registeredInZone: true,
  industry: 'industrial',
  matterType: 'operation',
  description: '生产经营中遇到的问题',
  contactName: '王五',
  contactPhone: '13900000000',
};

/** The body of a valid hotline submission (also the HTTP request body). */
export function intakeBody(i: number): Pick<SubmitRequest, 'channel' | 'title' | 'data'> {
  return { channel: 'hotline', title: `用电问题 ${i}`, data: validIntake };
}

/** A fresh temporary data folder. */
export function freshDataDir(label: string): string {
  return join(mkdtempSync(join(tmpdir(), `bench-${label}-`)), 'data');
}

/** An embedded platform over `dataDir` with only the 嘉兴经开区 definition published and demo users seeded. */
export async function openBenchPlatform(dataDir: string): Promise<Platform> {
  const platform = createEmbeddedPlatform({ dataDir });
  await platform.publisher.publish(await loadDefinitionFolder(definitionDir), 'bench');
  await seedDemoDirectory(platform);
  return platform;
}

/** The seeded demo user as the runtime sees it (what `authenticate` would attach to a request). */
export async function demoActor(platform: Platform, username: string): Promise<Actor> {
  const user = await platform.store.directory.userByUsername(username);
  if (!user) throw new Error(`demo user ${username} missing`);
  const { id, displayName, roles, groups, enterpriseId } = user;
  return { id, displayName, roles, groups, jurisdiction: user.jurisdiction, enterpriseId };
}
