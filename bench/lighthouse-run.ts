import { launch } from 'chrome-launcher';
import lighthouse, { type Config, defaultConfig, type Result } from 'lighthouse';
import TraceGatherer from 'lighthouse/core/gather/gatherers/trace.js';

// One Lighthouse run, on a Chromium of its own (a fresh profile, nothing cached), with
// Lighthouse's defaults: a mid-range phone's screen, simulated slow 4G and a CPU four times
// slower than this machine's. Only the performance category is run.

/** The figures the benchmark keeps from one run. */
export interface RunFigures {
  score: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  transferBytes: number;
  jsTransferBytes: number;
  requests: number;
}

/** What one run says about its figures, to find what to change; not recorded. */
export interface RunDiagnosis {
  lcpElement: string | null;
  lcpPhases: Record<string, number>;
  layoutShifts: { element: string; score: number }[];
  renderBlocking: string[];
  longTasks: { url: string; durationMs: number }[];
}

interface TableDetails {
  type: string;
  items: Record<string, unknown>[];
}

function table(lhr: Result, audit: string): Record<string, unknown>[] {
  const details = lhr.audits[audit]?.details as
    | (TableDetails & { items: (TableDetails | Record<string, unknown>)[] })
    | undefined;
  return details?.items ?? [];
}

function numeric(lhr: Result, audit: string): number {
  const value = lhr.audits[audit]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse gave no value for ${audit}`);
  return value;
}

function snippet(node: unknown): string {
  const described = node as { selector?: string; snippet?: string } | undefined;
  return described?.snippet ?? described?.selector ?? '?';
}

export function figuresOf(lhr: Result): RunFigures {
  const summary = table(lhr, 'resource-summary') as {
    resourceType: string;
    transferSize: number;
    requestCount: number;
  }[];
  const of = (type: string) => summary.find((row) => row.resourceType === type);
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    tbtMs: numeric(lhr, 'total-blocking-time'),
    fcpMs: numeric(lhr, 'first-contentful-paint'),
    transferBytes: of('total')?.transferSize ?? 0,
    jsTransferBytes: of('script')?.transferSize ?? 0,
    requests: of('total')?.requestCount ?? 0,
  };
}

export function diagnosisOf(lhr: Result): RunDiagnosis {
  const lcp = table(lhr, 'largest-contentful-paint-element') as unknown as TableDetails[];
  const element = lcp[0]?.items[0]?.node;
  const phases = Object.fromEntries(
    (lcp[1]?.items ?? []).map((row) => [String(row.phase), Math.round(Number(row.timing))]),
  );
  return {
    lcpElement: element ? snippet(element) : null,
    lcpPhases: phases,
    layoutShifts: table(lhr, 'layout-shifts').map((row) => ({
      element: snippet(row.node),
      score: Number(row.score),
    })),
    renderBlocking: table(lhr, 'render-blocking-resources').map((row) => String(row.url)),
    longTasks: table(lhr, 'long-tasks').map((row) => ({
      url: String(row.url),
      durationMs: Math.round(Number(row.duration)),
    })),
  };
}

/**
 * Lighthouse 12.2.3's trace engine reads each `PipelineReporter` event's frame number where the
 * Chromium it was made for put it; a newer Chromium puts it elsewhere, and the engine's failure
 * takes the LCP element, layout-shift and render-blocking audits with it (the metrics themselves
 * survive). Those events only correct the timestamps of the filmstrip's screenshots, so the trace
 * is handed on without them, by a gatherer in place of Lighthouse's own (a custom gatherer, the
 * extension point Lighthouse's configuration offers).
 */
class TraceWithoutPipelineReporter extends TraceGatherer {
  override getArtifact() {
    const trace = super.getArtifact();
    return {
      ...trace,
      traceEvents: trace.traceEvents.filter((event) => event.name !== 'PipelineReporter'),
    };
  }
}

/** The default configuration with that gatherer in place (`extends` cannot swap one). */
const configWithTheTraceFixed = (): Config => ({
  ...defaultConfig,
  artifacts: defaultConfig.artifacts?.map((artifact) =>
    artifact.id === 'Trace'
      ? { id: 'Trace', gatherer: { instance: new TraceWithoutPipelineReporter() } }
      : artifact,
  ),
});

/**
 * Runs Lighthouse on `url`; `cookie` is sent with every request when given. A run whose trace
 * Lighthouse itself failed to record (it says NO_NAVSTART or NO_FCP now and then, whatever the
 * page) is made again, once.
 */
export async function runLighthouse(
  url: string,
  cookie: string | null,
  chromiumPath: string,
  chromiumFlags: string[],
): Promise<Result> {
  try {
    return await runLighthouseOnce(url, cookie, chromiumPath, chromiumFlags);
  } catch (error) {
    if (!(error instanceof Error && /NO_NAVSTART|NO_FCP/.test(error.message))) throw error;
    return runLighthouseOnce(url, cookie, chromiumPath, chromiumFlags);
  }
}

async function runLighthouseOnce(
  url: string,
  cookie: string | null,
  chromiumPath: string,
  chromiumFlags: string[],
): Promise<Result> {
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
      },
      configWithTheTraceFixed(),
    );
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) {
      throw new Error(`${url}: ${lhr.runtimeError.message} (${lhr.runtimeError.code})`);
    }
    return lhr;
  } finally {
    chrome.kill();
  }
}

/** The paths of the scripts a run fetched from `origin`. */
export function scriptPaths(lhr: Result, origin: string): string[] {
  return table(lhr, 'network-requests')
    .filter((row) => row.resourceType === 'Script' && String(row.url).startsWith(origin))
    .map((row) => new URL(String(row.url)).pathname);
}
