// The body of the text-extraction worker thread (started by text-extraction.extractor.ts): it parses
// one file at a time, so that a slow or hostile file costs this thread's time and heap, never the
// server's event loop. An ES module with erasable types only: `tsc` compiles it to a `.mjs` next to
// the compiled extractor, and under Jest Node runs this source itself (it strips the types).
import { parentPort } from 'node:worker_threads';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface ExtractRequest {
  id: number;
  contentType: string;
  bytes: Uint8Array;
  maxChars: number;
}

async function parse(contentType: string, bytes: Uint8Array): Promise<string | null> {
  if (contentType === 'application/pdf') {
    const { extractText, getDocumentProxy } = await import('unpdf');
    const pdf = await getDocumentProxy(bytes, { verbosity: 0 });
    try {
      return (await extractText(pdf, { mergePages: true })).text;
    } finally {
      await pdf.loadingTask.destroy();
    }
  }
  if (contentType === DOCX) {
    const mammoth = (await import('mammoth')).default;
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return (await mammoth.extractRawText({ buffer })).value;
  }
  if (contentType.startsWith('text/plain')) return Buffer.from(bytes).toString('utf8');
  return null;
}

/** Control characters out (they have no place in an index), trimmed, at most `maxChars`. */
function clean(text: string | null, maxChars: number): string | null {
  // eslint-disable-next-line no-control-regex
  const out = (text ?? '').replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, ' ').trim();
  return out ? out.slice(0, maxChars) : null;
}

parentPort?.on('message', (request: ExtractRequest) => {
  parse(request.contentType, request.bytes).then(
    (text) => parentPort?.postMessage({ id: request.id, text: clean(text, request.maxChars) }),
    (error: unknown) =>
      parentPort?.postMessage({
        id: request.id,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
});
