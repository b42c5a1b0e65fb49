/** The statistics the benchmark reports: medians, and how far a median of a few rounds can be trusted. */

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** A small seeded generator (mulberry32): the same rounds give the same interval on every reading. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Interval {
  lo: number;
  hi: number;
}

/**
 * The percentile bootstrap's 95 % interval of the median of `values` (10 000 resamples, seeded).
 * With 7 rounds it runs from the second-lowest to the second-highest round (a resample's median
 * falls to the lowest round only about 1 % of the time), so one round disturbed by something
 * outside both servers no longer decides a row alone; with 3 rounds it is the whole min–max.
 * NaN when any value is (a round where one side completed no request).
 */
export function medianInterval(values: number[], resamples = 10_000): Interval {
  if (!values.length || !values.every(Number.isFinite)) return { lo: NaN, hi: NaN };
  const random = generator(values.length * 7919 + 17);
  const medians = new Float64Array(resamples);
  const sample = new Array<number>(values.length);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < values.length; i++) sample[i] = values[Math.floor(random() * values.length)];
    medians[r] = median(sample);
  }
  medians.sort();
  return { lo: medians[Math.floor(resamples * 0.025)], hi: medians[Math.ceil(resamples * 0.975) - 1] };
}
