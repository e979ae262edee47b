/**
 * Clients that only some requests need, made on the first request that needs them instead of at
 * every cold start: their code is imported dynamically, so the bundler puts it in a chunk of its
 * own (infra/bundle.ts) that Node parses only then (issue 13: cold start).
 *
 * Each such import lives in a module of its own (./evidence-bucket-on-first-use.ts): the bundler
 * emits a chunk for every `import()` in a module a function imports, used or not.
 */

/** `make()` once, on the first call; a failed attempt is tried again on the next call. */
export function onFirstUse<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () =>
    (made ??= make().catch((error: unknown) => {
      made = undefined;
      throw error;
    }));
}
