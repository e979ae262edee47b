/** What the shop's storefront sends (api.md, "Storefront endpoints"); see ./fields.ts for why apart. */
import * as z from 'zod/mini';
import { currencySchema, described, isoInstant, safeId, trimmed, whole } from './fields.js';

export const orderLineSchema = z.strictObject({
  lineId: safeId,
  sku: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  quantity: whole(1, 10_000),
  unitPrice: described(z.int().check(z.minimum(0)), 'minor units of the order currency'),
});

/** Whether `tag` is a well-formed BCP 47 language tag (as the runtime's Intl reads them). */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

export const orderInputSchema = z.strictObject({
  orderNumber: trimmed(1, 64),
  customer: z.strictObject({
    email: z.email().check(z.maxLength(254)),
    name: z.string().check(z.minLength(1), z.maxLength(200)),
    locale: described(
      z.optional(z.string().check(z.maxLength(35), z.refine(isLanguageTag, 'must be a BCP 47 language tag, e.g. en or zh-CN'))),
      "the shopper's language (BCP 47), e.g. zh-CN",
    ),
  }),
  currency: currencySchema,
  invoicedAt: described(isoInstant, 'not in the future, not before 2000'),
  lines: z.array(orderLineSchema).check(z.minLength(1), z.maxLength(500)),
  updatedAt: described(
    z.optional(isoInstant),
    "the shop's last-modified time of the order: an update older than the one applied is refused with 409 stale_update",
  ),
});

export const deliveryInputSchema = z.strictObject({ deliveredAt: isoInstant });

export const storefrontSessionInputSchema = z.strictObject({ orderId: safeId });
