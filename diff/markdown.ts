/**
 * The change report as Markdown, to post as a pull request's comment as it is (GitHub renders
 * `<details>`) or to paste into a changelog.
 *
 * Grouped by integration, breaking first. Integrations whose changes are the same (ten
 * integrations that all gain `emails`) share one group, so that a change to many integrations is
 * one entry naming them, not ten copies. Long lists fold into `<details>`, and the report stays
 * under GitHub's comment limit (65,536 characters).
 */
import { codeSpan, escapeMarkdown } from '../generator/markdown.js';
import { EVERY_CALLER } from '../generator/model/views.js';
import type { Change } from './changes.js';
import { describeChange, markdownNames } from './describe.js';
import type { Semver } from './semver.js';

export interface ReportInput {
  changes: Change[];
  names: ReadonlyMap<string, string>;
  semver: Semver;
  base: { label: string; version: string };
  head: { label: string; version: string };
  /** Present when the version was checked. */
  version?: { ok: boolean; needed: string };
}

/** Lines shown per group before the rest fold away. */
const SHOWN_PER_GROUP = 10;
/** GitHub refuses comments over 65,536 characters; leave room for what a workflow adds around it. */
const MAX_LENGTH = 60_000;

export function markdownReport(input: ReportInput): string {
  const full = render(input, { shownPerGroup: SHOWN_PER_GROUP, otherDetails: true });
  if (full.length <= MAX_LENGTH) return full;
  const short = render(input, { shownPerGroup: 3, otherDetails: false });
  if (short.length <= MAX_LENGTH) return short;
  const cut = short.lastIndexOf('\n', MAX_LENGTH - 200);
  return `${short.slice(0, cut)}\n\n</details>\n\n_The report is cut here (over ${MAX_LENGTH.toLocaleString('en')} characters); \`npm run diff -- --json\` gives every change._\n`;
}

interface Layout {
  shownPerGroup: number;
  /** List the changes of groups that break nothing (else only who changed). */
  otherDetails: boolean;
}

interface Group {
  slugs: string[];
  changes: Change[];
  breaking: boolean;
}

function render(input: ReportInput, layout: Layout): string {
  const groups = groupByIntegration(input.changes, input.names);
  const breaking = groups.filter((group) => group.breaking);
  const other = groups.filter((group) => !group.breaking);
  const count = (list: Group[]) => list.reduce((total, group) => total + group.slugs.length, 0);
  const broken = count(breaking);
  const changed = count(other);

  // A spec without integrations has one reader, every caller: no integration to name.
  const plain = input.names.size === 1 && input.names.has(EVERY_CALLER);
  const lines: string[] = [];
  lines.push(`## ${plain ? plainHeadline(broken, changed) : headline(broken, changed)}`, '');
  lines.push(
    `Base ${codeSpan(input.base.label)} (${codeSpan(input.base.version)}) → head ${codeSpan(input.head.label)} (${codeSpan(input.head.version)}) · ` +
      (input.semver === 'none' ? 'no version bump needed' : `needs a **${input.semver}** version bump${semverReason(input.semver)}`),
    '',
  );
  if (plain) lines.push('Neither spec declares integrations (`x-integrations`): the changes below are what every caller meets.', '');
  if (input.version && !input.version.ok) {
    lines.push('> [!CAUTION]');
    lines.push(`> The head's \`info.version\` is ${codeSpan(input.head.version)}; these changes need at least ${codeSpan(input.version.needed)}.`, '');
  }

  if (breaking.length > 0) {
    lines.push(plain ? '### Breaking' : `### Breaking for ${plural(broken, 'integration')}`, '');
    for (const group of breaking) lines.push(...groupLines(group, input.names, layout.shownPerGroup, true, plain));
  }
  if (other.length > 0) {
    const title = plain ? 'Not breaking' : `Not breaking for ${plural(changed, 'integration')}`;
    const body = layout.otherDetails || plain
      ? other.flatMap((group) => groupLines(group, input.names, layout.shownPerGroup, false, plain))
      : [other.map((group) => group.slugs.map((slug) => escapeMarkdown(input.names.get(slug) ?? slug)).join(', ')).join(', '), ''];
    const folded = other.length > 3 || body.length > 30;
    if (folded) lines.push('<details>', `<summary><strong>${title}</strong> (click to show)</summary>`, '', ...body, '</details>', '');
    else lines.push(`### ${title}`, '', ...body);
  }
  return lines.join('\n').trimEnd() + '\n';
}

function headline(broken: number, changed: number): string {
  if (broken === 0 && changed === 0) return 'Spec changes: nothing changes for any integration';
  if (broken === 0) return `Spec changes: nothing breaks; ${plural(changed, 'integration')} changed`;
  return `Spec changes: breaking for ${plural(broken, 'integration')}${changed > 0 ? `, not breaking for ${changed} more` : ''}`;
}

function plainHeadline(broken: number, changed: number): string {
  if (broken > 0) return 'Spec changes: breaking for callers';
  return changed > 0 ? 'Spec changes: nothing breaks' : 'Spec changes: nothing changes';
}

function semverReason(semver: Semver): string {
  switch (semver) {
    case 'major':
      return ' (some callers break)';
    case 'minor':
      return ' (integrations gain or loosen something, nothing breaks)';
    case 'patch':
      return ' (only text such as descriptions changed)';
    case 'none':
      return '';
  }
}

function groupLines(group: Group, names: ReadonlyMap<string, string>, shown: number, markNonBreaking: boolean, untitled = false): string[] {
  const display = group.slugs.map((slug) => escapeMarkdown(names.get(slug) ?? slug));
  const title =
    group.slugs.length === 1
      ? `**${display[0]}** (${codeSpan(group.slugs[0])})`
      : `**${group.slugs.length} integrations, the same changes:** ${display.join(', ')}`;
  const items = [...group.changes]
    .sort((a, b) => Number(b.breaking) - Number(a.breaking))
    .map((change) => `- ${describeChange(change, markdownNames)}${markNonBreaking && !change.breaking ? ' _(not breaking)_' : ''}`);
  const lines = [...(untitled ? [] : [title, '']), ...items.slice(0, shown)];
  if (items.length > shown) {
    lines.push('', '<details>', `<summary>${items.length - shown} more</summary>`, '', ...items.slice(shown), '', '</details>');
  }
  lines.push('');
  return lines;
}

/** One group per distinct list of changes, integrations in each by display name, groups by their first. */
function groupByIntegration(changes: Change[], names: ReadonlyMap<string, string>): Group[] {
  const bySlug = new Map<string, Change[]>();
  for (const change of changes) bySlug.set(change.integration, [...(bySlug.get(change.integration) ?? []), change]);
  const byContent = new Map<string, Group>();
  for (const [slug, list] of bySlug) {
    const key = JSON.stringify(list.map(({ integration: _, ...rest }) => rest));
    const group = byContent.get(key);
    if (group) group.slugs.push(slug);
    else byContent.set(key, { slugs: [slug], changes: list, breaking: list.some((change) => change.breaking) });
  }
  const nameOf = (slug: string) => (names.get(slug) ?? slug).toLowerCase();
  const groups = [...byContent.values()];
  for (const group of groups) group.slugs.sort((a, b) => (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0));
  return groups.sort((a, b) => (nameOf(a.slugs[0]!) < nameOf(b.slugs[0]!) ? -1 : 1));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
