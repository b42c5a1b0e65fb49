import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config';

/** Paths the web application never answers: a miss there stays a 404 problem. */
const SERVER_PATHS = /^\/(api|health|metrics)(\/|$)/;

/** Vite writes content-hashed files into assets/: a new build gives new names, so they never change. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and unhashed files are revalidated (ETag) on every use, so a new build shows at once. */
const REVALIDATE = 'no-cache';

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pacta</title></head>
<body><main><h1>Pacta</h1>
<p>The API is running, but the web application is not built. Run <code>npm run build</code> and restart.</p>
<p>API: <a href="/api/v1">/api/v1</a> · documentation: <a href="/api/docs">/api/docs</a></p>
</main></body></html>
`;

/** A browser navigating to a page address: GET/HEAD accepting HTML, outside the server's paths. */
function wantsPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (SERVER_PATHS.test(request.url.split('?')[0])) return false;
  const accept = request.headers.accept;
  return typeof accept === 'string' && accept.includes('text/html');
}

const isRoot = (request: FastifyRequest) =>
  (request.method === 'GET' || request.method === 'HEAD') && request.url.split('?')[0] === '/';

/**
 * Serves the built web application (config.webDir) at `/`: its files with cache headers, and
 * index.html for any other page address (`/documents/{id}`, …) a browser navigates to, so the
 * application's router shows it. Without a build, `/` explains how to make one.
 */
export async function serveWebApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const built = existsSync(join(config.webDir, 'index.html'));
  if (built) {
    const assets = join(config.webDir, 'assets') + sep;
    // Loaded only when there is something to serve (it adds ~0.2 s of module loading under load).
    const { default: fastifyStatic } = await import('@fastify/static');
    await app.register(fastifyStatic, {
      root: config.webDir,
      prefix: '/',
      // One route per file of the build (no catch-all), so API misses stay 404 problems.
      wildcard: false,
      index: ['index.html'],
      preCompressed: true,
      cacheControl: false,
      serveDotFiles: false,
      setHeaders: (reply: FastifyReply, path: string) => {
        reply.header('Cache-Control', path.startsWith(assets) ? IMMUTABLE : REVALIDATE);
      },
    });
  }
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.is404 || !(built ? wantsPage(request) : isRoot(request))) return;
    if (built) return reply.sendFile('index.html');
    return reply.type('text/html; charset=utf-8').header('Cache-Control', REVALIDATE).send(NOT_BUILT);
  });
}
