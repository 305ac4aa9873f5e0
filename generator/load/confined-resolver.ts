/**
 * The one Redocly resolver every command reads a spec through (generate, bundle, lint, docs). A spec
 * arrives in pull requests, and whatever a `$ref` pulls in lands in the published package and docs:
 * so a `$ref` may read only files inside the folder of the spec's root file, unless the command
 * line allows more (CONTRACT.md section 8). Everything else is refused before it is read, and the
 * refusal says why; Redocly reports it where the `$ref` is written (file, line, JSON pointer).
 *
 * Each document it parses is held to the limits of expansion-limits.ts; a `.json` file is read with
 * JSON's own parser where that reads it as YAML's would (json-text.ts).
 */
import { realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { BaseResolver, ResolveError, Source, isAbsoluteUrl, type Document, type YamlParseError } from '@redocly/openapi-core';
import { download } from './download.js';
import { expansionProblem, MAX_FILE_BYTES } from './expansion-limits.js';
import { parseJsonText } from './json-text.js';

export interface RefPolicy {
  /** Folders besides the spec's own that `$ref`s may read (`--allow-ref-root DIR`). */
  allowRefRoots?: readonly string[];
  /** Whether `$ref`s may fetch http(s) URLs (`--allow-remote-refs`). */
  allowRemoteRefs?: boolean;
}

/** Never read, whatever the folders allowed: their files are the machine's, not a spec's. */
const SYSTEM_FOLDERS = ['/proc', '/sys', '/dev'];

/** A `$ref` refused before anything was read: where it is written and why. */
export interface Refusal {
  /** The file the `$ref` is written in (absolute), or undefined for the root file. */
  from: string | undefined;
  ref: string;
  reason: string;
}

export class RefRefusedError extends Error {
  override name = 'RefRefusedError';
}

export class ConfinedResolver extends BaseResolver {
  /** Real paths of the folders files may be read from: the spec's own first. */
  readonly roots: string[];
  readonly refusals: Refusal[] = [];
  private readonly allowRemote: boolean;

  constructor(rootFile: string, policy: RefPolicy = {}) {
    super();
    const specFolder = realFolder(dirname(resolve(rootFile)));
    this.roots = [specFolder, ...(policy.allowRefRoots ?? []).map((dir) => realFolder(resolve(dir)))];
    this.allowRemote = policy.allowRemoteRefs === true;
  }

  override async resolveDocument<T = unknown>(base: string | null, ref: string, isRoot = false): Promise<Document<T> | ResolveError | YamlParseError> {
    const reason = isRoot && base === null ? this.rootProblem(ref) : this.refProblem(base, ref);
    if (reason) {
      this.refusals.push({ from: base ?? undefined, ref, reason });
      throw new RefRefusedError(reason);
    }
    return super.resolveDocument<T>(base, ref, isRoot);
  }

  /** Redocly's own download reads whatever a server sends, for as long as it sends it. */
  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    if (!isAbsoluteUrl(absoluteRef)) return super.loadExternalRef(absoluteRef);
    try {
      const { body, mimeType } = await download(absoluteRef);
      return new Source(absoluteRef, body, mimeType);
    } catch (error) {
      throw new ResolveError(error as Error);
    }
  }

  override parseDocument(source: Source, isRoot = false): Document {
    let document: Document;
    try {
      const json = /\.json$/i.test(source.absoluteRef) ? parseJsonText(source.body) : undefined;
      document = json === undefined ? super.parseDocument(source, isRoot) : { source, parsed: json };
    } catch (error) {
      // The YAML parser recurses per level of nesting: a document nested thousands deep overflows it.
      if (error instanceof RangeError) throw new RefRefusedError(`${display(source.absoluteRef)} nests too deeply to parse: refused`);
      throw error;
    }
    const problem = expansionProblem(document.parsed, source.body.length);
    if (problem) throw new RefRefusedError(`${display(source.absoluteRef)}: ${problem}`);
    return document;
  }

  /** The root file is the command line's choice; it still has to be a regular file of sane size. */
  private rootProblem(ref: string): string | undefined {
    if (isAbsoluteUrl(ref)) return this.allowRemote ? undefined : `the spec ${ref} is a URL; download it, or pass --allow-remote-refs`;
    return fileProblem(resolve(ref), ref);
  }

  private refProblem(base: string | null, ref: string): string | undefined {
    const quoted = `reference ${JSON.stringify(ref)}`;
    if (isAbsoluteUrl(ref) || (base !== null && isAbsoluteUrl(base))) {
      const url = base !== null && !isAbsoluteUrl(ref) ? new URL(ref, base).href : ref;
      if (this.allowRemote && /^https?:\/\//i.test(url)) return undefined;
      return this.allowRemote
        ? `${quoted} is a ${url.split(':')[0]}: URL; only http(s) URLs may be fetched`
        : `${quoted} is a URL; the generator fetches nothing unless --allow-remote-refs is given`;
    }
    // The path Redocly will read, as it will read it (`?` and all: it is part of a file name here).
    const path = this.resolveExternalRef(base, ref);
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      // Missing: Redocly says so, unless the path is outside in the first place.
      return this.inside(path) ? undefined : outside(quoted, path, this.roots[0]!);
    }
    if (SYSTEM_FOLDERS.some((folder) => real === folder || real.startsWith(folder + sep))) {
      return `${quoted} leads to ${real}, a system file; specs never read those`;
    }
    if (!this.inside(real)) {
      return real === path || !this.inside(path)
        ? outside(quoted, real, this.roots[0]!)
        : `${quoted} is a symbolic link to ${display(real)}, outside the spec's folder ${display(this.roots[0]!)}; --allow-ref-root DIR allows another folder`;
    }
    return fileProblem(real, quoted);
  }

  private inside(path: string): boolean {
    return this.roots.some((root) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep));
  }
}

function outside(quoted: string, path: string, specFolder: string): string {
  return `${quoted} points to ${display(path)}, outside the spec's folder ${display(specFolder)}: refused before reading (--allow-ref-root DIR allows another folder)`;
}

/** Only regular files, and none too large to hold: a FIFO would block, a device never ends. */
function fileProblem(path: string, what: string): string | undefined {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return undefined;
  }
  if (!stats.isFile()) return `${what} is not a regular file (${display(path)})`;
  if (stats.size > MAX_FILE_BYTES) {
    return `${what} is ${(stats.size / 1024 / 1024).toFixed(0)} MiB, more than the ${MAX_FILE_BYTES / 1024 / 1024} MiB a spec file may have`;
  }
  return undefined;
}

function realFolder(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

/** A path as the user reads it: relative to where they run the command, when it is below that. */
function display(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown && !shown.startsWith('..') ? shown : path;
}
