/**
 * The served document is good to generate from (issue 11): Redocly's recommended rules find no
 * error in it (the `redocly lint` engine, @redocly/openapi-core), and the client types committed
 * in examples/ are exactly what openapi-typescript generates from it today.
 */
import { readFileSync } from 'node:fs';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { generateTypes } from '../../examples/generate.js';
import { call, stack } from '../support/client.js';

describe('the served OpenAPI document', () => {
  it('passes redocly lint (recommended rules) without errors', async () => {
    const { body } = await call('GET', '/v1/openapi.json');
    const problems = await lintFromString({
      source: JSON.stringify(body),
      absoluteRef: 'openapi.json',
      config: await createConfig({ extends: ['recommended'] }),
    });
    const errors = problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    expect(errors).toEqual([]);
  });

  it('generates exactly the client types committed in examples/api.d.ts (else run npm run examples:generate)', async () => {
    const generated = await generateTypes(`${stack().urls.api}/v1/openapi.json`);
    expect(generated === readFileSync('examples/api.d.ts', 'utf8'), 'examples/api.d.ts is stale: npm start, then npm run examples:generate').toBe(true);
  });
});
