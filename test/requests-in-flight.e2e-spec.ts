import { request as httpRequest, type ClientRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RequestsInFlight } from '../src/common/requests-in-flight';
import { NotificationWorker } from '../src/notifications/delivery.worker';
import { subscribeInbox } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/** Settles pending promise callbacks (and one timer turn). */
const turn = () => new Promise((r) => setImmediate(r));

/** Resolves to true when the promise has settled by the next turn. */
const settled = async (p: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void p.then(() => (done = true));
  await turn();
  return done;
};

describe('RequestsInFlight: the moment background work waits for', () => {
  it('is quiet at once when no request is in flight', async () => {
    const requests = new RequestsInFlight();
    expect(requests.size).toBe(0);
    await expect(settled(requests.quiet(60_000))).resolves.toBe(true);
  });

  it('wakes its waiters when the last request leaves, not before', async () => {
    const requests = new RequestsInFlight();
    requests.enter();
    requests.enter();
    const waiting = requests.quiet(60_000);
    requests.leave();
    expect(requests.size).toBe(1);
    await expect(settled(waiting)).resolves.toBe(false);
    requests.leave();
    await expect(settled(waiting)).resolves.toBe(true);
  });

  it('gives up waiting after maxWaitMs, so that work under steady load still progresses', async () => {
    const requests = new RequestsInFlight();
    requests.enter();
    await requests.quiet(20);
    expect(requests.size).toBe(1);
  });

  it('forgets a waiter that gave up, so that steady load does not pile them up', async () => {
    const requests = new RequestsInFlight();
    requests.enter();
    await Promise.all([requests.quiet(10), requests.quiet(10), requests.quiet(10)]);
    expect(requests.waiting).toBe(0);
    const waiting = requests.quiet(60_000);
    expect(requests.waiting).toBe(1);
    requests.leave();
    await expect(settled(waiting)).resolves.toBe(true);
    expect(requests.waiting).toBe(0);
  });

  it('never counts below zero (a request left twice is left once)', () => {
    const requests = new RequestsInFlight();
    requests.leave();
    requests.enter();
    expect(requests.size).toBe(1);
  });
});

describe('the app counts its requests in flight (the notification worker gives way to them)', () => {
  let t: TestApp;
  let requests: RequestsInFlight;
  let port: number;
  beforeAll(async () => {
    t = await startTestApp({ notificationsWorker: false });
    requests = t.app.get(RequestsInFlight);
    const server = t.app.getHttpServer();
    if (!server.listening) await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  const until = async (ok: () => boolean) => {
    for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  };

  /** A POST whose body is announced but not sent yet: the request is in flight until it is. */
  const held = async (token: string): Promise<{ req: ClientRequest; answered: Promise<number> }> => {
    let answer!: (status: number) => void;
    const answered = new Promise<number>((r) => (answer = r));
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/v1/institutions',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'content-length': '1000',
      },
    });
    req.on('response', (res) => {
      res.resume();
      answer(res.statusCode ?? 0);
    });
    req.on('error', () => answer(0));
    req.flushHeaders();
    await until(() => requests.size === 1);
    return { req, answered };
  };

  it('counts a request from its headers until its answer is sent', async () => {
    const { req, answered } = await held(await t.token('editor'));
    expect(requests.size).toBe(1);
    const body = JSON.stringify({ name: 'Held ministry', kind: 'ministry', country: 'AZ' });
    req.end(body.padEnd(1000, ' '));
    await expect(answered).resolves.toBe(201);
    await until(() => requests.size === 0);
    expect(requests.size).toBe(0);
  });

  it('stops counting a request its client abandons before the answer', async () => {
    const { req } = await held(await t.token('editor'));
    expect(requests.size).toBe(1);
    req.destroy();
    await until(() => requests.size === 0);
    expect(requests.size).toBe(0);
  });

  it.each([
    ['an unknown route (404)', '/api/v1/nowhere', 404],
    ['a path refused before routing (NUL, 400)', '/api/v1/documents/%00', 400],
    ['a request without a token (401)', '/api/v1/documents', 401],
  ])('stops counting %s', async (_name, path, status) => {
    await t.http().get(path).expect(status);
    await until(() => requests.size === 0);
    expect(requests.size).toBe(0);
  });

  it('is back to zero after many requests at once', async () => {
    const token = await t.token('viewer');
    const answers = await Promise.all(
      Array.from({ length: 40 }, () =>
        t.http().get('/api/v1/documents?limit=5').set('Authorization', `Bearer ${token}`),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    await until(() => requests.size === 0);
    expect(requests.size).toBe(0);
  });

  it('a drain still delivers everything while a request stays in flight the whole time', async () => {
    const auth = await subscribeInbox(t, 'manager');
    const doc = await t
      .http()
      .post('/api/v1/documents')
      .set('Authorization', `Bearer ${await t.token('editor')}`)
      .send({ title: 'Yielding agreement', type: 'memorandum_of_understanding', countries: ['AZ'] })
      .expect(201);
    const ids: string[] = [];
    for (const title of ['First yielding milestone', 'Second yielding milestone']) {
      const m = await t
        .http()
        .post('/api/v1/milestones')
        .set(auth)
        .send({ title, documentId: doc.body.id, dueOn: '2031-01-01', ownerInstitutionIds: [] })
        .expect(201);
      ids.push(m.body.id);
    }
    for (const id of ids)
      await t
        .http()
        .post(`/api/v1/milestones/${id}/transitions`)
        .set(auth)
        .send({ to: 'in_progress' })
        .expect(200);

    const { req } = await held(await t.token('editor'));
    try {
      const { delivered } = await t.app.get(NotificationWorker).drain();
      expect(requests.size).toBe(1);
      expect(delivered).toBe(2);
    } finally {
      req.destroy();
    }
    const unread = await t.http().get('/api/v1/notifications/unread-count').set(auth).expect(200);
    expect(unread.body.count).toBe(2);
  });
});
