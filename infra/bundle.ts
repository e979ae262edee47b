/**
 * Bundles every function of the topology with esbuild: ESM for nodejs24.x on arm64, minified,
 * AWS SDK v3 inside the bundle, with source maps. The CDK stacks deploy exactly these bundles,
 * so what `npm run build` measures is what runs.
 *
 * Code a function imports dynamically (`import()`: a client only some requests need) becomes a
 * chunk of its own beside `index.mjs`, parsed on the first request that needs it rather than at
 * every cold start (issue 13). A bundle's size is all of its files: what is deployed.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { buildOpenApi } from '../shared/api/openapi.js';
import { literalSchemaKeys, SDK_SCHEMA_MODULE } from './literal-schema-keys.js';
import { type FunctionId, functionSpecs } from '../shared/topology.js';

export const BUNDLE_ROOT = resolve(import.meta.dirname, '..', '.build', 'functions');
/** The ceiling of every bundle (issue 13): a build with a bundle over it fails. */
export const MAX_BUNDLE_BYTES = 600_000;
/** Lower ceilings: the function that talks to DynamoDB only has no reason to be near the others (issue 13). */
const LOWER: Partial<Record<FunctionId, number>> = { deadline: 400_000 };

export function ceilingOf(id: FunctionId): number {
  return LOWER[id] ?? MAX_BUNDLE_BYTES;
}

/** See infra/zod-english-only.ts. */
const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)
        ? { path: resolve(import.meta.dirname, 'zod-english-only.ts') }
        : undefined,
    );
  },
};

/**
 * The OpenAPI document is the same for every request and every deployment of a build, so the
 * customer API's bundle carries it made instead of zod's JSON Schema generator
 * (shared/api/openapi.ts keeps building it live for the local stack and the tests, which compare
 * the two).
 */
const prebuiltOpenApi: Plugin = {
  name: 'prebuilt-openapi',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]shared[\\/]api[\\/]openapi\.ts$/ }, () => ({
      // Gzipped: 174 KB of JSON is 16 KB so (node:zlib is part of the runtime, not of the bundle).
      contents: `import { gunzipSync } from 'node:zlib';
export function buildOpenApi() { return JSON.parse(gunzipSync(Buffer.from(${JSON.stringify(gzipSync(JSON.stringify(buildOpenApi()), { level: 9 }).toString('base64'))}, 'base64')).toString('utf8')); }`,
      loader: 'js',
    }));
  },
};

/** See infra/lambda-credentials.ts: in Lambda the credentials come from the environment only. */
const lambdaCredentials: Plugin = {
  name: 'lambda-credentials',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^@aws-sdk\/credential-provider-node$/ }, () => ({ path: resolve(import.meta.dirname, 'lambda-credentials.ts') }));
  },
};

/** See infra/no-browser-user-agent.ts: Node never parses a browser's user agent. */
const noBrowserUserAgent: Plugin = {
  name: 'no-browser-user-agent',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^bowser$/ }, () => ({ path: resolve(import.meta.dirname, 'no-browser-user-agent.ts') }));
  },
};

/** See infra/literal-schema-keys.ts: the SDK schemas a function never uses stay out of its bundle. */
const sdkSchemasTreeShaken: Plugin = {
  name: 'sdk-schemas-tree-shaken',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: SDK_SCHEMA_MODULE }, async (args) => ({ contents: literalSchemaKeys(await readFile(args.path, 'utf8')).contents, loader: 'js' }));
  },
};

export function bundleDir(id: FunctionId): string {
  return join(BUNDLE_ROOT, id);
}

export interface BundleReport {
  readonly id: FunctionId;
  readonly bytes: number;
}

/** The bytes of a bundle's code: `index.mjs` and its chunks (not the source maps). */
export function bundleBytes(dir: string): number {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mjs'))
    .reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
}

/** What a cold start parses: index.mjs and the chunks it imports statically, not those it imports on first use (`import()`). */
export function coldStartFiles(dir: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, chunk] of readFileSync(join(dir, file), 'utf8').matchAll(/(?:from|import)\s*"\.\/(chunk-[A-Z0-9]+\.mjs)"/g)) visit(chunk!);
  };
  visit('index.mjs');
  return [...seen];
}

/** Bundles one entry as every function is bundled, into `dir/index.mjs` and its chunks (the bench builds its bare baseline with it). */
export async function bundleEntry(entry: string, dir: string): Promise<number> {
  rmSync(dir, { recursive: true, force: true });
  await build({
    entryPoints: { index: entry },
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunk-[hash]',
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    legalComments: 'none',
    mainFields: ['module', 'main'],
    // Some CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    plugins: [zodEnglishOnly, prebuiltOpenApi, lambdaCredentials, noBrowserUserAgent, sdkSchemasTreeShaken],
    logLevel: 'warning',
  });
  return bundleBytes(dir);
}

export async function bundleFunctions(): Promise<BundleReport[]> {
  const root = resolve(import.meta.dirname, '..');
  return Promise.all(
    functionSpecs.map(async (spec) => ({ id: spec.id, bytes: await bundleEntry(join(root, spec.entry), bundleDir(spec.id)) })),
  );
}
