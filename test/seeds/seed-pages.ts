/**
 * The two seed pages (CONTRACT.md section 1), parsed into the neutral structure of page-model.ts.
 *
 * - 000: `PATCH /unified/user-directory/users/{id}`, the detailed format (parse-detailed-page.ts).
 * - 004: `POST /unified/user-directory/users`, the compact format (parse-compact-page.ts), whose
 *   blocks are named through 000's descriptions and, where 004 prints no description, through the
 *   table below.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { sharedFolder } from '../support/shared-folder.ts';
import { parseCompactPage, type NamelessBlock } from './parse-compact-page.ts';
import { parseDetailedPage } from './parse-detailed-page.ts';
import type { SeedPage } from './page-model.ts';

export * from './page-model.ts';
export { parseCompactPage, type NamelessBlock } from './parse-compact-page.ts';
export { parseDetailedPage } from './parse-detailed-page.ts';

/** The seed pages: `../shared/seeds/` of the workplace, or the folder `SEEDS_DIR` names. */
export const SEEDS = sharedFolder('seeds', process.env.SEEDS_DIR);
export const UPDATE_PAGE_FILE = '000_f9c8d5815909accc.txt';
export const CREATE_PAGE_FILE = '004_c81cbadbf45f91a1.txt';

/**
 * The create page's blocks that have neither name nor description, and the field each must be.
 * The spec records each inference in the field's `x-spec-note` ("Inferred: ..."), not in its published description.
 */
export const CREATE_PAGE_NAMELESS_BLOCKS: readonly NamelessBlock[] = [
  // Query: two lists right after the Truto options. The update page's query parameters required
  // by Cisco Meraki are organization_id and workspace_id, in that order.
  { part: 'query', after: 'remote_query', ordinal: 0, requiredIn: ['Cisco Meraki'], supportedIn: [], name: 'organization_id' },
  { part: 'query', after: 'remote_query', ordinal: 1, requiredIn: ['Cisco Meraki'], supportedIn: [], name: 'workspace_id' },
  // Body: after emails' nested fields; the update page has `password` required by ActiveCampaign.
  { part: 'body', after: 'emails', ordinal: 0, requiredIn: ['ActiveCampaign', 'Google Workspace'], supportedIn: [], name: 'password' },
  // Body: after username; the update page has `group` (integer) required by ActiveCampaign alone.
  { part: 'body', after: 'username', ordinal: 0, requiredIn: ['ActiveCampaign'], supportedIn: [], name: 'group' },
  // Body: between languages and groups; the update page has `description` for Files.com alone.
  { part: 'body', after: 'languages', ordinal: 0, requiredIn: [], supportedIn: ['Files.com'], before: 'groups', name: 'description' },
];

export interface SeedPages {
  update: SeedPage;
  create: SeedPage;
}

export function parseSeedPages(updateText: string, createText: string): SeedPages {
  const update = parseDetailedPage(UPDATE_PAGE_FILE, updateText);
  const create = parseCompactPage(CREATE_PAGE_FILE, createText, update, CREATE_PAGE_NAMELESS_BLOCKS);
  return { update, create };
}

export function loadSeedPages(dir: string | undefined = SEEDS.path): SeedPages {
  if (dir === undefined) throw new Error(`The seed pages are needed here but ${SEEDS.skipReason}`);
  const read = (file: string) => readFileSync(join(dir, basename(file)), 'utf8');
  return parseSeedPages(read(UPDATE_PAGE_FILE), read(CREATE_PAGE_FILE));
}
