import { protocol } from 'electron';
import { contentSecurityPolicy } from '../shared/security/contentSecurityPolicy';
import { APP_SCHEME, serveAppRequest } from './services/appFiles';
import { logger } from './logging/logger';

/**
 * app://konvent is a standard, secure scheme, so the renderer gets a real origin (IndexedDB,
 * fetch, CSP) without file://. Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer (dist/renderer) with the app's CSP header; nothing outside it. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    try {
      return await serveAppRequest(rendererRoot, request.url, contentSecurityPolicy);
    } catch (error) {
      logger.error('app://-Anfrage fehlgeschlagen', error);
      return new Response('Fehler', { status: 500 });
    }
  });
}
