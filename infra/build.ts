/** `npm run build`: bundles every Lambda, prints each size, fails if one is over its ceiling (600 KB; infra/bundle.ts). */
import { bundleFunctions, ceilingOf } from './bundle.js';

const reports = await bundleFunctions();
let failed = false;
for (const { id, bytes } of reports) {
  const over = bytes > ceilingOf(id);
  failed ||= over;
  console.log(`${id.padEnd(18)} ${(bytes / 1024).toFixed(1).padStart(8)} KiB${over ? `  OVER ${ceilingOf(id)} bytes` : ''}`);
}
if (failed) {
  console.error('A bundle is over its ceiling.');
  process.exit(1);
}
