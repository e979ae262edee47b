/**
 * The web apps as the local gateway serves them (`/ops/`, `/returns/`): the files `web/build.ts` made, their
 * `config.json` made here, and the headers CloudFront adds in AWS, so a page that would load
 * something from a third party or be framed fails locally as it would there.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { pageHeaders } from '../web/build.js';

export interface StaticSite {
  /** Where it is served, with the trailing slash: `/ops/`. */
  readonly prefix: string;
  readonly dir: string;
  /** Files made at run time, by name (`config.json`). */
  readonly generated: Readonly<Record<string, unknown>>;
  /** Origins besides the page's own it may load media from and fetch (the evidence bucket's presigned downloads). */
  readonly mediaOrigins: readonly string[];
  /** Origins that may show it in a frame (the returns page: the shop's); none when absent. */
  readonly frameAncestors?: readonly string[];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
};

/** Answers a request under the site's prefix (or the prefix without its slash, redirected). */
export async function serveStatic(site: StaticSite, pathname: string, res: ServerResponse): Promise<void> {
  if (pathname === site.prefix.slice(0, -1)) return void res.writeHead(308, { location: site.prefix }).end();
  const name = decodeURIComponent(pathname.slice(site.prefix.length)) || 'index.html';
  const headers = pageHeaders({ connect: [], media: site.mediaOrigins, ...(site.frameAncestors ? { frameAncestors: site.frameAncestors } : {}) });
  if (name in site.generated) {
    return void res.writeHead(200, { ...headers, 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(site.generated[name]));
  }
  const file = normalize(join(site.dir, name));
  if (!file.startsWith(site.dir + sep) || !(extname(file) in TYPES)) return void res.writeHead(404, headers).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)]!, 'cache-control': 'no-cache' }).end(body);
  } catch {
    res.writeHead(404, headers).end();
  }
}
