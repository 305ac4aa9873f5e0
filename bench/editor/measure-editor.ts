/**
 * The editor benchmark of one case: for TypeScript 5 (tsserver) and 7 (`tsc --lsp`), one language
 * server on the generated client's project and one on the openapi-fetch project, side by side. For
 * each request kind, `edits` times: edit one call's request literal in both projects, then time the
 * same request in each (which goes first alternates), so that both figures of a pair are taken
 * seconds apart on a machine whose speed drifts. Every answer is checked (a completion list holds
 * what it must, an unedited file has no errors), so that a broken scenario cannot pass as fast.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startLsp } from './lsp.ts';
import { buildFile, callSites, FLAVORS, REQUEST_KINDS, type BuiltFile, type CallSite, type EditState, type Flavor, type RequestKind } from './scenario.ts';
import type { EditorSession } from './session.ts';
import { startTsserver } from './tsserver.ts';

export type EditorCompiler = 'ts5' | 'ts7';
export const EDITOR_COMPILERS: EditorCompiler[] = ['ts5', 'ts7'];

export interface EditorFigures {
  /** What each call site calls, for the report. */
  sites: string[];
  /** Edits per request kind and round. */
  edits: number;
  /** Per compiler and project: ms from opening the file to its first diagnostics (the project's load), one per round. */
  open: Record<EditorCompiler, Record<Flavor, number[]>>;
  /** Per compiler, request kind and project: ms per request, every edit of every round. */
  latency: Record<EditorCompiler, Record<RequestKind, Record<Flavor, number[]>>>;
}

export function emptyEditorFigures(sites: CallSite[], edits: number): EditorFigures {
  const perFlavor = () => ({ ours: [] as number[], baseline: [] as number[] });
  const perKind = () => Object.fromEntries(REQUEST_KINDS.map((kind) => [kind, perFlavor()])) as Record<RequestKind, Record<Flavor, number[]>>;
  return {
    sites: sites.map((site) => `${site.operation.operationId} for ${site.integration} (of ${site.operation.requests.size} integrations)`),
    edits,
    open: { ts5: perFlavor(), ts7: perFlavor() },
    latency: { ts5: perKind(), ts7: perKind() },
  };
}

/** The files of one project: three calls, and the first of them alone. */
interface ProjectFiles {
  calls: string;
  oneCall: string;
}

/** The two projects (one folder and tsconfig each, as an editor opens them) under `caseDir/editor/`. */
export interface EditorWork {
  sites: CallSite[];
  projects: Record<Flavor, ProjectFiles>;
}

/** The generated package, seen from `caseDir/editor/<flavor>/`. */
const PACKAGE = '../../package';

export function prepareEditorWork(spec: Record<string, unknown>, caseDir: string): EditorWork {
  const root = join(caseDir, 'editor');
  const sites = callSites(spec);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ private: true, type: 'module' }, null, 2) + '\n');
  const projects = {} as Record<Flavor, ProjectFiles>;
  for (const flavor of FLAVORS) {
    const dir = join(root, flavor);
    mkdirSync(dir, { recursive: true });
    // The benchmark consumer's settings (bench/consumer.ts): a strict application, skipLibCheck on.
    const compilerOptions = { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true, noEmit: true, types: [] };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['calls.ts', 'one-call.ts'] }, null, 2) + '\n');
    projects[flavor] = { calls: join(dir, 'calls.ts'), oneCall: join(dir, 'one-call.ts') };
    const state = initialState(sites);
    writeFileSync(projects[flavor].calls, fileText(flavor, sites, state, 'calls').text);
    writeFileSync(projects[flavor].oneCall, fileText(flavor, sites, state, 'oneCall').text);
  }
  return { sites, projects };
}

function initialState(sites: CallSite[]): EditState {
  return { accounts: sites.map(() => 0) };
}

function fileText(flavor: Flavor, sites: CallSite[], state: EditState, file: keyof ProjectFiles): BuiltFile {
  return file === 'calls' ? buildFile(flavor, sites, state, PACKAGE) : buildFile(flavor, sites.slice(0, 1), { accounts: state.accounts.slice(0, 1) }, PACKAGE);
}

export interface SessionOptions {
  /** TypeScript 5: write tsserver's checker traces here (one folder per project). */
  traceDirectory?: string;
  /** TypeScript 7: write the server's CPU profiles here (one folder per project). */
  pprofDir?: string;
}

function startSession(compiler: EditorCompiler, workspace: string, options: SessionOptions, flavor: Flavor): Promise<EditorSession> {
  return compiler === 'ts5'
    ? startTsserver({ traceDirectory: options.traceDirectory && join(options.traceDirectory, flavor) })
    : startLsp(workspace, { pprofDir: options.pprofDir && join(options.pprofDir, flavor) });
}

/**
 * One round for one compiler: open both projects, warm up (each request once at each call site, not
 * counted: the first requests of a server run colder code), then every request kind `edits` times.
 */
export async function editorRound(
  compiler: EditorCompiler,
  work: EditorWork,
  figures: EditorFigures,
  log: (message: string) => void,
  options: SessionOptions & { flavors?: Flavor[]; kinds?: RequestKind[] } = {},
): Promise<void> {
  const flavors = options.flavors ?? FLAVORS;
  const kinds = options.kinds ?? [...REQUEST_KINDS];
  const sessions = {} as Record<Flavor, EditorSession>;
  const state = initialState(work.sites);
  let edit = 0;
  try {
    for (const flavor of flavors) {
      const project = work.projects[flavor];
      sessions[flavor] = await startSession(compiler, dirname(project.calls), options, flavor);
      const started = performance.now();
      await sessions[flavor].open(project.calls, fileText(flavor, work.sites, state, 'calls').text);
      const diagnostics = await sessions[flavor].diagnostics(project.calls);
      figures.open[compiler][flavor].push(performance.now() - started);
      await sessions[flavor].open(project.oneCall, fileText(flavor, work.sites, state, 'oneCall').text);
      diagnostics.push(...(await sessions[flavor].diagnostics(project.oneCall)));
      if (diagnostics.length > 0) throw new Error(`${compiler}: the ${flavor} project has errors before any edit:\n${diagnostics.slice(0, 5).join('\n')}`);
    }
    const measure = async (kind: RequestKind, site: number, record: boolean) => {
      const file: keyof ProjectFiles = kind === 'diagnostics-one-call' ? 'oneCall' : 'calls';
      if (file === 'oneCall') site = 0;
      state.accounts[site] = ++edit;
      state.emptied = kind === 'completion-integration' ? site : undefined;
      const order = edit % 2 === 0 ? flavors : [...flavors].reverse();
      for (const flavor of order) {
        const path = work.projects[flavor][file];
        const built = fileText(flavor, work.sites, state, file);
        await sessions[flavor].edit(path, built.text);
        const offset = built.marks.get(`${site}:${kind}`);
        const started = performance.now();
        const answer = await ask(sessions[flavor], kind, path, offset);
        const elapsed = performance.now() - started;
        checkAnswer(compiler, flavor, kind, work.sites[site]!, answer);
        if (record) figures.latency[compiler][kind][flavor].push(elapsed);
      }
    };
    for (const kind of kinds) for (let site = 0; site < work.sites.length; site++) await measure(kind, site, false);
    for (const kind of kinds) {
      for (let index = 0; index < figures.edits; index++) await measure(kind, index % work.sites.length, true);
      const samples = figures.latency[compiler][kind];
      log(`${compiler} ${kind}: ${flavors.map((flavor) => `${flavor} p50 ${Math.round(percentile(samples[flavor], 0.5))} ms`).join(', ')}`);
    }
  } finally {
    await Promise.all(Object.values(sessions).map((session) => session.close()));
  }
}

function ask(session: EditorSession, kind: RequestKind, file: string, offset: number | undefined): Promise<string[] | string> {
  switch (kind) {
    case 'completion-body':
    case 'completion-integration':
    case 'completion-query':
      return session.completion(file, offset!);
    case 'hover-method':
    case 'hover-response':
      return session.hover(file, offset!);
    case 'diagnostics':
    case 'diagnostics-one-call':
      return session.diagnostics(file);
  }
}

/** What each answer must hold, so that a request that fails quietly (an empty list) is not timed as a fast one. */
function checkAnswer(compiler: EditorCompiler, flavor: Flavor, kind: RequestKind, site: CallSite, answer: string[] | string): void {
  const expected: Record<RequestKind, (answer: string[] | string) => boolean> = {
    'completion-body': (list) => list.length > 0,
    'completion-integration': (list) => list.includes(flavor === 'ours' ? site.integration : site.operation.route),
    'completion-query': (list) => list.includes('truto_response_format'),
    'hover-method': (hover) => hover.includes(flavor === 'ours' ? site.operation.operationId : 'POST'),
    'hover-response': (hover) => hover.length > 0,
    diagnostics: (list) => list.length === 0,
    'diagnostics-one-call': (list) => list.length === 0,
  };
  if (!expected[kind](answer)) {
    const shown = Array.isArray(answer) ? `[${answer.slice(0, 10).join(', ')}${answer.length > 10 ? ', ...' : ''}] (${answer.length})` : JSON.stringify(answer.slice(0, 300));
    throw new Error(`${compiler} ${flavor} ${kind} at ${site.operation.operationId} for ${site.integration}: unexpected answer ${shown}`);
  }
}

/** Nearest-rank percentile: the smallest sample at or above the share `p` of the samples. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}
