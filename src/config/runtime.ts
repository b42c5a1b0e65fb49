/**
 * Node flags Pacta runs with (`npm start`, the benchmark, the drills; `test/package-scripts.spec.ts`
 * holds package.json's start scripts to them). A capped old generation keeps V8 from growing the
 * heap to 300 MiB; a young generation of 8 MiB semi-spaces (V8's default grows them to 16 or 32)
 * took the list's RSS under load from 298–305 to 198–208 MiB at the same throughput (paired
 * rounds at 200 000 documents: 1.05×, 1.02×, 0.84×, 0.97×; docs/SCALING.md).
 *
 * Under a cap below 256 MiB V8 also grows the old generation only 1.3× past what survived the last
 * mark-compact (its "memory-constrained" factor), so with Pacta's ~46 MiB live it ran a full GC
 * about every 130 ms while 1 MiB downloads streamed: 21–24 ms of CPU a download against raw's
 * 6–11. `--heap-growing-percent=100` (2× past the live heap, still under the cap) took that to
 * 12–14 ms; 200 (3×) to 10–12 ms, but the soak drill's RSS then grew 4–15 % after its warm-up
 * (against 2 % without the flag and 4–6 % at 100), over its 10 % bound in one run of three
 * (docs/SCALING.md, "The fifth run").
 */
export const PACTA_NODE_FLAGS = [
  '--max-old-space-size=192',
  '--max-semi-space-size=8',
  '--heap-growing-percent=100',
];
