/**
 * The bundles' rewrite of the SDK's schema modules (infra/literal-schema-keys.ts) changes what the
 * bundler can drop, never what a schema is: every client's module, evaluated with and without
 * it, exports the same schemas, and a function's bundle no longer carries operations it never calls.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleEntry } from '../../infra/bundle.js';
import { literalSchemaKeys, SDK_SCHEMA_MODULE } from '../../infra/literal-schema-keys.js';
import { functionSpecs } from '../../shared/topology.js';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'schema-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const clients = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies as Record<string, string>)
  .filter((name) => name.startsWith('@aws-sdk/client-'))
  .map((name) => ({ name, schemas: join(root, 'node_modules', name, 'dist-es', 'schemas', 'schemas_0.js') }));

const rewrite: Plugin = {
  name: 'rewrite',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: SDK_SCHEMA_MODULE }, (args) => ({ contents: literalSchemaKeys(readFileSync(args.path, 'utf8')).contents, loader: 'js' }));
  },
};

/** Every export of `module`, bundled (with the rewrite or without) and imported. */
async function exportsOf(module: string, rewritten: boolean): Promise<Record<string, unknown>> {
  const out = join(dir, `${readdirSync(dir).length}.mjs`);
  await build({ stdin: { contents: `export * from ${JSON.stringify(module)};`, resolveDir: root, loader: 'js' }, outfile: out, bundle: true, platform: 'node', format: 'esm', plugins: rewritten ? [rewrite] : [], logLevel: 'error' });
  return { ...(await import(pathToFileURL(out).href)) };
}

/**
 * A schema as data: arrays and objects as they are, a thunk (`() => Shape$`) by the name of the
 * export it answers, so two evaluations of a module compare whole.
 */
function shapeOf(value: unknown, names: Map<unknown, string>, depth = 0): unknown {
  if (typeof value === 'function') {
    const target = (value as () => unknown)();
    return names.has(target) ? `→${names.get(target)}` : depth < 4 ? { thunk: shapeOf(target, names, depth + 1) } : 'thunk';
  }
  if (Array.isArray(value)) return value.map((v) => shapeOf(v, names, depth + 1));
  if (value !== null && typeof value === 'object') {
    if (value.constructor !== Object) return `instance of ${value.constructor.name}`;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v, names, depth + 1)]));
  }
  return value;
}

describe('the SDK schema modules, rewritten for the bundles', () => {
  it('finds the schema module of every client the functions use', () => {
    expect(clients.map((c) => c.name)).toEqual(expect.arrayContaining(['@aws-sdk/client-dynamodb', '@aws-sdk/client-s3', '@aws-sdk/client-sesv2']));
    for (const { schemas } of clients) expect(SDK_SCHEMA_MODULE.test(schemas)).toBe(true);
  });

  it.each(clients)('$name: the same schemas, every computed key now a literal one', async ({ schemas }) => {
    const source = readFileSync(schemas, 'utf8');
    const { contents, rewritten } = literalSchemaKeys(source);
    expect(rewritten).toBeGreaterThan(0);
    expect(contents).not.toMatch(/[{,]\s*\[_\w+\]:/);

    const [before, after] = [await exportsOf(schemas, false), await exportsOf(schemas, true)];
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    const namesBefore = new Map(Object.entries(before).map(([k, v]) => [v, k]));
    const namesAfter = new Map(Object.entries(after).map(([k, v]) => [v, k]));
    for (const name of Object.keys(before)) expect(shapeOf(after[name], namesAfter), name).toEqual(shapeOf(before[name], namesBefore));
  });

  it('leaves a key alone unless its name is a string constant of the module', () => {
    const source = 'const _h = "http";\nlet _v = "x";\nexport var A$ = [9, { [_h]: 1, [_v]: 2 }, c ? [_h]: d];';
    expect(literalSchemaKeys(source)).toEqual({
      contents: 'const _h = "http";\nlet _v = "x";\nexport var A$ = [9, { "http": 1, [_v]: 2 }, c ? [_h]: d];',
      rewritten: 1,
    });
  });

  it("keeps out of the evidence verifier's bundle the S3 operations it never calls", async () => {
    const out = join(dir, 'verifier');
    await bundleEntry(join(root, functionSpecs.find((s) => s.id === 'evidenceVerifier')!.entry), out);
    const code = readdirSync(out).filter((f) => f.endsWith('.mjs')).map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    expect(code).toContain('"GetObjectRequest"');
    expect(code).toContain('"PutObjectTaggingRequest"');
    expect(code).not.toContain('"PutBucketLifecycleConfigurationRequest"');
    expect(code).not.toContain('"ListObjectsV2Request"');
  });
});
