/**
 * `npm run diff` as a team's CI runs it, in a git repository of its own holding a copy of the
 * shipped spec: `git:<ref>` inputs, the exit codes of --fail-on-breaking and --check-version, the
 * JSON, and refs that try to be options, shell commands or paths out of the project.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { specAtRef } from '../../diff/git-spec.ts';
import { ROOT, scratchFolders } from '../generator/helpers.ts';

const scratch = scratchFolders();
const TSX = createRequire(import.meta.url).resolve('tsx/cli');
let repo: string;

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
}

function diff(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [TSX, join(ROOT, 'diff/cli.ts'), ...args], { cwd: repo }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** Salesforce must now send `timezone` to updateUser. */
function requireTimezoneForSalesforce(): void {
  const file = join(repo, 'spec/schemas/UpdateUserRequestBody.yaml');
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf('  title:\n'); // the property after `timezone`
  writeFileSync(file, `${text.slice(0, at)}    x-required: [salesforce]\n${text.slice(at)}`);
}

function setVersion(version: string): void {
  const file = join(repo, 'spec/openapi.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^  version: .*$/m, `  version: ${version}`));
}

beforeAll(() => {
  repo = scratch('diff-repo');
  cpSync(join(ROOT, 'spec'), join(repo, 'spec'), { recursive: true });
  git('init', '-q');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'empty');
  git('add', 'spec');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'spec');
  git('tag', 'v1');
  requireTimezoneForSalesforce();
});

describe('npm run diff in a repository', () => {
  it('git:<ref> against the working tree: the Markdown names Salesforce, --fail-on-breaking and --check-version exit 1', async () => {
    const result = await diff('git:v1', '--fail-on-breaking', '--check-version');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('### Breaking for 1 integration\n\n**Salesforce** (`salesforce`)\n\n- `updateUser`: `body.timezone` becomes required\n');
    expect(result.stderr).toContain('diff: 1 breaking change(s) for 1 integration(s) (--fail-on-breaking)');
    expect(result.stderr).toContain('diff: info.version is 1.0.0; the changes need a major bump from 1.0.0: at least 2.0.0 (--check-version)');
    const plain = await diff('git:v1');
    expect(plain.code).toBe(0);
  });

  it('compares two refs, prints the contract JSON, and passes --check-version once the version is bumped', async () => {
    setVersion('2.0.0');
    git('add', 'spec');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'salesforce requires timezone');
    const result = await diff('git:v1', 'git:HEAD', '--json', '--check-version');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      semver: 'major',
      changes: [{ integration: 'salesforce', operation: 'updateUser', where: 'body.timezone', breaking: true, message: 'Salesforce: `updateUser`: `body.timezone` becomes required.' }],
    });
    // No input: git:HEAD against the working tree, which is the same.
    const none = await diff('--json');
    expect(JSON.parse(none.stdout)).toEqual({ semver: 'none', changes: [] });
  });

  it('refuses refs that try to be options, commands or paths out of the project, and symbolic links in the spec, with exit code 2', async () => {
    const refs = ['--output=pwned', 'HEAD;touch pwned', '$(touch${IFS}pwned)', 'HEAD`touch${IFS}pwned`', 'no-such-ref'];
    for (const ref of refs) {
      await expect(specAtRef(ref, 'spec/openapi.yaml', repo), ref).rejects.toThrow(new RegExp(`^git:${ref.replace(/[$()`{}|;]/g, '\\$&')}: `));
    }
    await expect(specAtRef('HEAD', '../outside/openapi.yaml', repo)).rejects.toThrow('git:HEAD: the spec ../outside/openapi.yaml must be inside the project');
    expect(readdirSync(repo).filter((name) => name.includes('pwned'))).toEqual([]);
    expect(existsSync(join(ROOT, 'pwned'))).toBe(false);

    symlinkSync('/etc/hostname', join(repo, 'spec', 'linked.yaml'));
    git('add', 'spec');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'link');
    // As a user sees it: one line, exit code 2, no stack trace.
    const linked = await diff('git:HEAD', 'spec/openapi.yaml');
    expect(linked).toEqual({ code: 2, stdout: '', stderr: 'error: git:HEAD: spec/linked.yaml is a symbolic link; the spec\'s folder must hold regular files only\n' });
  });
});
