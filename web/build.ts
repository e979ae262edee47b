/**
 * Builds the web apps with the project's bundler: each app's `src/main.tsx` into
 * `.build/web/<app>/app.js` (minified ES2022 with a source map, Preact's JSX), beside its
 * `index.html` and `app.css`. The local gateway serves that directory; the CDK app deploys it.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const WEB_APPS = ['ops', 'returns'] as const;

/**
 * The security headers of every page, locally (local/static.ts) and from CloudFront (the CDK
 * app): only the page's own origin, the API, the sign-in and the evidence bucket. The console is
 * never framed; the returns page may be framed by the shop's own origins (`frameAncestors`) and by
 * nobody else, so no other site can dress it up to trick a shopper (clickjacking).
 */
export function pageHeaders(origins: {
  readonly connect: readonly string[];
  readonly media: readonly string[];
  readonly frameAncestors?: readonly string[];
}): Record<string, string> {
  const media = ["'self'", ...origins.media].join(' ');
  const framed = origins.frameAncestors !== undefined && origins.frameAncestors.length > 0;
  return {
    'content-security-policy': [
      "default-src 'self'",
      `connect-src ${["'self'", ...origins.connect, ...origins.media].join(' ')}`,
      `img-src ${media} data:`,
      `media-src ${media}`,
      `object-src ${media} blob:`,
      `frame-src ${media} blob:`,
      `frame-ancestors ${framed ? ["'self'", ...origins.frameAncestors!].join(' ') : "'none'"}`,
      "base-uri 'self'",
      "form-action 'self'",
    ].join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // X-Frame-Options names at most one origin: only where nothing may frame the page.
    ...(framed ? {} : { 'x-frame-options': 'DENY' }),
  };
}
export type WebApp = (typeof WEB_APPS)[number];

const ROOT = resolve(import.meta.dirname, '..');

export function webAppDir(app: WebApp): string {
  return join(ROOT, '.build', 'web', app);
}

export interface WebAppBuild {
  readonly dir: string;
  /** app.js, raw and gzipped, and app.css: what a browser downloads. */
  readonly bytes: { readonly js: number; readonly jsGzip: number; readonly css: number };
}

export async function buildWebApp(app: WebApp): Promise<WebAppBuild> {
  const source = join(ROOT, 'web', app);
  const dir = webAppDir(app);
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [join(source, 'src', 'main.tsx')],
    outfile: join(dir, 'app.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'app.css']) copyFileSync(join(source, file), join(dir, file));
  const js = readFileSync(join(dir, 'app.js'));
  return { dir, bytes: { js: js.length, jsGzip: gzipSync(js).length, css: readFileSync(join(dir, 'app.css')).length } };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const app of WEB_APPS) {
    const { bytes } = await buildWebApp(app);
    console.log(`${app.padEnd(18)} app.js ${(bytes.js / 1024).toFixed(1)} KiB (${(bytes.jsGzip / 1024).toFixed(1)} KiB gzip), app.css ${(bytes.css / 1024).toFixed(1)} KiB`);
  }
}
