import type { TestApp } from './test-app';

type Token = string | (() => string);

/**
 * The one request helper of the e2e specs: supertest calls (checked against the OpenAPI document
 * by TestApp.http) with the bearer of `defaultToken`, or of the token passed to the call.
 * Both arguments may be functions, for an app and tokens assigned in `beforeAll`.
 */
export function requests(app: TestApp | (() => TestApp), defaultToken: Token) {
  const http = () => (typeof app === 'function' ? app() : app).http();
  const bearer = (token?: string) =>
    `Bearer ${token ?? (typeof defaultToken === 'function' ? defaultToken() : defaultToken)}`;
  return {
    get: (path: string, token?: string) => http().get(path).set('Authorization', bearer(token)),
    delete: (path: string, token?: string) => http().delete(path).set('Authorization', bearer(token)),
    post: (path: string, body?: unknown, token?: string) => {
      const req = http().post(path).set('Authorization', bearer(token));
      return body === undefined ? req : req.send(body as object);
    },
    patch: (path: string, body: unknown, token?: string) =>
      http()
        .patch(path)
        .set('Authorization', bearer(token))
        .send(body as object),
  };
}
