/**
 * The neutral shape both seed-page parsers produce, so that one comparison can check the spec
 * against either page. Integrations are kept as the pages print them (display names); the
 * comparison turns them into slugs.
 */

export type PartName = 'path' | 'query' | 'body' | 'response';
export const PART_NAMES: readonly PartName[] = ['path', 'query', 'body', 'response'];

export interface Bullet {
  /** The value a bullet explains (`unified`). */
  value: string;
  /** The explanation, without the value (`returns the response with unified mappings applied.`). */
  text: string;
}

export interface PageField {
  name: string;
  /** The type as printed (`string`, `object[]`, `Record<string, any>`); absent when none is printed. */
  type?: string;
  /** The part after `·` in `string · date-time`. */
  format?: string;
  description?: string;
  /** Plain `required·`: required for every integration. */
  required: boolean;
  /** As printed (`23423523`, `truto_exclude_fields[]=id&truto_exclude_fields[]=name`). */
  example?: string;
  default?: string;
  /** Enum values, when the page prints them one per line. */
  enum?: string[];
  /** Enum values, when the page glues them together (`activeinactivedeletedinvited`). */
  enumGlued?: string;
  /** How many values the page hides behind `+ N more` after the glued ones (0: none hidden). */
  enumHidden?: number;
  bullets: Bullet[];
  /** Every integration that supports the field, those that require it included. */
  supported: string[];
  requiredBy: string[];
  /** Per-integration allowed values, glued as printed: `{ BigPanda: 'activeinactive' }`. */
  values: Record<string, string>;
  /** Per-integration notes: `{ ClickUp: 'The ID of the organization to update the user in' }`. */
  notes: Record<string, string>;
  /** Whether the page prints any integration list for the field (`N supported`, `Supported in`). */
  hasSupportBlock: boolean;
  /** A Truto option (after "Show Truto-specific parameters"): offered by every integration. */
  trutoSpecific: boolean;
  /** The page prints no name for the field; it comes from the table of inferences. */
  nameInferred: boolean;
  /** Fields of the items of an `object[]` field. */
  children: PageField[];
}

export interface SeedPage {
  /** The seed file's base name, for messages. */
  file: string;
  method: string;
  path: string;
  /** The integrations of the operation: display names, each once. */
  integrations: string[];
  /** Every integration the page names anywhere (display names, each once). */
  namedIntegrations: string[];
  /** Whether the page prints types, formats and plain `required·` markers. */
  typed: boolean;
  parts: Record<PartName, PageField[]>;
}

/** The contract's slug rule: lowercased, everything outside a-z0-9 removed. */
export function slugOf(displayName: string): string {
  return displayName.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function emptyField(name: string): PageField {
  return {
    name,
    required: false,
    bullets: [],
    supported: [],
    requiredBy: [],
    values: {},
    notes: {},
    hasSupportBlock: false,
    trutoSpecific: false,
    nameInferred: false,
    children: [],
  };
}

/** Adds `item` unless present; keeps first-seen order. */
export function addOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}
