import { MAX_FILE_BYTES } from './expansion-limits.js';

/** How long one remote spec file may take to arrive, headers and body. */
export const DOWNLOAD_TIMEOUT_MS = 30_000;

export interface Downloaded {
  body: string;
  mimeType: string | undefined;
}

/**
 * One remote spec file (`--allow-remote-refs`), held to the limits a local one is held to: a server
 * that sends a body without end, or never finishes sending it, is cut off at the size a spec file
 * may have or after the time limit, instead of filling the machine's memory or holding the run.
 * fetch follows redirects to http(s) URLs only, so a redirect cannot lead to a local file.
 */
export async function download(url: string, limits: { maxBytes?: number; timeoutMs?: number } = {}): Promise<Downloaded> {
  const maxBytes = limits.maxBytes ?? MAX_FILE_BYTES;
  const timeoutMs = limits.timeoutMs ?? DOWNLOAD_TIMEOUT_MS;
  const tooLarge = () => new Error(`${url} is larger than the ${maxBytes / 1024 / 1024} MiB a spec file may have: refused`);
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, { signal, redirect: 'follow' });
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(`${url} answered ${response.status} ${response.statusText}`.trimEnd());
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      await response.body?.cancel();
      throw tooLarge();
    }
    const chunks: Uint8Array[] = [];
    let received = 0;
    if (response.body) {
      const reader = response.body.getReader();
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        received += chunk.value.byteLength;
        if (received > maxBytes) {
          await reader.cancel();
          throw tooLarge();
        }
        chunks.push(chunk.value);
      }
    }
    const body = new TextDecoder().decode(Buffer.concat(chunks));
    return { body, mimeType: response.headers.get('content-type') ?? undefined };
  } catch (error) {
    if (signal.aborted) throw new Error(`${url} did not arrive within ${timeoutMs / 1000} s: refused`);
    throw error;
  }
}
