import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * helmet with a CSP the studio works under: scripts only from this origin, never eval (the studio's
 * forms are checked by interpretation, studio/src/forms/schema-check.ts, not by ajv's compiled
 * code); inline styles allowed (antd and bpmn-js set style attributes); images and fonts also
 * from data:/blob: URLs.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'worker-src': ["'self'", 'blob:'],
        'connect-src': ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}
