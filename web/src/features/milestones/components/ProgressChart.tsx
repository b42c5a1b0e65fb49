import { useI18n } from '../../../lib/i18n/i18n';
import type { Milestone, ProgressEntry } from '../api/milestones';

/**
 * Reported values against baseline and target, as a plain SVG line chart. It is decorative for
 * assistive technology (aria-hidden): the same numbers are in the table next to it.
 */
export function ProgressChart({ milestone, entries }: { milestone: Milestone; entries: ProgressEntry[] }) {
  const { t, date, number } = useI18n();
  const indicator = milestone.indicator;
  const points = entries
    .filter((e) => e.value !== null)
    .map((e) => ({ at: Date.parse(`${e.asOf}T00:00:00Z`), value: Number(e.value) }))
    .sort((a, b) => a.at - b.at);
  if (!indicator) return null;
  const baseline = Number(indicator.baseline);
  const target = Number(indicator.target);
  const start = Date.parse(`${indicator.baselineOn}T00:00:00Z`);
  const end = Math.max(Date.parse(`${milestone.dueOn}T00:00:00Z`), ...points.map((p) => p.at), start + 1);
  const values = [baseline, target, ...points.map((p) => p.value)];
  const low = Math.min(...values);
  const high = Math.max(...values) || 1;
  const W = 640;
  const H = 240;
  const pad = { l: 70, r: 20, t: 16, b: 36 };
  const x = (at: number) => pad.l + ((at - start) / (end - start)) * (W - pad.l - pad.r);
  const y = (v: number) => H - pad.b - ((v - low) / (high - low || 1)) * (H - pad.t - pad.b);
  const line = [{ at: start, value: baseline }, ...points].map((p) => `${x(p.at)},${y(p.value)}`).join(' ');
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" style={{ maxWidth: W }} aria-hidden="true">
      <line x1={pad.l} x2={W - pad.r} y1={y(target)} y2={y(target)} stroke="#2b8a3e" strokeDasharray="6 4" />
      <text x={pad.l - 6} y={y(target) + 4} textAnchor="end" fontSize="11" fill="#1b5e20">
        {number(target)}
      </text>
      <line
        x1={pad.l}
        x2={W - pad.r}
        y1={y(baseline)}
        y2={y(baseline)}
        stroke="#868e96"
        strokeDasharray="2 4"
      />
      <text x={pad.l - 6} y={y(baseline) + 4} textAnchor="end" fontSize="11" fill="#495057">
        {number(baseline)}
      </text>
      <text x={W - pad.r} y={y(target) - 6} textAnchor="end" fontSize="11" fill="#1b5e20">
        {t('milestones.target')}
      </text>
      <polyline points={line} fill="none" stroke="#1864ab" strokeWidth="2.5" />
      {points.map((p) => (
        <circle key={p.at} cx={x(p.at)} cy={y(p.value)} r="4" fill="#1864ab" />
      ))}
      <text x={pad.l} y={H - 10} fontSize="11" fill="#495057">
        {date(indicator.baselineOn)}
      </text>
      <text x={W - pad.r} y={H - 10} textAnchor="end" fontSize="11" fill="#495057">
        {date(new Date(end).toISOString().slice(0, 10))}
      </text>
    </svg>
  );
}
