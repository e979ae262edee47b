/**
 * Generates `api.d.ts` from the OpenAPI document a running API serves, as a storefront developer
 * would: `npm run examples:generate` (against `npm start`'s stack, or the URL given).
 */
import { writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

export async function generateTypes(documentUrl: string): Promise<string> {
  const ast = await openapiTS(new URL(documentUrl));
  return `// Generated from ${new URL(documentUrl).pathname} by examples/generate.ts (openapi-typescript). Do not edit.\n\n${astToString(ast)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2] ?? 'http://127.0.0.1:4000/v1/openapi.json';
  writeFileSync(new URL('./api.d.ts', import.meta.url), await generateTypes(url));
  console.log(`examples/api.d.ts written from ${url}`);
}
