// What bounds one app process's memory (issue 8 asked for under 500 MB). Left alone, V8 lets the
// old generation grow towards a share of the machine's memory before it collects in earnest: 1 GB
// resident under 20 concurrent users on a 24 GB machine, most of it garbage (docs/performance.md,
// runs G and H). `npm start` and `npm run bench` both use the cap, so the benchmark measures what
// production runs.
// 256 MB held on 28 November; the app has grown since, and on 6 December that cap left the
// collector so little room that it ran through most of every request: a desk cost 96 ms of CPU. At
// 384 MB the same desk costs 22 ms, at about 60 MB more at the peak; a full bench run now peaks
// above 500 MB at either cap (docs/performance.md, "Render cost per request").
const HEAP_LIMIT_MB = 384;

/** NODE_OPTIONS with the heap cap added, unless the operator set one already. */
export function withHeapLimit(nodeOptions: string | undefined): string {
  const current = nodeOptions?.trim() ?? "";
  if (/--max[-_]old[-_]space[-_]size[= ]/.test(current)) return current;
  return `${current} --max-old-space-size=${HEAP_LIMIT_MB}`.trim();
}
