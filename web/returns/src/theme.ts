/**
 * A shop styles the page through CSS custom properties (app.css uses only these for colours,
 * corners and type). A page embedded in an iframe cannot be reached by the shop's CSS, so the
 * shop passes them in the page's address: `/returns/?--rma-accent=%23c2410c&--rma-radius=0`.
 * Only these names are read, and only values the browser accepts for that property are set.
 */
const PROPERTIES: Readonly<Record<string, string>> = {
  '--rma-accent': 'color',
  '--rma-accent-text': 'color',
  '--rma-background': 'color',
  '--rma-surface': 'color',
  '--rma-text': 'color',
  '--rma-muted': 'color',
  '--rma-border': 'color',
  '--rma-radius': 'border-radius',
  '--rma-font': 'font-family',
};

export function applyTheme(search: string, root: HTMLElement): void {
  for (const [name, value] of new URLSearchParams(search)) {
    const property = PROPERTIES[name];
    if (property !== undefined && value.length <= 200 && CSS.supports(property, value)) root.style.setProperty(name, value);
  }
}

/** Inside a frame: tell the embedding shop the page's height, so it can size the frame (`{ type: 'rma-returns:height', height }`). */
export function reportHeightToEmbedder(body: HTMLElement): void {
  if (window.parent === window) return;
  new ResizeObserver(() => window.parent.postMessage({ type: 'rma-returns:height', height: Math.ceil(document.documentElement.scrollHeight) }, '*')).observe(body);
}
