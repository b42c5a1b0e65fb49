import { fileTypeFromBuffer } from 'file-type';

/** What §12 accepts, as detected from the bytes. */
export const ACCEPTED_TYPES: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/tiff': 'tif',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'text/plain; charset=utf-8': 'txt',
};

/** How much of the start of a file is kept for detection: zip containers are told apart by their first entries. */
export const SNIFF_BYTES = 1024 * 1024;

/** C0 controls other than tab, line feed, form feed and carriage return, and DEL: not text. */
// eslint-disable-next-line no-control-regex
const BINARY = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/**
 * Follows the bytes of an upload as they stream past: keeps its first SNIFF_BYTES for
 * signature detection and checks, chunk by chunk, that the whole is UTF-8 text without
 * control characters (a file no signature names is accepted only as such text).
 */
export class TypeSniffer {
  private readonly head: Buffer[] = [];
  private headLength = 0;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private text = true;

  push(chunk: Buffer): void {
    if (this.headLength < SNIFF_BYTES) {
      const part = chunk.subarray(0, SNIFF_BYTES - this.headLength);
      this.head.push(part);
      this.headLength += part.length;
    }
    if (!this.text) return;
    try {
      if (BINARY.test(this.decoder.decode(chunk, { stream: true }))) this.text = false;
    } catch {
      this.text = false;
    }
  }

  /** The accepted content type, or the detected (refused) one prefixed with `!`. */
  async result(): Promise<{ contentType: string | null; detected: string }> {
    if (this.text) {
      try {
        this.decoder.decode();
      } catch {
        this.text = false;
      }
    }
    const found = await fileTypeFromBuffer(Buffer.concat(this.head, this.headLength));
    if (found) return { contentType: ACCEPTED_TYPES[found.mime] ? found.mime : null, detected: found.mime };
    if (this.text) return { contentType: 'text/plain; charset=utf-8', detected: 'text/plain' };
    return { contentType: null, detected: 'application/octet-stream' };
  }
}
