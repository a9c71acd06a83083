/**
 * A Vite plugin: zod in the browser without its compiled parsers. Building an object schema,
 * zod probes whether `new Function` is allowed; under Praxis's CSP (script-src 'self', no
 * 'unsafe-eval') the probe is refused and reported as a violation even though zod catches it.
 * With `jitless` set before zod's core runs, it never probes (the server keeps the fast path).
 */
export function zodJitless() {
  const core = /[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/;
  let seen = false;
  return {
    name: 'praxis-zod-jitless',
    apply: 'build' as const,
    transform(code: string, id: string) {
      if (!core.test(id)) return null;
      seen = true;
      return `(globalThis.__zod_globalConfig ??= {}).jitless = true;\n${code}`;
    },
    buildEnd(this: { error(message: string): never }) {
      if (!seen) this.error('zod core (zod/v4/core/core.js) was not found to set jitless');
    },
  };
}
