import {
  DEFAULT_EXTRACTION_LIMITS,
  ExtractionFailed,
  TextExtractor,
} from '../src/attachments/text-extraction.extractor';
import { TextExtractionWorker } from '../src/attachments/text-extraction.worker';
import { AccessContext } from './support/access-table';
import { docx, pdf } from './support/sample-files';
import { startTestApp, type TestApp } from './support/test-app';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A Word document of `paragraphs` paragraphs: megabytes of XML in a small zip, slow to parse. */
const largeDocx = (paragraphs: number, last = 'Kashagan') =>
  docx([
    ...Array.from(
      { length: paragraphs },
      (_, i) =>
        `Article ${i}. The Parties shall cooperate in the transit of crude oil across the Caspian Sea.`,
    ),
    last,
  ]);

/** A file that starts as a PDF (so it is accepted as one) and is not one after its header. */
const corruptPdf = () =>
  Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('garbage, no objects, no xref '.repeat(40))]);

describe('text extraction in a worker thread (spec §12, §13)', () => {
  describe('the thread', () => {
    let extractor: TextExtractor;
    beforeEach(() => {
      extractor = new TextExtractor();
    });
    afterEach(() => extractor.close());

    it('extracts PDF, DOCX and plain text', async () => {
      expect(await extractor.extract('application/pdf', pdf('Tengiz Novorossiysk'), 1000)).toContain(
        'Tengiz Novorossiysk',
      );
      expect(await extractor.extract(DOCX, docx(['Caspian ferry']), 1000)).toBe('Caspian ferry');
      expect(await extractor.extract('text/plain; charset=utf-8', Buffer.from(' Мұнай\u0000 '), 1000)).toBe(
        'Мұнай',
      );
    });

    it('keeps the event loop turning while it parses a large file', async () => {
      const file = largeDocx(10_000);
      let settled = false;
      const extraction = extractor.extract(DOCX, file, 10_000_000).finally(() => (settled = true));
      let turns = 0;
      while (!settled) {
        await new Promise((resolve) => setImmediate(resolve));
        turns++;
      }
      const text = await extraction;
      expect(text).toContain('Article 9999.');
      expect(text!.endsWith('Kashagan')).toBe(true);
      // mammoth on this thread: 10–12 turns for the whole parse (one synchronous XML parse of
      // 1 MB); in the thread: about 270 000 on the development machine.
      expect(turns).toBeGreaterThan(1000);
    });

    it('fails a file the parser refuses, and parses the next one', async () => {
      const refused = extractor.extract('application/pdf', corruptPdf(), 1000);
      await expect(refused).rejects.toBeInstanceOf(ExtractionFailed);
      await expect(refused).rejects.toMatchObject({ crashed: false });
      expect(await extractor.extract('application/pdf', pdf('Aktau port'), 1000)).toContain('Aktau port');
    });

    it('stops a file over the time limit, and the next file gets a fresh thread', async () => {
      await extractor.setLimits({ timeMs: 1 });
      await expect(extractor.extract(DOCX, largeDocx(10_000), 1000)).rejects.toMatchObject({
        crashed: true,
        message: expect.stringContaining('longer than 1 ms'),
      });
      await extractor.setLimits({ timeMs: DEFAULT_EXTRACTION_LIMITS.timeMs });
      expect(await extractor.extract(DOCX, docx(['Zhanaozen']), 1000)).toBe('Zhanaozen');
    });

    it('survives a file that exhausts the thread’s heap, and parses the next one under the same limit', async () => {
      await extractor.setLimits({ heapMb: 48 });
      await expect(extractor.extract(DOCX, largeDocx(30_000), 1000)).rejects.toMatchObject({
        crashed: true,
        message: expect.stringMatching(/memory/i),
      });
      expect(await extractor.extract(DOCX, docx(['Karachaganak']), 1000)).toBe('Karachaganak');
      expect(await extractor.extract('application/pdf', pdf('Karachaganak'), 1000)).toContain('Karachaganak');
    });
  });

  describe('through the upload and the search', () => {
    let t: TestApp;
    let ctx: AccessContext;
    let editor: string;
    let worker: TextExtractionWorker;

    beforeAll(async () => {
      t = await startTestApp();
      ctx = new AccessContext(t, await t.adminToken());
      editor = await t.token('editor', 'confidential');
      worker = t.app.get(TextExtractionWorker);
    });
    afterAll(() => t.close());

    const upload = async (documentId: string, file: Buffer, fileName: string, title?: string) => {
      let call = t
        .http()
        .post(`/api/v1/documents/${documentId}/attachments`)
        .set('Authorization', `Bearer ${editor}`)
        .field('kind', 'signed_original');
      if (title) call = call.field('title', title);
      const res = await call.attach('file', file, fileName);
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const search = async (q: string) => {
      const res = await t.http().get('/api/v1/search').query({ q }).set('Authorization', `Bearer ${editor}`);
      expect(res.status).toBe(200);
      return (res.body.items as { id: string }[]).map((i) => i.id);
    };
    const textStatus = async (documentId: string, attachmentId: string) => {
      const res = await t
        .http()
        .get(`/api/v1/documents/${documentId}/attachments/${attachmentId}`)
        .set('Authorization', `Bearer ${editor}`);
      expect(res.status).toBe(200);
      return res.body.versions[0].textStatus as string;
    };

    it('finds a PDF by the words of its text once it is extracted', async () => {
      const document = await ctx.document({ title: 'Protocol of the commission' });
      const id = await upload(document.id, pdf('Shymkent refinery modernisation'), 'protocol.pdf');
      await worker.drain();
      expect(await textStatus(document.id, id)).toBe('extracted');
      expect(await search('Shymkent refinery')).toEqual([document.id]);
    });

    it('keeps a corrupt PDF stored and findable by its title, marked failed', async () => {
      const document = await ctx.document({ title: 'Annex of the commission' });
      const bytes = corruptPdf();
      const id = await upload(document.id, bytes, 'scan.pdf', 'Atyrau terminal scan');
      await worker.drain();
      expect(await textStatus(document.id, id)).toBe('failed');
      expect(await search('Atyrau')).toEqual([document.id]);
      const content = await t
        .http()
        .get(`/api/v1/documents/${document.id}/attachments/${id}/content`)
        .set('Authorization', `Bearer ${editor}`)
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      expect(content.status).toBe(200);
      expect(Buffer.compare(content.body as Buffer, bytes)).toBe(0);
      expect((await t.db.query('SELECT count(*)::int AS n FROM text_extraction_jobs'))[0].n).toBe(0);
    });

    it('marks failed a file that kills the thread, and extracts the next upload', async () => {
      await worker.setLimits({ heapMb: 48 });
      try {
        const document = await ctx.document({ title: 'Agreement of the commission' });
        const hostile = await upload(document.id, largeDocx(30_000), 'bomb.docx', 'Balkhash annex');
        const next = await upload(document.id, pdf('Pavlodar aluminium smelter'), 'next.pdf');
        await worker.drain();
        expect(await textStatus(document.id, hostile)).toBe('failed');
        expect(await textStatus(document.id, next)).toBe('extracted');
        expect(await search('Balkhash')).toEqual([document.id]);
        expect(await search('Pavlodar smelter')).toEqual([document.id]);
      } finally {
        await worker.setLimits({ heapMb: DEFAULT_EXTRACTION_LIMITS.heapMb });
      }
    });
  });
});
