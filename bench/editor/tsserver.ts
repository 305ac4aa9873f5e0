/**
 * TypeScript 5's language server, tsserver, driven as VS Code drives it: one process, requests as
 * JSON lines on stdin, answers framed on stdout (see messages.ts), VS Code's default memory limit and
 * completion preferences. Diagnostic events are off: an editor asks for them after a pause in
 * typing, and the benchmark asks for them as a request of its own.
 *
 * `traceDirectory` makes tsserver write `--generateTrace`-style traces of its checker (one per
 * project), for profiling a session (see bench/editor/README in the Performance section).
 */
import { createRequire } from 'node:module';
import { startServer } from './server.ts';
import { position, textChange, type EditorSession } from './session.ts';

const require = createRequire(import.meta.url);

interface Response {
  type: 'response';
  request_seq: number;
  success: boolean;
  message?: string;
  body?: unknown;
}

/** VS Code's defaults for a TypeScript file (typescript-language-features), as far as completion goes. */
const PREFERENCES = {
  includeCompletionsForModuleExports: true,
  includeCompletionsForImportStatements: true,
  includeCompletionsWithSnippetText: true,
  includeCompletionsWithInsertText: true,
  includeAutomaticOptionalChainCompletions: true,
  includeCompletionsWithClassMemberSnippets: true,
  includeCompletionsWithObjectLiteralMethodSnippets: true,
  useLabelDetailsInCompletionEntries: true,
  allowIncompleteCompletions: true,
  displayPartsForJSDoc: true,
};

export async function startTsserver(options: { traceDirectory?: string } = {}): Promise<EditorSession> {
  const script = require.resolve('typescript/lib/tsserver.js');
  const args = ['--max-old-space-size=3072', script, '--disableAutomaticTypingAcquisition', '--suppressDiagnosticEvents', '--locale', 'en'];
  if (options.traceDirectory) args.push('--traceDirectory', options.traceDirectory);
  const server = startServer('tsserver', process.execPath, args, (message) => {
    const response = message as Response;
    if (response.type === 'response') server.settle(response.request_seq, response.success ? { result: response.body } : { error: response.message ?? 'request failed' });
  });
  const request = (command: string, args?: unknown) =>
    server.request((seq) => server.child.stdin.write(JSON.stringify({ seq, type: 'request', command, arguments: args }) + '\n'));

  const texts = new Map<string, string>();
  const location = (file: string, offset: number) => {
    const { line, character } = position(texts.get(file)!, offset);
    return { file, line: line + 1, offset: character + 1 };
  };

  await request('configure', { hostInfo: 'unified-api-bench', preferences: PREFERENCES });
  return {
    async open(file, text) {
      texts.set(file, text);
      await request('updateOpen', { openFiles: [{ file, fileContent: text, scriptKindName: 'TS' }] });
    },
    async edit(file, text) {
      const before = texts.get(file)!;
      const change = textChange(before, text);
      texts.set(file, text);
      const start = position(before, change.start);
      const end = position(before, change.end);
      await request('updateOpen', {
        changedFiles: [
          {
            fileName: file,
            textChanges: [
              { start: { line: start.line + 1, offset: start.character + 1 }, end: { line: end.line + 1, offset: end.character + 1 }, newText: change.newText },
            ],
          },
        ],
      });
    },
    async completion(file, offset) {
      const body = (await request('completionInfo', { ...location(file, offset), triggerKind: 1 })) as { entries?: { name: string }[] } | undefined;
      return (body?.entries ?? []).map((entry) => entry.name);
    },
    async hover(file, offset) {
      const body = (await request('quickinfo', location(file, offset)).catch(() => undefined)) as { displayString?: string } | undefined;
      return body?.displayString ?? '';
    },
    async diagnostics(file) {
      const body = (await request('semanticDiagnosticsSync', { file })) as { text: string }[];
      return body.map((diagnostic) => diagnostic.text);
    },
    async close() {
      // `exit` has no answer: the process ending is the answer.
      await server.stop(() => server.child.stdin.write(JSON.stringify({ seq: 0, type: 'request', command: 'exit' }) + '\n'));
    },
  };
}
