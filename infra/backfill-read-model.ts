/**
 * `npm run backfill -- <table name>`: once, after deploying the read model (the summary's counters
 * and the `byOpen` / `byBreached` indexes) over a table that already has RMAs (README,
 * "Deploying"). Uses the default AWS credentials and region; safe while the API serves and to
 * run again.
 */
import { createDocumentClient } from '../shared/adapters/aws-clients.js';
import { backfillReadModel } from '../shared/adapters/rma-store.js';

const tableName = process.argv[2];
if (tableName === undefined) {
  console.error('usage: npm run backfill -- <table name>');
  process.exit(2);
}
const counted = await backfillReadModel(createDocumentClient(), tableName, () => new Date());
console.log(`${counted} RMA(s) counted in the summary and placed in the queue's indexes.`);
