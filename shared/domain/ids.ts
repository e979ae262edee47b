/**
 * The shapes of ids (api.md): ours are ULIDs (RMAs, evidence, webhook endpoints, events); the
 * shop's order ids are short and URL-safe. One definition for the API's schemas, the schedules'
 * and the outbox's message ids.
 */
export const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
export const SHOP_ID = /^[A-Za-z0-9_-]{1,40}$/;

/** The pattern's body, to build larger patterns from (`^`/`$` stripped). */
export const inner = (pattern: RegExp) => pattern.source.replace(/^\^|\$$/g, '');
