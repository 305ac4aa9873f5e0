import { GeneratorError } from '../errors.js';
import type { ApiModel } from '../model/types.js';

/** What the command line says about the package, over what the spec says. */
export interface MetadataOptions {
  /** `--package-version`: the npm version, instead of one derived from `info.version`. */
  packageVersion?: string | undefined;
  /** `--license`: an SPDX expression, instead of `info.license`. */
  license?: string | undefined;
  /** `--repository`: a git URL or npm's shorthand (`github:owner/repo`). */
  repository?: string | undefined;
}

export interface PackageMetadata {
  version: string;
  license?: string | undefined;
  homepage?: string | undefined;
  repository?: string | { type: 'git'; url: string } | undefined;
}

/** From the spec (`info.version`, `info.license`, `externalDocs`) and the command line's flags. */
export function packageMetadata(model: ApiModel, options: MetadataOptions): PackageMetadata {
  return {
    version: options.packageVersion === undefined ? semverOf(model.version) : checkedVersion(options.packageVersion),
    license: options.license === undefined ? licenseOf(model.license) : checkedLicense(options.license),
    homepage: model.docsUrl !== undefined && /^https?:\/\//i.test(model.docsUrl) ? model.docsUrl : undefined,
    repository: options.repository === undefined ? undefined : checkedRepository(options.repository),
  };
}

/** semver.org's own expression for a valid version. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/**
 * `info.version` as an npm version. OpenAPI's is free text: a semver stays as it is (less a leading
 * `v`), `2` and `2.1` are padded to `2.0.0` and `2.1.0`, and anything else (a date such as
 * `2020-03-02`) becomes a pre-release of 0.0.0, `0.0.0-2020-03-02`, which sorts below any real
 * release: set `--package-version` to publish it as one.
 */
export function semverOf(version: string): string {
  const trimmed = version.trim().replace(/^v(?=\d)/i, '');
  if (SEMVER.test(trimmed)) return trimmed;
  const short = /^(\d+)(?:\.(\d+))?$/.exec(trimmed);
  if (short) return `${Number(short[1])}.${Number(short[2] ?? 0)}.0`;
  const label = trimmed.replace(/[^0-9A-Za-z-]+/g, '-').replace(/^-+|-+$/g, '');
  // A pre-release identifier of digits only may not start with 0; one with a letter or `-` may.
  const identifier = /^\d+$/.test(label) ? `v${label}` : label;
  return identifier === '' ? '0.0.0' : `0.0.0-${identifier}`;
}

function checkedVersion(version: string): string {
  if (!SEMVER.test(version)) throw new GeneratorError(`--package-version ${JSON.stringify(version)} is not a semantic version (for example 1.4.0 or 2.0.0-beta.1)`);
  return version;
}

/** npm wants an SPDX expression: the 3.1 `identifier`, or a name that is one word (`MIT`, `Apache-2.0`). */
function licenseOf(license: ApiModel['license']): string | undefined {
  if (license === undefined) return undefined;
  if (license.identifier !== undefined && SPDX.test(license.identifier)) return license.identifier;
  if (license.name !== undefined && /^[A-Za-z0-9.+-]+$/.test(license.name)) return license.name;
  return undefined;
}

/** An SPDX expression's characters: identifiers, `AND`/`OR`/`WITH`, parentheses, `+`. */
const SPDX = /^[A-Za-z0-9.+\-() ]+$/;

function checkedLicense(license: string): string {
  if (!SPDX.test(license) && !/^SEE LICENSE IN [^\n"]+$/.test(license) && license !== 'UNLICENSED') {
    throw new GeneratorError(`--license ${JSON.stringify(license)} is not an SPDX expression (for example MIT or Apache-2.0), UNLICENSED or "SEE LICENSE IN <file>"`);
  }
  return license;
}

/** A git URL, or one of npm's shorthands (`github:owner/repo`, `gitlab:owner/repo`, `owner/repo`), which npm expands itself. */
function checkedRepository(repository: string): string | { type: 'git'; url: string } {
  if (/^(?:(?:github|gitlab|bitbucket|gist):)?[\w.-]+\/[\w.-]+$/.test(repository)) return repository;
  if (/^(?:git\+)?(?:https?|ssh|git):\/\/[^\s"]+$/.test(repository)) return { type: 'git', url: repository };
  throw new GeneratorError(`--repository ${JSON.stringify(repository)} is neither a git URL nor owner/repo (github:owner/repo, gitlab:owner/repo)`);
}
