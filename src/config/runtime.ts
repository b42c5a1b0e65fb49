/**
 * Node flags Pacta runs with (`npm start`, the benchmark, the drills; `test/package-scripts.spec.ts`
 * holds package.json's start scripts to them). A capped old generation keeps V8 from growing the
 * heap to 300 MiB; a young generation of 8 MiB semi-spaces (V8's default grows them to 16 or 32)
 * took the list's RSS under load from 298–305 to 198–208 MiB at the same throughput (paired
 * rounds at 200 000 documents: 1.05×, 1.02×, 0.84×, 0.97×; docs/SCALING.md).
 */
export const PACTA_NODE_FLAGS = ['--max-old-space-size=192', '--max-semi-space-size=8'];
