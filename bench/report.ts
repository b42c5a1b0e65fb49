import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Measured, Summary } from './bench';
import type { Volume } from './generate';

export interface BenchResults {
  quick: boolean;
  volume: Volume;
  small: Volume;
  settings: Record<string, unknown>;
  generation: Record<string, { migrateS: number; generateS: number }>;
  coldStartMs: number[];
  embeddedColdStartMs: number | null;
  measured: Measured[];
  infoRuns: { key: string; rps: number; p99: number; warnRps: number }[];
  scale: { key: string; big: Summary; small: Summary }[];
  missing: string[];
  totalSeconds: number;
}

const TARGETS = {
  throughput: 0.8,
  p99: 1.5,
  rssMiB: 250,
  coldStartMs: 1500,
  embeddedColdStartMs: 2500,
  scale: 1.5,
};

const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '-');
const mark = (ok: boolean) => (ok ? 'yes' : '**no**');

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Writes latest.json and latest.md (quick runs: latest-quick.*) and returns the markdown. */
export function writeReport(dir: string, r: BenchResults): string {
  const lines: string[] = [];
  const cold = median(r.coldStartMs);
  lines.push(
    `# Pacta benchmark${r.quick ? ' (quick)' : ''}`,
    '',
    `${new Date().toISOString()} · ${cpus().length} cores (${cpus()[0]?.model ?? '?'}) · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version}`,
    '',
    `Data set: ${r.volume.institutions} institutions, ${r.volume.summits} summits, ${r.volume.documents} documents (2 signatories each), ` +
      `${r.volume.milestones} milestones, ${r.volume.auditEvents} audit events; generated in ${f(r.generation.big.generateS)} s ` +
      `(migrations ${f(r.generation.big.migrateS)} s).`,
    `Load: autocannon, ${r.settings.connections} connections, ${r.settings.rounds} rounds of ${r.settings.seconds} s per server, ` +
      `alternating Pacta / raw after a ${r.settings.warmup} s warm-up each; figures are medians over the rounds.`,
    '',
    '| endpoint | Pacta req/s | raw req/s | ratio (≥ 0.8) | Pacta p50 ms | raw p50 ms | Pacta p99 ms | raw p99 ms | p99 ratio (≤ 1.5) | Pacta RSS MiB | raw RSS MiB | same JSON |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const m of r.measured) {
    const ratio = m.pacta.rps / m.raw.rps;
    const p99 = m.pacta.p99 / m.raw.p99;
    lines.push(
      `| ${m.label} | ${f(m.pacta.rps, 0)} | ${f(m.raw.rps, 0)} | ${f(ratio, 2)}× ${ratio >= TARGETS.throughput ? '' : '✗'} | ` +
        `${f(m.pacta.p50, 2)} | ${f(m.raw.p50, 2)} | ${f(m.pacta.p99, 2)} | ${f(m.raw.p99, 2)} | ${f(p99, 2)}× ${p99 <= TARGETS.p99 ? '' : '✗'} | ` +
        `${f(m.pacta.rssMiB, 0)} | ${f(m.raw.rssMiB, 0)} | ${m.sameJson === null ? 'n/a' : m.sameJson ? 'yes' : 'no'} |`,
    );
  }
  const maxRss = Math.max(0, ...r.measured.map((m) => m.pacta.rssMiB));
  lines.push(
    '',
    '| target | measured | met |',
    '| --- | --- | --- |',
    `| every endpoint ≥ 0.8× raw throughput | worst ${f(Math.min(...r.measured.map((m) => m.pacta.rps / m.raw.rps)), 2)}× | ${mark(r.measured.every((m) => m.pacta.rps / m.raw.rps >= TARGETS.throughput))} |`,
    `| p99 ≤ 1.5× raw p99 | worst ${f(Math.max(...r.measured.map((m) => m.pacta.p99 / m.raw.p99)), 2)}× | ${mark(r.measured.every((m) => m.pacta.p99 / m.raw.p99 <= TARGETS.p99))} |`,
    `| Pacta RSS under load ≤ 250 MB | peak ${f(maxRss, 0)} MiB | ${mark(maxRss <= TARGETS.rssMiB)} |`,
    `| cold start to first authenticated 200, PostgreSQL server ≤ 1.5 s | ${r.coldStartMs.join(', ')} ms (median ${f(cold, 0)}) | ${mark(cold <= TARGETS.coldStartMs)} |`,
    `| cold start to /health/ready 200, embedded (after first initialisation) ≤ 2.5 s | ${r.embeddedColdStartMs ?? 'not measured'}${r.embeddedColdStartMs ? ' ms' : ''} | ${r.embeddedColdStartMs === null ? '-' : mark(r.embeddedColdStartMs <= TARGETS.embeddedColdStartMs)} |`,
  );
  if (r.scale.length) {
    lines.push(
      '',
      `Scale: Pacta on ${r.volume.documents} documents / ${r.volume.auditEvents} events against ${r.small.documents} / ${r.small.auditEvents} (10× fewer rows), alternating.`,
      '',
      '| endpoint | p50 full ms | p50 small ms | p50 ratio (≤ 1.5) | p99 full ms | p99 small ms | req/s full | req/s small |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const s of r.scale) {
      const ratio = s.big.p50 / s.small.p50;
      lines.push(
        `| ${s.key} | ${f(s.big.p50, 2)} | ${f(s.small.p50, 2)} | ${f(ratio, 2)}× ${ratio <= TARGETS.scale ? '' : '✗'} | ${f(s.big.p99, 2)} | ${f(s.small.p99, 2)} | ${f(s.big.rps, 0)} | ${f(s.small.rps, 0)} |`,
      );
    }
  }
  if (r.infoRuns.length) {
    lines.push('', 'Pacta with `LOG_LEVEL=info` (one JSON line per request) against `warn`:', '');
    for (const i of r.infoRuns) {
      lines.push(
        `- ${i.key}: ${f(i.rps, 0)} req/s (warn ${f(i.warnRps, 0)}, ${f(i.rps / i.warnRps, 2)}×), p99 ${f(i.p99, 2)} ms`,
      );
    }
  }
  if (r.missing.length) lines.push('', `Not measured (not in Pacta yet): ${r.missing.join(', ')}.`);
  lines.push('', `Total run time ${f(r.totalSeconds, 0)} s.`, '');
  const md = lines.join('\n');
  const base = r.quick ? 'latest-quick' : 'latest';
  writeFileSync(
    join(dir, `${base}.json`),
    `${JSON.stringify({ ...r, at: new Date().toISOString() }, null, 2)}\n`,
  );
  writeFileSync(join(dir, `${base}.md`), md);
  return md;
}
