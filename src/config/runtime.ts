/**
 * Node flags Pacta runs with (`npm start`, the benchmark, the drills; `test/package-scripts.spec.ts`
 * holds package.json's start scripts to them). A capped old generation keeps V8 from growing the
 * heap to 300 MiB; a young generation of 8 MiB semi-spaces (V8's default grows them to 16 or 32)
 * took the list's RSS under load from 298–305 to 198–208 MiB at the same throughput (paired
 * rounds at 200 000 documents: 1.05×, 1.02×, 0.84×, 0.97×; docs/SCALING.md).
 *
 * Under a cap below 256 MiB V8 grows the old generation only 1.3× past what survived the last
 * mark-compact, so 1 MiB downloads ran a full GC about every 130 ms (21–24 ms of CPU a download
 * against raw's 6–11). `--heap-growing-percent=100` lets it grow 2× (12–14 ms a download; the
 * file rows at 200 000 documents: download 0.84× [0.82–0.89], CSV 1.00× [0.84–1.00], XLSX
 * 0.89× [0.88–1.00] of raw). RSS then settles later and higher (230–258 MiB on downloads), which
 * is why the soak drill's leak check reads the live heap after full collections, not RSS.
 */
export const PACTA_NODE_FLAGS = [
  '--max-old-space-size=192',
  '--max-semi-space-size=8',
  '--heap-growing-percent=100',
];
