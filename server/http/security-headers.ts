import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * helmet with a CSP the studio works under: scripts only from this origin (eval allowed for ajv); inline styles allowed
 * (antd and bpmn-js set style attributes); images and fonts also from data:/blob: URLs.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        // 'unsafe-eval': @rjsf/validator-ajv8 compiles JSON Schemas with `new Function`; the forms
        // are edited by admins at runtime, so they cannot be precompiled at build time.
        'script-src': ["'self'", "'unsafe-eval'"],
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
