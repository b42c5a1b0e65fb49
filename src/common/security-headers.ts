import helmet, { type HelmetOptions } from 'helmet';

/**
 * The web application and the API: scripts only from Pacta's own files, never inline (a script
 * injected into a page cannot run). Styles may be inline: the component library sets `style`
 * attributes and a `<style>` of CSS variables at run time. Behind https, subresources are
 * upgraded; on plain http (loopback) that would break the page, so it is left out.
 */
export function webHelmetOptions(https: boolean): HelmetOptions {
  return {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: https ? [] : null,
      },
    },
  };
}

/** The Swagger UI pages (/api/docs) need inline scripts and styles; nothing else gets them. */
export const DOCS_HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", "'unsafe-inline'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
    },
  },
};

/**
 * helmet's headers, computed once. The headers do not depend on the request, but running helmet
 * per request (as @fastify/helmet does) re-parses the CSP every time: measured here at a third
 * of the throughput of a no-database route.
 */
export function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      // Lower case, as Fastify stores them: reply.header() then lowercases nothing per request.
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as never, response as never, () => undefined);
  return headers;
}
