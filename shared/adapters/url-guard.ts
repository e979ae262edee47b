/**
 * Where webhook deliveries may go (events.md, "Delivery"; issue 12, point 5). A merchant types a
 * URL; the backend must never be made to call into its own network: loopback, private,
 * link-local (the instance metadata service among them), carrier-grade NAT, multicast and
 * reserved addresses are refused, when an endpoint is registered and again at every delivery,
 * where the address checked is the one the connection is made to (no DNS rebinding between the
 * check and the connection).
 *
 * Policies: `public` (AWS) allows only `https://` to public addresses; `local` (the local stack)
 * also allows `http://` and loopback, but only for the hosts `localhost` and `127.0.0.1`.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

export type UrlPolicy = 'public' | 'local';
export const URL_POLICIES = ['public', 'local'] as const;

/** The policy an env value names (the env contract validates it). */
export function urlPolicy(value: string): UrlPolicy {
  if (!(URL_POLICIES as readonly string[]).includes(value)) throw new Error(`Not a webhook URL policy: ${value}`);
  return value as UrlPolicy;
}

/** Resolves a host name to its addresses (node:dns by default; tests may give another resolver). */
export type Resolve = (hostname: string) => Promise<readonly { readonly address: string; readonly family: number }[]>;

export const systemResolve: Resolve = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** Ranges no delivery may reach (IANA special-purpose registries; IPv4-mapped IPv6 is matched too). */
const BLOCKED_IPV4 = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, instance metadata 169.254.169.254
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const;
const BLOCKED_IPV6 = [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96], // NAT64 (embeds IPv4)
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local, AWS's metadata fd00:ec2::254 among them
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const;

/**
 * The blocked ranges and the loopback ones, made on the first check: a function that loads this
 * module may never check an address (the ops API outside its webhook routes, a notifier batch
 * without webhooks), and making BlockLists costs a cold start ~0.5 ms.
 */
let lists: { readonly blocked: BlockList; readonly loopback: BlockList } | undefined;
function addressLists() {
  if (lists !== undefined) return lists;
  const blocked = new BlockList();
  for (const [network, prefix] of BLOCKED_IPV4) blocked.addSubnet(network, prefix, 'ipv4');
  for (const [network, prefix] of BLOCKED_IPV6) blocked.addSubnet(network, prefix, 'ipv6');
  const loopback = new BlockList();
  loopback.addSubnet('127.0.0.0', 8, 'ipv4');
  loopback.addAddress('::1', 'ipv6');
  lists = { blocked, loopback };
  return lists;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/** A URL or address that deliveries may not use; `message` says why, for the API and the log. */
export class UnsafeUrlError extends Error {
  override name = 'UnsafeUrlError';
}

/** The host name does not resolve (now): refused at registration, retried at delivery. */
export class UnresolvedHostError extends UnsafeUrlError {
  override name = 'UnresolvedHostError';
}

const familyOf = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4');

/** Whether a connection to `address` is allowed for a URL with this host under `policy`. */
export function addressAllowed(address: string, hostname: string, policy: UrlPolicy): boolean {
  if (isIP(address) === 0) return false;
  const { blocked, loopback } = addressLists();
  if (policy === 'local' && LOCAL_HOSTS.has(hostname) && loopback.check(address, familyOf(address))) return true;
  return !blocked.check(address, familyOf(address));
}

/** The URL, if its form is allowed (scheme, no credentials, a host); no DNS yet. */
export function parseEndpointUrl(raw: string, policy: UrlPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeUrlError('must be an absolute URL');
  }
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const localHttp = policy === 'local' && url.protocol === 'http:' && LOCAL_HOSTS.has(hostname);
  if (url.protocol !== 'https:' && !localHttp) {
    throw new UnsafeUrlError(policy === 'local' ? 'must use https (http only for localhost or 127.0.0.1)' : 'must use https');
  }
  if (url.username !== '' || url.password !== '') throw new UnsafeUrlError('must not carry credentials');
  if (url.hash !== '') throw new UnsafeUrlError('must not have a fragment');
  return url;
}

/**
 * The addresses a connection to this URL's host may use; throws `UnsafeUrlError` if any address
 * the name resolves to is refused (a name that resolves to one private address is refused
 * whole), or if it does not resolve.
 */
export async function resolveAllowed(url: URL, policy: UrlPolicy, resolve: Resolve = systemResolve): Promise<{ address: string; family: number }[]> {
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: readonly { address: string; family: number }[];
  if (isIP(hostname) !== 0) addresses = [{ address: hostname, family: isIP(hostname) }];
  else {
    try {
      addresses = await resolve(hostname);
    } catch (error) {
      throw new UnresolvedHostError(`host ${hostname} does not resolve`, { cause: error });
    }
  }
  if (addresses.length === 0) throw new UnresolvedHostError(`host ${hostname} does not resolve`);
  const refused = addresses.find((a) => !addressAllowed(a.address, hostname, policy));
  if (refused !== undefined) {
    throw new UnsafeUrlError(`host ${hostname} resolves to ${refused.address}, a loopback, private, link-local or reserved address`);
  }
  return addresses.map((a) => ({ ...a }));
}
