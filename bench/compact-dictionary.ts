/**
 * `npm run dictionary`: makes a candidate preset dictionary for packed items (shared/adapters/compact.ts).
 *
 * Runs `npm run demo` (one return per reason, one shopper reading Chinese) on a local stack of its
 * own, reads back every RMA body and outbox payload it wrote, keeps the largest of each kind (an RMA
 * per status, an email per template and language, an event per type, a schedule request per
 * action) and joins them, the most often written last (deflate reaches the end of its window most
 * cheaply): schedules, emails, events, RMAs. It prints the candidate as a module, and how small it
 * packs the samples.
 *
 * A dictionary in use is frozen: items packed with it must read for as long as they exist. A new
 * candidate becomes a new version beside the old ones (a new format byte), never a replacement.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, deflateRawSync, gzipSync } from 'node:zlib';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../shared/adapters/aws-clients.js';
import { fromStored } from '../shared/adapters/outbox.js';
import { toRma } from '../shared/adapters/rma-store.js';
import { LOCAL_REGION } from '../local/functions.js';
import { Demo, runDemo } from '../local/demo.js';
import { LOCAL_CREDENTIALS, startLocalStack } from '../local/stack.js';

/** Deflate's window: a dictionary longer than this is never reached. */
const WINDOW = 32 * 1024 - 262;

interface Sample {
  readonly group: string;
  readonly json: string;
}

async function samplesFromDemo(): Promise<Sample[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rma-dictionary-'));
  const stack = await startLocalStack({ ports: { api: 0, dynamodb: 0, s3: 0, ses: 0, scheduler: 0 }, dataDir, logLevel: 'SILENT' });
  const log = console.log;
  try {
    console.log = () => {};
    await runDemo(new Demo({ api: stack.urls.api, ses: stack.urls.ses }));
    console.log = log;
    const ddb = createDocumentClient({ endpoint: stack.urls.dynamodb, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    const samples: Sample[] = [];
    // A tool over a throw-away local table: a scan is what it is for.
    let start: Record<string, unknown> | undefined;
    do {
      const page = await ddb.send(new ScanCommand({ TableName: stack.names.tableName, ...(start ? { ExclusiveStartKey: start } : {}) }));
      for (const item of page.Items ?? []) {
        if (item.type === 'rma') {
          const rma = toRma(item);
          samples.push({ group: `rma ${rma.status}`, json: JSON.stringify(rma) });
        } else if (item.type === 'outbox') {
          const { message } = fromStored(item);
          const group =
            message.type === 'email' ? `email ${message.email.template} ${/[\u4e00-\u9fff]/.test(message.email.subject) ? 'zh' : 'en'}`
            : message.type === 'event' ? `event ${message.event.type}`
            : message.type === 'schedule' ? `schedule ${message.requests.map((r) => r.action).join('+')}`
            : `webhook ${message.eventType}`;
          samples.push({ group, json: JSON.stringify(message) });
        }
      }
      start = page.LastEvaluatedKey;
    } while (start !== undefined);
    return samples;
  } finally {
    console.log = log;
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The largest sample of each group, the groups in the order their kinds should take in the dictionary. */
function choose(samples: readonly Sample[]): Sample[] {
  const largest = new Map<string, Sample>();
  for (const sample of samples) if ((largest.get(sample.group)?.json.length ?? 0) < sample.json.length) largest.set(sample.group, sample);
  const rank = (group: string) => ['webhook', 'schedule', 'email', 'event', 'rma'].indexOf(group.split(' ')[0]!);
  return [...largest.values()].sort((a, b) => rank(a.group) - rank(b.group) || a.json.length - b.json.length);
}

const samples = await samplesFromDemo();
const chosen = choose(samples);
const joined = Buffer.from(chosen.map((s) => s.json).join('\n'), 'utf8');
const dictionary = joined.subarray(Math.max(0, joined.length - WINDOW));
const kinds = new Map<string, { n: number; json: number; gzip: number; dictionary: number }>();
for (const { group, json } of samples) {
  const row = kinds.get(group.split(' ')[0]!) ?? { n: 0, json: 0, gzip: 0, dictionary: 0 };
  row.n += 1;
  row.json += json.length;
  row.gzip += gzipSync(json).length;
  row.dictionary += deflateRawSync(json, { dictionary }).length;
  kinds.set(group.split(' ')[0]!, row);
}
console.error(`${samples.length} samples in ${chosen.length} groups; dictionary ${dictionary.length} bytes (of ${joined.length}).`);
console.error('kind      n   JSON  gzip  dictionary   (mean bytes, in sample: the demo the dictionary was made from)');
for (const [kind, r] of kinds) console.error(`${kind.padEnd(8)} ${String(r.n).padStart(3)} ${[r.json, r.gzip, r.dictionary].map((v) => String(Math.round(v / r.n)).padStart(5)).join(' ')}`);
const packed = brotliCompressSync(dictionary).toString('base64');
console.log(`// ${dictionary.length} bytes, SHA-256 ${createHash('sha256').update(dictionary).digest('hex')}`);
console.log(`export const DICTIONARY = '${packed}';`);
