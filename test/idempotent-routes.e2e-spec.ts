import { RequestMethod } from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { PUBLIC_KEY } from '../src/auth/auth.decorators';
import { IdempotencyInterceptor } from '../src/common/idempotency.interceptor';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Idempotency is applied per route (a global interceptor slowed every request): this keeps a new
 * authenticated POST from being added without it.
 */
describe('every authenticated POST honours Idempotency-Key', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('has the idempotency interceptor on each authenticated POST handler', () => {
    const posts: { route: string; idempotent: boolean }[] = [];
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const wrapper of module.controllers.values()) {
        const type = wrapper.metatype as (new (...args: never[]) => object) | null;
        if (!type) continue;
        let proto = type.prototype;
        const seen = new Set<string>();
        while (proto && proto !== Object.prototype) {
          for (const name of Object.getOwnPropertyNames(proto)) {
            if (seen.has(name) || name === 'constructor') continue;
            seen.add(name);
            const handler = proto[name];
            if (typeof handler !== 'function') continue;
            if (Reflect.getMetadata(METHOD_METADATA, handler) !== RequestMethod.POST) continue;
            if (Reflect.getMetadata(PUBLIC_KEY, handler)) continue;
            const interceptors: unknown[] = Reflect.getMetadata(INTERCEPTORS_METADATA, handler) ?? [];
            posts.push({
              route: `${Reflect.getMetadata(PATH_METADATA, type)}/${Reflect.getMetadata(PATH_METADATA, handler)} (${type.name}.${name})`,
              idempotent: interceptors.includes(IdempotencyInterceptor),
            });
          }
          proto = Object.getPrototypeOf(proto);
        }
      }
    }
    expect(posts.length).toBeGreaterThanOrEqual(10);
    expect(posts.filter((p) => !p.idempotent)).toEqual([]);
  });

  it('replays a transition retried with the same key without a second change', async () => {
    const token = await t.token('editor');
    const created = await t
      .http()
      .post('/api/v1/institutions')
      .set('Authorization', `Bearer ${token}`)
      .send({ name: 'Ministry of Culture', country: 'AZ', kind: 'ministry' })
      .expect(201);
    const send = () =>
      t
        .http()
        .post(`/api/v1/institutions/${created.body.id}/transitions`)
        .set('Authorization', `Bearer ${token}`)
        .set('Idempotency-Key', 'defunct-once')
        .send({ to: 'defunct', reason: 'merged' });
    const first = await send();
    const retry = await send();
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const history = await t
      .http()
      .get(`/api/v1/institutions/${created.body.id}/transitions`)
      .set('Authorization', `Bearer ${token}`);
    expect(history.body).toHaveLength(1);
  });
});
