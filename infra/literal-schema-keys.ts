/**
 * Lets the bundler drop the AWS SDK schemas a function never uses (infra/bundle.ts).
 *
 * Each SDK client describes every operation and shape of its service in one generated module,
 * `dist-es/schemas/schemas_0.js`: `export var SendEmail$ = [9, n0, _SEen, { [_h]: ["POST", ...] },
 * () => SendEmailRequest$, ...]`, where `_h` is a module constant (`const _h = "http";`). esbuild
 * drops an unused `export var` only when its value cannot have side effects, and it counts a
 * computed key (`[_h]:`) as one, since it does not follow the constant. So every operation of the
 * service stays, and with it every shape it names: S3's module kept ~65 KiB for the three
 * operations the verifier calls, SES v2's ~47 KiB for one (the SDK's own issue:
 * aws/aws-sdk-js-v3#7607).
 *
 * The rewrite replaces such a key with the constant's string itself (`"http":`), which is the
 * same object: the key of `{ [_h]: v }` is the value of `_h`. Only keys whose name is a
 * module-level string constant of the same module are touched; anything else is left as it is.
 */
const STRING_CONSTANT = /^const (_\w+) = ("(?:[^"\\\n]|\\.)*");$/gm;
/** A computed key in an object literal: after `{` or `,`, never after `?` (a conditional) or `(`. */
const COMPUTED_KEY = /([{,]\s*)\[(_\w+)\]:/g;

/** The SDK clients' generated schema modules, the only sources the rewrite applies to. */
export const SDK_SCHEMA_MODULE = /[\\/]@aws-sdk[\\/]client-[^\\/]+[\\/]dist-es[\\/]schemas[\\/]schemas_\d+\.js$/;

export function literalSchemaKeys(source: string): { readonly contents: string; readonly rewritten: number } {
  const constants = new Map<string, string>();
  for (const [, name, literal] of source.matchAll(STRING_CONSTANT)) constants.set(name!, literal!);
  let rewritten = 0;
  const contents = source.replace(COMPUTED_KEY, (whole, before: string, name: string) => {
    const literal = constants.get(name);
    if (literal === undefined) return whole;
    rewritten += 1;
    return `${before}${literal}:`;
  });
  return { contents, rewritten };
}
