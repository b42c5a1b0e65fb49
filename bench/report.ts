import { totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GrowthRow, Measured, Paired, WriterRun } from './bench';
import { browserReport, type BrowserResult } from './browser';
import type { NotifyBurstResult } from './notify-burst';
import type { Volume } from './generate';
import { median, medianInterval } from './stats';
import { PACTA_NODE_FLAGS } from '../src/config/runtime';

export interface BenchResults {
  quick: boolean;
  check: boolean;
  /** Set when another Pacta build ran in the raw server's place (--against): an A/B of builds. */
  against: string | null;
  machine: { cores: number; model: string; loadAtStart: number[]; loadAtEnd: number[] };
  volume: Volume;
  sets: Record<string, Volume>;
  settings: Record<string, unknown> & {
    rounds: number;
    seconds: number;
    warmup: number;
    connections: number;
  };
  targets: { throughput: number; health: number; p99: number; baselineDefect: number; growth: number };
  generation: Record<string, { migrateS: number; generateS: number }>;
  coldStartMs: number[];
  embeddedColdStartMs: number | null;
  measured: Measured[];
  growth: GrowthRow[];
  writers: WriterRun[];
  notifyBurst?: NotifyBurstResult | null;
  missing: string[];
  planned: string[];
  /** The browser row (null when not run: --only without browser, or it failed). */
  browser: BrowserResult | null;
  totalSeconds: number;
  /** Set when the report was written before the run finished (the phases after it failed or are pending). */
  incomplete?: string;
}

const LIMITS = { rssMiB: 250, coldStartMs: 1500, embeddedColdStartMs: 2500 };

const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '-');
const mark = (ok: boolean) => (ok ? 'yes' : '**no**');
/** The bootstrap 95 % interval of a paired median (bench/stats.ts), from its rounds. */
const bounds = (p: Paired) => medianInterval(p.values);

/**
 * Pacta confidently faster than its limit (the interval's lower bound above `limit`): the limit
 * does work the app does not, a defect of the baseline. A median above it with an interval
 * reaching below is the noise of rows whose time is the same SQL on both sides.
 */
export const baselineDefect = (p: Paired, limit: number) => bounds(p).lo > limit;
const range = (p: Paired, d = 2) => {
  const { lo, hi } = bounds(p);
  return `${f(p.median, d)}× [${f(lo, d)}–${f(hi, d)}] (${f(p.min, d)}–${f(p.max, d)})`;
};

/** The throughput target of a row: the no-database route has its own. */
export function targetOf(r: BenchResults, m: Measured): number {
  return m.key === 'health' ? r.targets.health : r.targets.throughput;
}

/** Writes latest.json and latest.md (quick runs: latest-quick.*) and returns the markdown. */
export function writeReport(dir: string, r: BenchResults): string {
  const lines: string[] = [];
  const cold = median(r.coldStartMs);
  const t = r.targets;
  const loads1 = r.measured.flatMap((m) => m.rounds.map((x) => x.load1));
  lines.push(
    `# Pacta benchmark${r.quick ? ' (quick)' : ''}`,
    '',
    ...(r.incomplete ? [`**Incomplete:** ${r.incomplete}.`, ''] : []),
    `${new Date().toISOString()} · ${r.machine.cores} cores (${r.machine.model}) · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version}`,
    '',
    `Load average (1, 5, 15 min): ${r.machine.loadAtStart.join(' / ')} at the start, ${r.machine.loadAtEnd.join(' / ')} at the end; ` +
      `1-minute load ${f(Math.min(...loads1), 2)}–${f(Math.max(...loads1), 2)} at the start of the measured rounds ` +
      `(${r.machine.cores} cores: a load above ${r.machine.cores} means other work competed for the CPU).`,
    '',
    `Data set: ${r.volume.institutions} institutions, ${r.volume.summits} summits, ${r.volume.documents} documents (2 signatories each), ` +
      `${r.volume.milestones} milestones, ${r.volume.auditEvents} audit events; generated in SQL in ${f(r.generation.full.generateS)} s.`,
    `Method: Pacta as \`npm start\` runs it (default log level info, ${PACTA_NODE_FLAGS.join(' ')}) against the raw node:http + pg server; ` +
      `autocannon, ${r.settings.connections} connections; after a ${r.settings.warmup} s warm-up each, ${r.settings.rounds} rounds of ${r.settings.seconds} s per server ` +
      `in ABBA order (Pacta first in odd rounds, raw first in even ones). Ratios are **paired**: Pacta ÷ raw within each round; ` +
      `the table gives their median, [the bootstrap 95 % interval of that median] and (min–max). A throughput target is met only when the interval's **lower bound** clears it, a p99 target only when its **upper bound** does; with 7 rounds the interval runs from the second-lowest to the second-highest round, with 5 or fewer it is the min–max (bench/stats.ts). ` +
      `A throughput ratio whose lower bound is above ${t.baselineDefect}× fails the run (a defect of the baseline). req/s and ms are medians over the rounds.`,
    ...(r.against
      ? ['', `**A/B of two Pacta builds: the "raw" columns are \`${r.against}\`, not the raw server.**`]
      : []),
    '',
    `| row | Pacta req/s | raw req/s | throughput ratio, median [95 % interval] (min–max) | target (lower bound ≥) | met | Pacta p99 ms | raw p99 ms | p99 ratio, median [95 % interval] (min–max) | met (upper bound ≤ ${t.p99}) | Pacta RSS MiB | same answers |`,
    '| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | ---: | --- |',
  );
  for (const m of r.measured) {
    const target = targetOf(r, m);
    const eq = m.equivalence;
    const same =
      eq === null
        ? 'n/a'
        : `${eq.differing.length ? '**no**' : 'yes'} (${eq.compared - eq.differing.length}/${eq.compared})`;
    if (m.pactaOnly) {
      lines.push(
        `| ${m.label} | ${f(m.pacta.rps, 1)} | - | Pacta only (no raw baseline) | - | - | ${f(m.pacta.p99, 2)} | - | - | - | ${f(m.pacta.rssMiB, 0)} | ${same.replace('yes', 'answered as expected')} |`,
      );
      continue;
    }
    lines.push(
      `| ${m.label} | ${f(m.pacta.rps, 0)} | ${f(m.raw.rps, 0)} | ${range(m.ratio)}${baselineDefect(m.ratio, t.baselineDefect) ? ' **baseline defect**' : ''} | ${target} | ${mark(bounds(m.ratio).lo >= target)} | ` +
        `${f(m.pacta.p99, 2)} | ${f(m.raw.p99, 2)} | ${range(m.p99Ratio)} | ${mark(bounds(m.p99Ratio).hi <= t.p99)} | ${f(m.pacta.rssMiB, 0)} | ${same} |`,
    );
  }
  const alone = r.measured.filter((m) => m.pactaOnly);
  for (const m of alone) {
    lines.push(
      '',
      `${m.label}: ${f(m.pacta.rps, 1)} req/s, p50 ${f(m.pacta.p50, 1)} ms, p99 ${f(m.pacta.p99, 1)} ms (medians over the rounds; Pacta alone, so no ratio and no target).`,
    );
  }
  lines.push('', '| row | what one request does (on both servers) |', '| --- | --- |');
  for (const m of r.measured) lines.push(`| ${m.label} | ${m.work} |`);

  // Where a gap lives: CPU per answered request, whatever else the machine ran (medians over the rounds).
  const us = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '-' : f(n, 0));
  lines.push(
    '',
    'CPU per answered request, µs (medians over the rounds, from /proc): the server process, the PostgreSQL backends serving it, and the load generator (autocannon, in the bench process).',
    '',
    '| row | Pacta process | raw process | Pacta ÷ raw | Pacta database | raw database | generator (Pacta / raw rounds) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const m of r.measured) {
    const [p, q] = [m.pacta.cpuUs, m.raw.cpuUs];
    if (!p) continue;
    lines.push(
      `| ${m.label} | ${us(p.server)} | ${us(q?.server)} | ${q && Number.isFinite(q.server) ? f(p.server / q.server, 2) + '×' : '-'} | ${us(p.database)} | ${us(q?.database)} | ${us(p.generator)} / ${us(q?.generator)} |`,
    );
  }

  // Pacta-only rows have no ratio: the targets are over the rows compared with raw.
  const paired = r.measured.filter((m) => !m.pactaOnly);
  const db = paired.filter((m) => m.key !== 'health');
  const health = r.measured.find((m) => m.key === 'health');
  const maxRss = Math.max(0, ...r.measured.map((m) => m.pacta.rssMiB));
  // A row with no ratio (a side completed no request) makes the worst value unknown: NaN, shown as "-".
  const worst = (list: Measured[], pick: (m: Measured) => number, max = false) => {
    const values = list.map(pick);
    if (!values.length || !values.every(Number.isFinite)) return NaN;
    return max ? Math.max(...values) : Math.min(...values);
  };
  // A target over no rows (a run with --only=health, say) is not met or missed: "-".
  const all = (list: Measured[], holds: (m: Measured) => boolean) =>
    list.length ? mark(list.every(holds)) : '-';
  lines.push(
    '',
    '| target | measured | met |',
    '| --- | --- | --- |',
    `| every database row ≥ ${t.throughput}× raw throughput (lower bound of the paired ratio) | worst lower bound ${f(
      worst(db, (m) => bounds(m.ratio).lo),
      2,
    )}× | ${all(db, (m) => bounds(m.ratio).lo >= t.throughput)} |`,
    `| goal: a median of 0.9× or more on every database row | worst median ${f(
      worst(db, (m) => m.ratio.median),
      2,
    )}× | ${all(db, (m) => m.ratio.median >= 0.9)} |`,
    `| no-database route ≥ ${t.health}× raw (lower bound) | ${health ? range(health.ratio) : 'not measured'} | ${health ? mark(bounds(health.ratio).lo >= t.health) : '-'} |`,
    `| p99 ≤ ${t.p99}× raw p99 (upper bound) | worst upper bound ${f(
      worst(paired, (m) => bounds(m.p99Ratio).hi, true),
      2,
    )}× | ${all(paired, (m) => bounds(m.p99Ratio).hi <= t.p99)} |`,
    `| no ratio above ${t.baselineDefect}× by its lower bound (baseline defect) | highest lower bound ${f(
      worst(paired, (m) => bounds(m.ratio).lo, true),
      2,
    )}× (highest median ${f(
      worst(paired, (m) => m.ratio.median, true),
      2,
    )}×) | ${all(paired, (m) => !baselineDefect(m.ratio, t.baselineDefect))} |`,
    `| the same answers on every distinct request, and the same transition | ${r.measured.filter((m) => m.equivalence).reduce((n, m) => n + m.equivalence!.compared, 0)} compared | ${mark(r.measured.every((m) => !m.equivalence?.differing.length))} |`,
    `| Pacta RSS under load ≤ ${LIMITS.rssMiB} MB | peak ${f(maxRss, 0)} MiB | ${mark(maxRss <= LIMITS.rssMiB)} |`,
    `| cold start to first authenticated 200, PostgreSQL server ≤ 1.5 s | ${r.coldStartMs.join(', ')} ms (median ${f(cold, 0)}) | ${mark(cold <= LIMITS.coldStartMs)} |`,
    `| cold start to /health/ready 200, embedded (after first initialisation) ≤ 2.5 s | ${r.embeddedColdStartMs ?? 'not measured'}${r.embeddedColdStartMs ? ' ms' : ''} | ${r.embeddedColdStartMs === null ? '-' : mark(r.embeddedColdStartMs <= LIMITS.embeddedColdStartMs)} |`,
  );

  if (r.growth.length) {
    const names = Object.keys(r.growth[0].sets);
    const sizes = names
      .map((n) => `${n} = ${r.sets[n].documents} documents / ${r.sets[n].auditEvents} events`)
      .join('; ');
    lines.push(
      '',
      `Growth: Pacta alone on each data set (${sizes}), the same requests, the sets in turn (order reversed every other round), ${r.settings.growthRounds} round(s).`,
      '',
      `| row | ${names.map((n) => `p50 ${n} ms`).join(' | ')} | ${names.map((n) => `p99 ${n} ms`).join(' | ')} | ${names.map((n) => `req/s ${n}`).join(' | ')} | p50 ${names[names.length - 1]} ÷ ${names[0]}, median [95 % interval] (min–max) (upper bound ≤ ${t.growth}) |`,
      `| --- | ${names.map(() => '---:').join(' | ')} | ${names.map(() => '---:').join(' | ')} | ${names.map(() => '---:').join(' | ')} | ---: |`,
    );
    for (const g of r.growth) {
      lines.push(
        `| ${g.key} | ${names.map((n) => f(g.sets[n].p50, 2)).join(' | ')} | ${names.map((n) => f(g.sets[n].p99, 2)).join(' | ')} | ${names.map((n) => f(g.sets[n].rps, 0)).join(' | ')} | ${range(g.p50Ratio)} ${bounds(g.p50Ratio).hi <= t.growth ? '' : '✗'} |`,
      );
    }
  }
  if (r.writers.length) {
    lines.push(
      '',
      'Write ceiling: document transitions (each with its status-history row and audit append through the one chain head) through N Pacta processes at once, 10 connections each.',
      '',
      '| processes | transitions/s (median) | per round | worst p99 ms |',
      '| ---: | ---: | --- | ---: |',
    );
    for (const w of r.writers) {
      lines.push(
        `| ${w.processes} | ${f(w.rps, 0)} | ${w.rounds.map((x) => f(x, 0)).join(', ')} | ${f(w.p99, 1)} |`,
      );
    }
  }
  lines.push(...browserReport(r.browser));
  if (r.notifyBurst) {
    const b = r.notifyBurst;
    const row = (name: string, w: NotifyBurstResult['idle']) =>
      `| ${name} | ${f(w.seconds)} | ${w.requests} | ${f(w.rps, 0)} | ${f(w.p50, 2)} | ${f(w.p99, 2)} | ${f(w.pactaCpuMs, 0)} | ${f(w.load, 2)} |`;
    lines.push(
      '',
      `Notification burst: ${b.events} outbox events at once, each fanned out to an inbox delivery, drained by the delivery worker inside the measured Pacta process; ` +
        `meanwhile the "get one document" mix at a fixed ${b.rate} req/s (half its saturated rate), ${b.connections} connections. ` +
        `${b.rounds.length} burst(s) in a row, each bracketed by idle windows; in every window an observer probes the drain's progress every 100 ms. ` +
        `Judged: the pooled p99 of every request made while a burst drained over the pooled p99 of the idle windows. ` +
        `Beside it, per round, the strict reading: its draining p99 over the lower of the two idle p99s around it.`,
      '',
      '| window | s | requests | req/s | p50 ms | p99 ms | Pacta CPU ms | load (1 min) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...b.rounds.flatMap((x, i) => [
        ...(i === 0 ? [row('worker idle (before burst 1)', x.before)] : []),
        row(`while burst ${i + 1} drains`, x.draining),
        row(`worker idle (after burst ${i + 1})`, x.after),
      ]),
      '',
      '| round | p99 ratio (vs lower idle / before / after) | drain s | events/s | Pacta CPU ms per event |',
      '| --- | --- | ---: | ---: | ---: |',
      ...b.rounds.map(
        (x, i) =>
          `| ${i + 1} | ${f(x.p99Ratio, 2)}× / ${f(x.p99RatioBefore, 2)}× / ${f(x.p99RatioAfter, 2)}× | ${f(x.drainMs / 1000, 1)} | ${f(x.eventsPerSecond, 0)} | ${f(x.pactaCpuMsPerEvent, 3)} |`,
      ),
      '',
      '| burst | measured | met |',
      '| --- | --- | --- |',
      `| p99 while draining ≤ ${b.target}× idle p99, pooled (${b.pooled.draining.requests} requests draining: p99 ${f(b.pooled.draining.p99, 2)} ms; ${b.pooled.idle.requests} idle: p99 ${f(b.pooled.idle.p99, 2)} ms) | ${f(b.pooled.p99Ratio, 2)}× | ${mark(b.pooled.p99Ratio <= b.target)} |`,
      `| the same, per round, strict (median round; worst ${f(b.p99RatioMax, 2)}×) | ${f(b.p99Ratio, 2)}× | - |`,
      `| every event delivered | ${b.delivered} of ${b.events} | ${mark(b.drained && b.delivered === b.events)} |`,
      `| drain time (insert → last delivery; first after ${f(b.firstDeliveryMs, 0)} ms, one poll) | ${f(b.drainMs / 1000, 1)} s | - |`,
      `| delivery rate (first → last delivery) | ${f(b.eventsPerSecond, 0)} events/s | - |`,
    );
  }
  if (r.missing.length) lines.push('', `Not measured (not in Pacta yet): ${r.missing.join(', ')}.`);
  if (r.planned.length)
    lines.push('', `Rows that land with the open issues (not measured yet): ${r.planned.join('; ')}.`);
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
