/**
 * What version the head needs. The generated package's version is the spec's `info.version`, so a
 * change that breaks some integration's callers needs a major release, any other change to what an
 * integration accepts or returns a minor one, and a change that reaches the package only as text
 * (a description, an example) a patch.
 */
import { GeneratorError } from '../generator/errors.js';

export type Semver = 'major' | 'minor' | 'patch' | 'none';

export function requiredBump(changes: readonly { breaking: boolean }[], documentsDiffer: boolean): Semver {
  if (changes.some((change) => change.breaking)) return 'major';
  if (changes.length > 0) return 'minor';
  return documentsDiffer ? 'patch' : 'none';
}

interface Version {
  major: number;
  minor: number;
  patch: number;
  prerelease: boolean;
}

export interface VersionCheck {
  ok: boolean;
  /** The smallest version the head may have. */
  needed: string;
}

/**
 * Whether `head` is at least the version `bump` demands from `base`. Below 1.0.0 npm's caret treats
 * the minor as the major (`^0.3.1` takes 0.3.x only), so there a breaking change needs 0.4.0 and
 * any other change 0.3.2.
 */
export function checkVersion(base: string, head: string, bump: Semver, labels: { base: string; head: string }): VersionCheck {
  const from = parseVersion(base, labels.base);
  const to = parseVersion(head, labels.head);
  const needed = neededVersion(from, bump);
  return { ok: compare(to, needed) >= 0, needed: bump === 'none' ? base.trim() : `${needed.major}.${needed.minor}.${needed.patch}` };
}

function neededVersion(from: Version, bump: Semver): Version {
  const release = { ...from, prerelease: false };
  if (bump === 'none') return from;
  const step = from.major === 0 ? (bump === 'major' ? 'minor' : 'patch') : bump;
  if (step === 'major') return { major: from.major + 1, minor: 0, patch: 0, prerelease: false };
  if (step === 'minor') return { major: from.major, minor: from.minor + 1, patch: 0, prerelease: false };
  // 1.2.3-beta.1 -> 1.2.3 is already a step up from the prerelease.
  return from.prerelease ? release : { ...release, patch: from.patch + 1 };
}

function compare(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch || Number(b.prerelease) - Number(a.prerelease);
}

function parseVersion(text: string, label: string): Version {
  const match = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(text.trim());
  if (!match) throw new GeneratorError(`${label}: #/info/version ${JSON.stringify(text)} is not a semantic version (MAJOR.MINOR.PATCH); --check-version needs one`);
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease: match[4] !== undefined };
}
