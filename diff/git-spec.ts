/**
 * `git:<ref>`: the project's spec as it is at a git ref, copied into a temporary folder so that it
 * is read like any spec on disk.
 *
 * The ref comes from a command line, and in CI perhaps from a pull request: it is never given to a
 * shell (git runs with an argument list), never read as an option (it may not start with `-`, and
 * `--end-of-options` comes before it), and resolved to a commit first. Only the regular files under
 * the spec's folder are copied out, by their object ids; a symbolic link there is refused, so a spec
 * cannot bring a link to a file outside it.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { GeneratorError } from '../generator/errors.js';

export interface SpecCopy {
  /** The spec's root file in the copy. */
  path: string;
  /** Removes the copy. */
  remove(): void;
}

/** `git:origin/main` -> the ref; `git:v1.2.0:api/openapi.yaml` names another root file. */
export function parseGitInput(input: string, defaultSpec: string): { ref: string; specFile: string } | undefined {
  if (!input.startsWith('git:')) return undefined;
  const rest = input.slice('git:'.length);
  // A ref cannot hold a colon (git check-ref-format), so the first one starts the path.
  const colon = rest.indexOf(':');
  return colon === -1 ? { ref: rest, specFile: defaultSpec } : { ref: rest.slice(0, colon), specFile: rest.slice(colon + 1) };
}

export async function specAtRef(ref: string, specFile: string, cwd = process.cwd()): Promise<SpecCopy> {
  const label = `git:${ref}`;
  if (ref === '' || ref.startsWith('-') || /[\u0000-\u001f\u007f\s]/.test(ref)) {
    throw new GeneratorError(`${label}: not a git ref (a ref has no spaces or control characters and does not start with "-")`);
  }
  const folder = posix.normalize(dirname(specFile).split(sep).join('/'));
  if (folder.startsWith('..') || posix.isAbsolute(folder)) throw new GeneratorError(`${label}: the spec ${specFile} must be inside the project`);

  const commit = (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd, label, `${ref} is not a commit in this repository`)).trim();
  const listing = await git(['ls-tree', '-r', '-z', commit, '--', folder], cwd, label);
  const files: { path: string; id: string }[] = [];
  for (const entry of listing.split('\0').filter(Boolean)) {
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (!match) continue;
    const [, mode, type, id, path] = match;
    if (mode === '120000') throw new GeneratorError(`${label}: ${path} is a symbolic link; the spec's folder must hold regular files only`);
    if (type === 'blob') files.push({ path: path!, id: id! });
  }
  if (!files.some((file) => posix.normalize(file.path) === posix.normalize(specFile.split(sep).join('/')))) {
    throw new GeneratorError(`${label}: there is no ${specFile} at ${ref} (${commit.slice(0, 12)})`);
  }

  const root = mkdtempSync(join(tmpdir(), 'spec-at-ref-'));
  try {
    const contents = await readBlobs(files.map((file) => file.id), cwd, label);
    for (const [index, file] of files.entries()) {
      const target = resolve(root, file.path);
      if (!target.startsWith(root + sep)) throw new GeneratorError(`${label}: ${file.path} would be written outside the copy`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, contents[index]!);
    }
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return { path: join(root, specFile), remove: () => rmSync(root, { recursive: true, force: true }) };
}

async function git(args: string[], cwd: string, label: string, failure?: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    const { stderr, code } = error as { stderr?: string; code?: string | number };
    if (code === 'ENOENT') throw new GeneratorError(`${label}: git is not installed`);
    throw new GeneratorError(`${label}: ${failure ?? (stderr?.trim() || (error as Error).message)}`);
  }
}

/** The blobs' contents, in order, from one `git cat-file --batch`. */
function readBlobs(ids: string[], cwd: string, label: string): Promise<Buffer[]> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => reject(new GeneratorError(`${label}: cannot run git (${error.message})`)));
    child.on('close', (code) => {
      if (code !== 0) return reject(new GeneratorError(`${label}: git cat-file failed: ${stderr.trim()}`));
      const output = Buffer.concat(chunks);
      const blobs: Buffer[] = [];
      let offset = 0;
      for (const id of ids) {
        const headerEnd = output.indexOf(10, offset);
        const header = output.subarray(offset, headerEnd).toString();
        const match = /^([0-9a-f]+) blob (\d+)$/.exec(header);
        if (!match || match[1] !== id) return reject(new GeneratorError(`${label}: unexpected answer from git cat-file: ${header}`));
        const size = Number(match[2]);
        blobs.push(output.subarray(headerEnd + 1, headerEnd + 1 + size));
        offset = headerEnd + 1 + size + 1;
      }
      resolvePromise(blobs);
    });
    child.stdin.end(ids.map((id) => `${id}\n`).join(''));
  });
}
