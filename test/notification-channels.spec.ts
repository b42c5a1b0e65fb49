import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { Webhook } from 'standardwebhooks';
import { ConfigError, loadConfig } from '../src/config/app-config';
import { backoffMs } from '../src/notifications/delivery.worker';
import { SmtpEmailChannel, type EmailChannelOptions } from '../src/notifications/channels/email';
import { checkTarget, refusedRange } from '../src/notifications/channels/ssrf';
import type { DigestMessage, EmailRecipient, OutgoingEvent } from '../src/notifications/channels/types';
import { HttpWebhookChannel, type WebhookChannelOptions } from '../src/notifications/channels/webhook';
import { generateWebhookSecret, webhookSecretKey } from '../src/notifications/channels/webhook-secret';

/** The outgoing channels (issue 14 points 3 and 4) against a real SMTP server and real HTTP servers. */

const LINK = 'https://pacta.example.org/milestones/0b6e1c52-4f7b-4c1e-9a55-0d7f3c1a9e01';

function event(overrides: Partial<OutgoingEvent> = {}): OutgoingEvent {
  return {
    deliveryId: '5f1d9a8e-33a4-4f4e-8d5b-8f7a3c2b1d00',
    eventId: '7c2e4b1a-0d9f-4e6a-b3c8-1a2b3c4d5e6f',
    type: 'milestone.overdue',
    occurredAt: '2026-12-01T08:00:00.000Z',
    subject: {
      kind: 'milestone',
      id: '0b6e1c52-4f7b-4c1e-9a55-0d7f3c1a9e01',
      title: 'Middle Corridor tariffs',
    },
    data: { dueOn: '2026-11-30', status: 'in_progress' },
    link: LINK,
    ...overrides,
  };
}

const recipient = (language: EmailRecipient['language'] = 'en'): EmailRecipient => ({
  email: 'manager@example.org',
  displayName: 'Aigerim Manager',
  language,
});

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

describe('email channel', () => {
  let smtp: SMTPServer;
  let smtpPort: number;
  const received: ParsedMail[] = [];
  let rejectRecipient = false;
  const channels: SmtpEmailChannel[] = [];

  const channel = (overrides: Partial<EmailChannelOptions> = {}) => {
    const c = new SmtpEmailChannel({
      smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
      from: 'Pacta <pacta@pacta.example.org>',
      mailDir: join(tmpdir(), 'unused'),
      timeoutMs: 3000,
      ...overrides,
    });
    channels.push(c);
    return c;
  };

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(_address, _session, callback) {
        if (!rejectRecipient) return callback();
        const error = new Error('mailbox unavailable') as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
      },
      onData(stream, _session, callback) {
        simpleParser(stream).then(
          (mail) => {
            received.push(mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    smtpPort = (smtp.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    for (const c of channels) c.onModuleDestroy();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  beforeEach(() => {
    received.length = 0;
    rejectRecipient = false;
  });

  it('sends a readable text and HTML message in the recipient language, escaped, with the link', async () => {
    const result = await channel().sendEvent(
      recipient('ru'),
      event({
        subject: { kind: 'milestone', id: 'm1', title: 'Tariffs <script>alert(1)</script> & "quotes"' },
      }),
    );
    expect(result).toMatchObject({ ok: true, statusCode: 250 });
    expect(result.detail).toMatch(/^accepted: 250/);
    expect(received).toHaveLength(1);
    const mail = received[0];
    expect(mail.subject).toBe('Этап просрочен: Tariffs <script>alert(1)</script> & "quotes"');
    expect(mail.messageId).toBe('<5f1d9a8e-33a4-4f4e-8d5b-8f7a3c2b1d00@pacta.example.org>');
    expect(mail.headers.get('content-language')).toBe('ru');
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail.from?.value[0]).toMatchObject({ name: 'Pacta', address: 'pacta@pacta.example.org' });
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0].address : null).toBe('manager@example.org');
    expect(mail.text).toContain('Здравствуйте, Aigerim Manager!');
    expect(mail.text).toContain('истёк 30 ноября 2026');
    expect(mail.text).toContain(`Открыть в Pacta: ${LINK}`);
    const html = mail.html as string;
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain(`href="${LINK}"`);
    expect(html).toContain('Tariffs &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).not.toMatch(/<script/i);
  });

  it.each([
    ['en', 'Milestone overdue: Middle Corridor tariffs', 'was due on November 30, 2026', 'Open in Pacta'],
    ['ru', 'Этап просрочен: Middle Corridor tariffs', 'истёк 30 ноября 2026', 'Открыть в Pacta'],
    ['az', 'Mərhələnin müddəti keçib: Middle Corridor tariffs', 'son tarixi', 'Pacta-da aç'],
    ['kk', 'Кезеңнің мерзімі өтіп кетті: Middle Corridor tariffs', 'аяқталған жоқ', 'Pacta-да ашу'],
  ] as const)('writes %s', async (language, subject, line, open) => {
    const result = await channel().sendEvent(recipient(language), event());
    expect(result.ok).toBe(true);
    expect(received[0].subject).toBe(subject);
    expect(received[0].text).toContain(line);
    expect(received[0].text).toContain(`${open}: ${LINK}`);
    expect(received[0].html).toContain(`lang="${language}"`);
  });

  it('says what happened for each event type', async () => {
    const c = channel();
    await c.sendEvent(
      recipient(),
      event({ type: 'milestone.due_soon', data: { dueOn: '2026-12-08', daysBefore: 7 } }),
    );
    await c.sendEvent(
      recipient(),
      event({
        type: 'milestone.transitioned',
        data: { from: 'planned', to: 'in_progress', reason: 'Kick-off held' },
      }),
    );
    await c.sendEvent(
      recipient(),
      event({
        type: 'document.expiring',
        subject: { kind: 'document', id: 'd', title: 'Transit MoU' },
        data: { expiresOn: '2027-03-01' },
      }),
    );
    expect(received.map((m) => m.subject)).toEqual([
      'Milestone due soon: Middle Corridor tariffs',
      'Milestone status changed: Middle Corridor tariffs',
      'Document expiring: Transit MoU',
    ]);
    expect(received[0].text).toContain('is due on December 8, 2026 (in 7 days)');
    expect(received[1].text).toContain('moved from “planned” to “in progress”');
    expect(received[1].text).toContain('Reason: Kick-off held');
    expect(received[2].text).toContain('expires on March 1, 2027');
  });

  it('sends a digest as one message listing overdue and due-soon milestones', async () => {
    const digest: DigestMessage = {
      recipient: recipient('kk'),
      day: '2026-12-01',
      overdue: [
        {
          milestoneId: 'a',
          title: 'Customs <b>pilot</b>',
          dueOn: '2026-11-20',
          status: 'in_progress',
          documentTitle: 'Transit MoU',
          link: `${LINK}?a`,
        },
        {
          milestoneId: 'b',
          title: 'Rail gauge study',
          dueOn: '2026-11-25',
          status: 'planned',
          documentTitle: 'Rail accord',
          link: `${LINK}?b`,
        },
      ],
      dueSoon: [
        {
          milestoneId: 'c',
          title: 'Port tariffs',
          dueOn: '2026-12-05',
          status: 'planned',
          documentTitle: 'Port accord',
          link: `${LINK}?c`,
        },
      ],
      dashboardLink: 'https://pacta.example.org/dashboard?countries=KZ',
    };
    const result = await channel().sendDigest(digest);
    expect(result.ok).toBe(true);
    expect(received).toHaveLength(1);
    const mail = received[0];
    expect(mail.subject).toMatch(/^Pacta шолуы, .*: мерзімі өткен — 2, мерзімі жақын — 1$/);
    expect(mail.messageId).toMatch(/^<digest-2026-12-01-[0-9a-f]{16}@pacta\.example\.org>$/);
    expect(mail.text).toContain('Мерзімі өткен кезеңдер (2)');
    expect(mail.text).toContain('Мерзімі жақындаған кезеңдер (1)');
    expect(mail.text).toContain('- Rail gauge study: мерзімі');
    expect(mail.text).toContain('Бақылау тақтасын ашу: https://pacta.example.org/dashboard?countries=KZ');
    const html = mail.html as string;
    expect(html).toContain(`<a href="${LINK}?c">Port tariffs</a>`);
    expect(html).toContain('Customs &lt;b&gt;pilot&lt;/b&gt;');
    expect(html).not.toContain('<b>pilot');
  });

  it('reports a refused recipient (5xx) as final', async () => {
    rejectRecipient = true;
    const result = await channel().sendEvent(recipient(), event());
    expect(result).toMatchObject({ ok: false, retryable: false, statusCode: 550 });
  });

  it('reports an SMTP server that is down as retryable', async () => {
    const down = createServer();
    const port = await listen(down);
    await closeServer(down);
    const result = await channel({ smtpUrl: `smtp://127.0.0.1:${port}` }).sendEvent(recipient(), event());
    expect(result).toMatchObject({ ok: false, retryable: true });
    expect(result.detail).toMatch(/ECONNECTION|ECONNREFUSED/);
  });

  it('never puts the SMTP password in the delivery log', async () => {
    const down = createServer();
    const port = await listen(down);
    await closeServer(down);
    const result = await channel({ smtpUrl: `smtp://pacta:hunter2-very-secret@127.0.0.1:${port}` }).sendEvent(
      recipient(),
      event(),
    );
    expect(result.ok).toBe(false);
    expect(result.detail).not.toContain('hunter2-very-secret');
  });

  it('writes a parseable .eml file per delivery when no SMTP server is configured', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pacta-mail-'));
    try {
      const mailDir = join(dataDir, 'mail');
      const c = channel({ smtpUrl: null, mailDir });
      const first = await c.sendEvent(recipient('az'), event());
      expect(first).toMatchObject({
        ok: true,
        detail: 'written to mail/5f1d9a8e-33a4-4f4e-8d5b-8f7a3c2b1d00.eml',
      });
      // A retry of the same delivery rewrites the same file: no duplicates, no temporary leftovers.
      await c.sendEvent(recipient('az'), event());
      expect(readdirSync(mailDir)).toEqual(['5f1d9a8e-33a4-4f4e-8d5b-8f7a3c2b1d00.eml']);
      const raw = readFileSync(join(mailDir, '5f1d9a8e-33a4-4f4e-8d5b-8f7a3c2b1d00.eml'));
      const mail = await simpleParser(raw);
      expect(mail.subject).toBe('Mərhələnin müddəti keçib: Middle Corridor tariffs');
      expect(mail.messageId).toBe('<5f1d9a8e-33a4-4f4e-8d5b-8f7a3c2b1d00@pacta.example.org>');
      expect(mail.text).toContain(LINK);
      expect(mail.html).toContain('lang="az"');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('webhook channel', () => {
  const secret = generateWebhookSecret();
  const base: WebhookChannelOptions = {
    allowPrivate: true,
    connectTimeoutMs: 2000,
    timeoutMs: 3000,
    maxResponseBytes: 64 * 1024,
    maxRedirects: 3,
  };
  let server: Server;
  let port: number;
  let handler: (req: IncomingMessage, res: ServerResponse, body: string) => void;
  const hits: { url: string; headers: IncomingMessage['headers']; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        hits.push({ url: req.url ?? '', headers: req.headers, body });
        handler(req, res, body);
      });
    });
    port = await listen(server);
  });
  afterAll(() => closeServer(server));
  beforeEach(() => {
    hits.length = 0;
    handler = (_req, res) => res.writeHead(204).end();
  });

  it('generates Standard Webhooks secrets', () => {
    const a = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(webhookSecretKey(a).length).toBeGreaterThanOrEqual(24);
    expect(generateWebhookSecret()).not.toBe(a);
  });

  it('posts a signed event that the standardwebhooks library verifies', async () => {
    handler = (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('thanks');
    const result = await new HttpWebhookChannel(base).send(
      { url: `http://127.0.0.1:${port}/hooks/pacta?x=1`, secret },
      event(),
    );
    expect(result).toMatchObject({ ok: true, retryable: false, statusCode: 200, detail: 'HTTP 200' });
    expect(hits).toHaveLength(1);
    const hit = hits[0];
    expect(hit.url).toBe('/hooks/pacta?x=1');
    expect(hit.headers['content-type']).toBe('application/json');
    expect(hit.headers['webhook-id']).toBe('5f1d9a8e-33a4-4f4e-8d5b-8f7a3c2b1d00');
    expect(hit.headers['webhook-signature']).toMatch(/^v1,/);
    const headers = {
      'webhook-id': String(hit.headers['webhook-id']),
      'webhook-timestamp': String(hit.headers['webhook-timestamp']),
      'webhook-signature': String(hit.headers['webhook-signature']),
    };
    const payload = new Webhook(secret).verify(hit.body, headers) as Record<string, unknown>;
    expect(payload).toEqual({
      type: 'milestone.overdue',
      timestamp: '2026-12-01T08:00:00.000Z',
      data: event(),
    });
    // Any change to the body breaks the signature; so does another secret.
    expect(() => new Webhook(secret).verify(hit.body.replace('overdue', 'due_soon'), headers)).toThrow();
    expect(() => new Webhook(generateWebhookSecret()).verify(hit.body, headers)).toThrow();
  });

  it.each([
    ['https://10.0.0.1/', 'private'],
    ['https://172.16.5.4/', 'private'],
    ['https://172.31.255.255/', 'private'],
    ['https://192.168.1.1/', 'private'],
    ['https://127.0.0.1/', 'loopback'],
    ['https://127.10.20.30/', 'loopback'],
    ['https://169.254.169.254/latest/meta-data/', 'linkLocal'],
    ['https://100.64.0.1/', 'carrierGradeNat'],
    ['https://0.0.0.0/', 'unspecified'],
    ['https://[::1]/', 'loopback'],
    ['https://[::]/', 'unspecified'],
    ['https://[fe80::1]/', 'linkLocal'],
    ['https://[fc00::1]/', 'uniqueLocal'],
    ['https://[fd12:3456::1]/', 'uniqueLocal'],
    ['https://[::ffff:127.0.0.1]/', 'loopback'],
    ['https://[::ffff:10.1.2.3]/', 'private'],
    ['https://[::ffff:169.254.1.1]/', 'linkLocal'],
    ['https://0x7f.1/', 'loopback'],
    ['https://localhost/', 'loopback'],
  ])('refuses %s (%s) as final, without connecting', async (url, range) => {
    const result = await new HttpWebhookChannel({ ...base, allowPrivate: false }).send(
      { url, secret },
      event(),
    );
    expect(result).toMatchObject({ ok: false, retryable: false });
    expect(result.detail).toMatch(/^refused: /);
    expect(result.detail).toContain(`(${range})`);
  });

  it('passes public addresses and checks every address a name resolves to', async () => {
    expect(refusedRange('8.8.8.8')).toBeNull();
    expect(refusedRange('2a00:1450:4001:82a::200e')).toBeNull();
    const mixed = await checkTarget('https://hooks.example.org/x', {
      allowPrivate: false,
      resolveAll: () =>
        Promise.resolve([
          { address: '93.184.216.34', family: 4 },
          { address: '10.0.0.7', family: 4 },
        ]),
    });
    expect(mixed).toEqual({ ok: false, reason: expect.stringContaining('10.0.0.7 (private)') as string });
    const plain = await checkTarget('http://hooks.example.org/x', {
      allowPrivate: false,
      resolveAll: () => Promise.resolve([{ address: '93.184.216.34', family: 4 }]),
    });
    expect(plain).toMatchObject({ ok: false, reason: expect.stringContaining('plain http') as string });
    expect(await checkTarget('ftp://hooks.example.org/', { allowPrivate: true })).toMatchObject({
      ok: false,
    });
  });

  it('connects to the address it checked, without resolving the name again (no DNS rebinding)', async () => {
    let calls = 0;
    const rebinding = () => {
      calls++;
      return Promise.resolve([{ address: calls === 1 ? '127.0.0.1' : '10.9.9.9', family: 4 as const }]);
    };
    const channel = new HttpWebhookChannel({
      ...base,
      allowPrivate: false,
      allowedNetworks: ['127.0.0.1/32'],
      resolveAll: rebinding,
    });
    const result = await channel.send({ url: `http://hooks.rebind.test:${port}/`, secret }, event());
    expect(result).toMatchObject({ ok: true, statusCode: 204 });
    expect(calls).toBe(1);
    expect(hits[0].headers.host).toBe(`hooks.rebind.test:${port}`);
  });

  describe('redirects (followed up to 3, each target checked again)', () => {
    const guarded = () =>
      new HttpWebhookChannel({ ...base, allowPrivate: false, allowedNetworks: ['127.0.0.1/32'] });

    it('follows a redirect to an allowed target, re-posting the signed body', async () => {
      handler = (req, res) =>
        req.url === '/old' ? res.writeHead(308, { location: '/new' }).end() : res.writeHead(202).end();
      const result = await guarded().send({ url: `http://127.0.0.1:${port}/old`, secret }, event());
      expect(result).toMatchObject({ ok: true, statusCode: 202, detail: 'HTTP 202 after 1 redirect' });
      expect(hits.map((h) => h.url)).toEqual(['/old', '/new']);
      expect(hits[1].body).toBe(hits[0].body);
      expect(hits[1].headers['webhook-signature']).toBe(hits[0].headers['webhook-signature']);
    });

    it.each([
      'http://[::1]:PORT/',
      'http://127.0.0.2:PORT/',
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/',
      'http://[::ffff:192.168.0.1]/',
    ])('refuses a redirect to %s', async (location) => {
      handler = (_req, res) => res.writeHead(302, { location: location.replace('PORT', String(port)) }).end();
      const result = await guarded().send({ url: `http://127.0.0.1:${port}/`, secret }, event());
      expect(result).toMatchObject({ ok: false, retryable: false });
      expect(result.detail).toMatch(/^refused: /);
      expect(hits).toHaveLength(1);
    });

    it('gives up after 3 redirects', async () => {
      handler = (req, res) => res.writeHead(307, { location: `${req.url}x` }).end();
      const result = await guarded().send({ url: `http://127.0.0.1:${port}/r`, secret }, event());
      expect(result).toMatchObject({
        ok: false,
        retryable: false,
        statusCode: 307,
        detail: 'more than 3 redirects',
      });
      expect(hits).toHaveLength(4);
    });
  });

  it.each([
    [200, true, false],
    [204, true, false],
    [400, false, false],
    [404, false, false],
    [410, false, false],
    [408, false, true],
    [429, false, true],
    [500, false, true],
    [503, false, true],
  ])('reads HTTP %i as ok=%s retryable=%s', async (status, ok, retryable) => {
    handler = (_req, res) => res.writeHead(status).end('no');
    const result = await new HttpWebhookChannel(base).send(
      { url: `http://127.0.0.1:${port}/`, secret },
      event(),
    );
    expect(result).toMatchObject({ ok, retryable, statusCode: status });
  });

  it('times out on a server that does not answer, as retryable', async () => {
    handler = () => undefined;
    const result = await new HttpWebhookChannel({ ...base, timeoutMs: 400 }).send(
      { url: `http://127.0.0.1:${port}/slow`, secret },
      event(),
    );
    expect(result).toMatchObject({ ok: false, retryable: true });
    expect(result.detail).toContain('timed out after 400 ms');
    expect(result.durationMs).toBeLessThan(2000);
  });

  it('stops reading a huge response at the cap', async () => {
    let written = 0;
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(16 * 1024, 'x');
      const pump = () => {
        while (written < 50 * 1024 * 1024 && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => undefined);
      pump();
    };
    const result = await new HttpWebhookChannel(base).send(
      { url: `http://127.0.0.1:${port}/big`, secret },
      event(),
    );
    expect(result).toMatchObject({
      ok: true,
      statusCode: 200,
      detail: 'HTTP 200; response cut at 65536 bytes',
    });
    expect(written).toBeLessThan(50 * 1024 * 1024);
  });

  it('reports a closed port as a retryable network error', async () => {
    const down = createServer();
    const downPort = await listen(down);
    await closeServer(down);
    const result = await new HttpWebhookChannel(base).send(
      { url: `http://127.0.0.1:${downPort}/`, secret },
      event(),
    );
    expect(result).toMatchObject({ ok: false, retryable: true, detail: 'network error: ECONNREFUSED' });
  });

  it('never writes the secret into the detail, whatever the receiver echoes', async () => {
    handler = (_req, res) => res.writeHead(400).end(`bad secret ${secret} / ${secret.slice(6)}`);
    const result = await new HttpWebhookChannel(base).send(
      { url: `http://127.0.0.1:${port}/`, secret },
      event(),
    );
    expect(result.ok).toBe(false);
    expect(result.detail).toContain('HTTP 400');
    expect(result.detail).not.toContain(secret.slice(6));
    expect(JSON.stringify(result)).not.toContain(secret.slice(6, 20));
    const bad = await new HttpWebhookChannel(base).send(
      { url: `http://127.0.0.1:${port}/`, secret: 'whsec_short' },
      event(),
    );
    expect(bad).toMatchObject({ ok: false, retryable: false });
    expect(bad.detail).not.toContain('short');
  });
});

describe('channel configuration', () => {
  const base = { DATABASE_URL: 'postgres://x@localhost/x', JWT_SECRET: 'x'.repeat(32) };

  it('reads the mail and webhook settings', () => {
    const config = loadConfig({
      ...base,
      PACTA_SMTP_URL: 'smtps://u:p@mail.example.org:465',
      PACTA_MAIL_FROM: 'Pacta <noreply@example.org>',
      PACTA_WEBHOOK_ALLOW_PRIVATE: 'true',
      PACTA_WEBHOOK_TIMEOUT_MS: '2500',
      PACTA_NOTIFICATIONS_BACKOFF_BASE_MS: '500',
    });
    expect(config).toMatchObject({
      notificationsBackoffBaseMs: 500,
      smtpUrl: 'smtps://u:p@mail.example.org:465',
      mailFrom: 'Pacta <noreply@example.org>',
      webhookAllowPrivate: true,
      webhookTimeoutMs: 2500,
      webhookConnectTimeoutMs: 5000,
    });
    expect(loadConfig(base)).toMatchObject({
      notificationsBackoffBaseMs: 30_000,
      smtpUrl: null,
      webhookAllowPrivate: false,
      webhookTimeoutMs: 10000,
    });
  });

  it('refuses bad values in one line, never repeating an SMTP password', () => {
    expect(() => loadConfig({ ...base, PACTA_SMTP_URL: 'http://u:topsecret@mail' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, PACTA_SMTP_URL: 'http://u:topsecret@mail' })).not.toThrow(/topsecret/);
    expect(() => loadConfig({ ...base, PACTA_MAIL_FROM: 'not an address' })).toThrow(/PACTA_MAIL_FROM/);
    expect(() => loadConfig({ ...base, PACTA_WEBHOOK_ALLOW_PRIVATE: 'yes' })).toThrow(
      /PACTA_WEBHOOK_ALLOW_PRIVATE/,
    );
    expect(() => loadConfig({ ...base, PACTA_WEBHOOK_TIMEOUT_MS: '0' })).toThrow(/PACTA_WEBHOOK_TIMEOUT_MS/);
    for (const bad of ['99', 'soon', '1.5', '3600001']) {
      expect(() => loadConfig({ ...base, PACTA_NOTIFICATIONS_BACKOFF_BASE_MS: bad })).toThrow(
        /PACTA_NOTIFICATIONS_BACKOFF_BASE_MS/,
      );
    }
  });

  it('backs off from the configured base, doubling, capped at an hour', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 500))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffMs(20, 30_000)).toBe(3_600_000);
    expect(backoffMs(30, 500)).toBe(3_600_000);
  });
});
