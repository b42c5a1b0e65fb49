/**
 * Node flags Pacta runs with (`npm start`, the benchmark, the drills). A capped old generation
 * keeps RSS under load near 165 MiB instead of letting V8 grow the heap to 300 MiB, with no
 * measurable loss of throughput on the hot paths (bench, docs/SCALING.md).
 */
export const PACTA_NODE_FLAGS = ['--max-old-space-size=192'];
