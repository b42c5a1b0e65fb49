/**
 * Node flags Pacta runs with (`npm start`, the benchmark, the drills; `test/package-scripts.spec.ts`
 * holds package.json's start scripts to them). A capped old generation keeps V8 from growing the
 * heap to 300 MiB; a young generation of 8 MiB semi-spaces (V8's default grows them to 16 or 32)
 * took the list's RSS under load from 298–305 to 198–208 MiB at the same throughput (paired
 * rounds at 200 000 documents: 1.05×, 1.02×, 0.84×, 0.97×; docs/SCALING.md).
 *
 * Under a cap below 256 MiB V8 grows the old generation only 1.3× past what survived the last
 * mark-compact, so 1 MiB downloads ran a full GC about every 130 ms (21–24 ms of CPU a download
 * against raw's 6–11). `--heap-growing-percent=100` or `=200` halved that, but the soak drill's RSS
 * then grew 4–17 % after its warm-up, over its 10 % bound in CI at both values, so neither ships
 * until the leak check can tell a lazier collector from a leak (docs/SCALING.md, "The fifth run").
 */
export const PACTA_NODE_FLAGS = ['--max-old-space-size=192', '--max-semi-space-size=8'];
