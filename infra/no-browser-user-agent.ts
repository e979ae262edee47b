/**
 * Stands in for `bowser` in the Lambda bundles (infra/bundle.ts). The SDK's core carries a
 * browser user-agent provider that imports `bowser` to parse `window.navigator.userAgent`; in
 * Node there is no window, the Node provider (`util-user-agent-node`) is the one used, and the
 * parser would only ever answer "unknown". Carrying it costs every function ~34 KiB.
 */
export function parse(): Record<string, never> {
  return {};
}

export default { parse };
