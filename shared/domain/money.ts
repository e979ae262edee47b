/** Amounts are integers in the currency's minor units (api.md); people read them in major units. */

/** 1299 USD → "12.99 USD"; 1299 JPY → "1299 JPY". */
export function formatMoney(amount: number, currency: string): string {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return `${(amount / 10 ** digits).toFixed(digits)} ${currency}`;
}
