/**
 * TypeScript 7's language server, `tsc --lsp --stdio` (the native executable of the `typescript7`
 * package), driven over the Language Server Protocol as an editor would: initialize with the
 * workspace folder, open the file, send each change as the one range that differs (incremental
 * sync), and pull diagnostics (`textDocument/diagnostic`, so the server does not push them on its own
 * after each change). `pprofDir` makes the server write Go CPU profiles of the session.
 */
import { pathToFileURL } from 'node:url';
import { compilerCommand } from '../typecheck.ts';
import { frame, startServer } from './server.ts';
import { position, textChange, type EditorSession } from './session.ts';

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

export async function startLsp(workspace: string, options: { pprofDir?: string } = {}): Promise<EditorSession> {
  const [executable] = await compilerCommand('ts7');
  const args = ['--lsp', '--stdio', ...(options.pprofDir ? ['--pprofDir', options.pprofDir] : [])];
  const server = startServer('tsc --lsp', executable!, args, (raw) => {
    const message = raw as Message;
    if (message.method !== undefined) {
      // A request from the server (configuration, capability registration): answer it plainly.
      if (message.id !== undefined) send({ id: message.id, result: answerTo(message) });
      return;
    }
    if (message.id !== undefined) server.settle(message.id, message.error ? { error: message.error.message } : { result: message.result });
  });
  const send = (message: object) => server.child.stdin.write(frame({ jsonrpc: '2.0', ...message }));
  const request = (method: string, params?: unknown) => server.request((id) => send({ id, method, params }));
  const notify = (method: string, params?: unknown) => send({ method, params });

  const root = pathToFileURL(workspace).href;
  await request('initialize', {
    processId: process.pid,
    rootUri: root,
    workspaceFolders: [{ uri: root, name: 'bench' }],
    capabilities: {
      textDocument: {
        synchronization: { didSave: false },
        completion: { completionItem: { snippetSupport: true, labelDetailsSupport: true }, contextSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
      },
      workspace: { configuration: true, workspaceFolders: true },
    },
  });
  notify('initialized', {});

  const documents = new Map<string, { text: string; version: number }>();
  const at = (file: string, offset: number) => ({ textDocument: { uri: uri(file) }, position: position(documents.get(file)!.text, offset) });

  return {
    async open(file, text) {
      documents.set(file, { text, version: 1 });
      notify('textDocument/didOpen', { textDocument: { uri: uri(file), languageId: 'typescript', version: 1, text } });
    },
    async edit(file, text) {
      const document = documents.get(file)!;
      const change = textChange(document.text, text);
      const range = { start: position(document.text, change.start), end: position(document.text, change.end) };
      document.text = text;
      document.version++;
      notify('textDocument/didChange', { textDocument: { uri: uri(file), version: document.version }, contentChanges: [{ range, text: change.newText }] });
    },
    async completion(file, offset) {
      const result = (await request('textDocument/completion', { ...at(file, offset), context: { triggerKind: 1 } })) as
        | { items: { label: string }[] }
        | { label: string }[]
        | null;
      const items = Array.isArray(result) ? result : (result?.items ?? []);
      // TypeScript 7 labels an optional member `name?`; tsserver names it `name`.
      return items.map((item) => item.label.replace(/\?$/, ''));
    },
    async hover(file, offset) {
      const result = (await request('textDocument/hover', at(file, offset))) as { contents?: { value?: string } | string } | null;
      const contents = result?.contents;
      return typeof contents === 'string' ? contents : (contents?.value ?? '');
    },
    async diagnostics(file) {
      const result = (await request('textDocument/diagnostic', { textDocument: { uri: uri(file) } })) as { items?: { message: string }[] };
      return (result.items ?? []).map((item) => item.message);
    },
    async close() {
      await server.stop(async () => {
        await request('shutdown');
        notify('exit');
      });
    },
  };
}

function uri(file: string): string {
  return pathToFileURL(file).href;
}

/** `workspace/configuration` wants one value per item asked for; everything else takes `null`. */
function answerTo(message: Message): unknown {
  if (message.method === 'workspace/configuration') {
    const items = (message.params as { items?: unknown[] } | undefined)?.items ?? [];
    return items.map(() => null);
  }
  return null;
}
