/**
 * The e2e test site: static pages from tests/e2e/pages served on 127.0.0.1 at a random port. One document (Larkspur's
 * SLA) is served in two versions from the SAME URL; a test flips `server.setVersion('larkspur', 2)` between visits.
 *
 * Each vendor has its own host name, `<vendor>.localhost`, which the browser maps to 127.0.0.1
 * (`--host-resolver-rules`): the library groups a vendor's documents by site host, so three vendors on one host
 * would be saved as one. The news page is on 127.0.0.1 itself.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fernhollowPdf, lockedPdf, scannedPdf } from './file-fixtures';

/** Files served as bytes (tests/e2e/pdf.e2e.ts): path → host, content type and body, built at run time. */
export const FILE_ROUTES = {
  fernhollowPdf: { host: 'fernhollow.localhost', path: '/fernhollow/legal/sla.pdf', type: 'application/pdf' },
  // The same PDF at a URL without .pdf: only its content type says what it is.
  fernhollowDownload: { host: 'fernhollow.localhost', path: '/fernhollow/download/sla', type: 'application/pdf' },
  // Files the reader refuses, each with its own message: no text layer, a password.
  scannedPdf: { host: 'fernhollow.localhost', path: '/fernhollow/legal/scanned.pdf', type: 'application/pdf' },
  lockedPdf: { host: 'fernhollow.localhost', path: '/fernhollow/legal/locked.pdf', type: 'application/pdf' },
} as const;

export type FileRouteName = keyof typeof FILE_ROUTES;

const PAGES = join(dirname(fileURLToPath(import.meta.url)), 'pages');

/** Path → page file (or template) for every test page. */
export const ROUTES = {
  nimbuslySla: { host: 'nimbusly.localhost', path: '/nimbusly/legal/sla', file: 'nimbusly-sla.html' },
  nimbuslyTerms: { host: 'nimbusly.localhost', path: '/nimbusly/legal/terms', file: 'nimbusly-terms.html' },
  nimbuslyPricing: { host: 'nimbusly.localhost', path: '/nimbusly/pricing', file: 'nimbusly-pricing.html' },
  larkspurSla: {
    host: 'larkspur.localhost',
    path: '/larkspur/legal/service-level-agreement',
    file: 'larkspur-sla.html',
  },
  orbitantSla: { host: 'orbitant.localhost', path: '/orbitant/trust/service-levels', file: 'orbitant-sla.html' },
  // A brand named by the title and the preamble beside its legal name in capitals, and nav words like "Host"
  // (tests/e2e/vendor-brand.e2e.ts).
  kestrelSla: { host: 'kestrel.localhost', path: '/kestrel/legal/sla', file: 'kestrel-sla.html' },
  // Hostile pages (tests/e2e/hostile.e2e.ts): a page that records messages posted to it…
  quillfeatherSla: { host: 'quillfeather.localhost', path: '/quillfeather/legal/sla', file: 'quillfeather-sla.html' },
  // … a page hiding "99.999% uptime" from readers with CSS, and a clause in a closed <details>.
  tallowmereSla: { host: 'tallowmere.localhost', path: '/tallowmere/legal/sla', file: 'tallowmere-sla.html' },
  // … a page that renders and re-renders its own DOM, as a framework does, and records DOM mutations.
  wrenfieldSla: { host: 'wrenfield.localhost', path: '/wrenfield/legal/sla', file: 'wrenfield-sla.html' },
  // An Arabic SLA (tests/e2e/arabic.e2e.ts): <html dir="rtl" lang="ar">, Arabic-Indic digits, a service-credit table.
  arRimalSla: { host: 'rimal.localhost', path: '/rimal/ar/legal/sla', file: 'ar-rimal-sla.html' },
  // A bilingual agreement, English and Arabic side by side, the English controlling (tests/e2e/compare-sources.e2e.ts).
  sawahilBilingual: { host: 'sawahil.localhost', path: '/sawahil/legal/agreement', file: 'sawahil-bilingual.html' },
  news: {
    host: '127.0.0.1',
    path: '/news/2024/12/02/cloud-outage-leaves-retailers-scrambling',
    file: 'news-article.html',
  },
} as const;

/** Vendor host names the browser must resolve to 127.0.0.1. */
export const HOST_RESOLVER_RULES = 'MAP *.localhost 127.0.0.1';

export type PageName = keyof typeof ROUTES;

/** The two versions of Larkspur's SLA: v2 lowers the uptime and shortens the maintenance notice. */
const LARKSPUR_VERSIONS: Record<1 | 2, Record<string, string>> = {
  1: { VERSION: '3.1', UPDATED: 'June 2, 2025', UPTIME: '99.9', MAINT_NOTICE: 'seven (7) days' },
  2: { VERSION: '3.2', UPDATED: 'September 15, 2025', UPTIME: '99.5', MAINT_NOTICE: 'forty-eight (48) hours' },
};

export interface TestSite {
  /** http://127.0.0.1:<port> */
  origin: string;
  port: number;
  /** The page's URL as the browser sees it (vendor host name). */
  url(page: PageName): string;
  /** The same page at 127.0.0.1, for Node's fetch (which does not know the vendor host names). */
  directUrl(page: PageName): string;
  /** Whether `url` is on the test site (any of its host names, this port). */
  isOwn(url: string): boolean;
  /** Which version of Larkspur's SLA the same URL serves from now on. */
  setVersion(doc: 'larkspur', version: 1 | 2): void;
  /** A served file's URL as the browser sees it (vendor host name). */
  fileUrl(name: FileRouteName): string;
  /** Paths requested so far, in order. */
  hits: string[];
  close(): Promise<void>;
}

function render(file: string, vars: Record<string, string> | null): string {
  const html = readFileSync(join(PAGES, file), 'utf8');
  if (!vars) return html;
  return html.replace(/\{\{([A-Z_]+)\}\}/g, (m, key: string) => vars[key] ?? m);
}

/** The bytes of a file route (tests/e2e/file-fixtures.ts). */
function fileBody(path: string): Uint8Array {
  if (path === FILE_ROUTES.scannedPdf.path) return scannedPdf();
  if (path === FILE_ROUTES.lockedPdf.path) return lockedPdf();
  return fernhollowPdf();
}

export async function startServer(): Promise<TestSite> {
  let larkspur: 1 | 2 = 1;
  const hits: string[] = [];
  const byPath = new Map<string, (typeof ROUTES)[PageName]>(Object.values(ROUTES).map((r) => [r.path, r]));

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    hits.push(url.pathname + url.search);
    const route = byPath.get(url.pathname.replace(/\/$/, '') || '/');
    const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    const file = Object.values(FILE_ROUTES).find((f) => f.path === url.pathname);
    if (file) {
      const body = fileBody(file.path);
      res.writeHead(200, { ...headers, 'content-type': file.type, 'content-length': String(body.byteLength) });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204, headers).end();
      return;
    }
    if (!route) {
      res.writeHead(404, { ...headers, 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Not found</title><h1>Not found</h1>');
      return;
    }
    const vars = route.file === ROUTES.larkspurSla.file ? LARKSPUR_VERSIONS[larkspur] : null;
    res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
    res.end(render(route.file, vars));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const hosts = new Set<string>([...Object.values(ROUTES), ...Object.values(FILE_ROUTES)].map((r) => r.host));
  return {
    origin,
    port,
    url: (page) => `http://${ROUTES[page].host}:${port}${ROUTES[page].path}`,
    directUrl: (page) => origin + ROUTES[page].path,
    fileUrl: (name) => `http://${FILE_ROUTES[name].host}:${port}${FILE_ROUTES[name].path}`,
    isOwn: (url) => {
      try {
        const u = new URL(url);
        return u.protocol === 'http:' && u.port === String(port) && hosts.has(u.hostname);
      } catch {
        return false;
      }
    },
    setVersion: (_doc, version) => {
      larkspur = version;
    },
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
