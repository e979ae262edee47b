/**
 * `npm run bench` is not run by CI (benchmarks, not tests), but its code must keep running: this
 * runs it on a tiny input (the bare bundle only, a few RMAs, one run each) with its own local
 * stack, and checks that every section measured something.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runBench } from '../../bench/run.js';

it('runs on a tiny input and measures every section', { timeout: 180_000 }, async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'rma-bench-test-'));
  try {
    const report = await runBench({ tiny: true, bundles: false, sizes: [10, 20], outDir });
    expect(report.bundles.map((b) => b.id)).toEqual(['bare']);
    expect(report.coldLoadMs.bare).toBeGreaterThan(0);
    expect(report.routes.map((r) => r.route)).toContain('POST /v1/rmas (open)');
    for (const route of report.routes) expect(route.calls, route.route).toBeGreaterThan(0);
    expect(report.lifecycle.writeUnits).toBeGreaterThan(0);
    expect(report.lifecycle.costPerThousand).toBeGreaterThan(0);
    expect(new Set(report.scale.map((s) => s.size))).toEqual(new Set([10, 20]));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
