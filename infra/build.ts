/** `npm run build`: bundles every Lambda, prints each size, fails if one is over 1 MB. */
import { bundleFunctions, MAX_BUNDLE_BYTES } from './bundle.js';

const reports = await bundleFunctions();
let failed = false;
for (const { id, bytes } of reports) {
  const over = bytes > MAX_BUNDLE_BYTES;
  failed ||= over;
  console.log(`${id.padEnd(18)} ${(bytes / 1024).toFixed(1).padStart(8)} KiB${over ? '  OVER 1 MB' : ''}`);
}
if (failed) {
  console.error(`A bundle is over ${MAX_BUNDLE_BYTES} bytes.`);
  process.exit(1);
}
