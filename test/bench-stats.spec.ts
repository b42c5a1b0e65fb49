import { baselineDefect } from '../bench/report';
import { median, medianInterval } from '../bench/stats';

/** The benchmark's judge (bench/stats.ts): a target is met by the bound of the median's interval. */
describe('the paired median and its bootstrap interval', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('runs from the second-lowest to the second-highest of 7 rounds', () => {
    const rounds = [0.97, 0.24, 0.81, 0.73, 0.84, 0.8, 0.83];
    expect(medianInterval(rounds)).toEqual({ lo: 0.73, hi: 0.84 });
  });

  it('is the whole min–max with 3 or 5 rounds', () => {
    expect(medianInterval([0.9, 0.5, 1.2])).toEqual({ lo: 0.5, hi: 1.2 });
    expect(medianInterval([5, 1, 4, 2, 3])).toEqual({ lo: 1, hi: 5 });
  });

  it('lets two low rounds of 7 decide the lower bound', () => {
    expect(medianInterval([0.1, 0.2, 0.9, 0.9, 0.9, 0.9, 0.9]).lo).toBe(0.2);
  });

  it('gives the same interval on every reading', () => {
    const rounds = [0.82, 0.77, 0.91, 0.88, 0.79, 0.95, 0.85];
    expect(medianInterval(rounds)).toEqual(medianInterval([...rounds]));
  });

  it('is unknown when a round has no ratio', () => {
    expect(medianInterval([0.8, NaN, 0.9])).toEqual({ lo: NaN, hi: NaN });
    expect(medianInterval([])).toEqual({ lo: NaN, hi: NaN });
  });

  const paired = (values: number[]) => ({ median: median(values), min: 0, max: 0, values });

  it('calls the baseline defective only when Pacta is faster by the lower bound', () => {
    // The uncached dashboard of 2026-12-03: the same SQL on both sides, a median of 1.06×.
    expect(baselineDefect(paired([0.97, 1.11, 0.96, 1.17, 1.64, 1.06, 0.05]), 1.05)).toBe(false);
    expect(baselineDefect(paired([1.08, 1.12, 1.1, 1.07, 1.3, 1.09, 0.9]), 1.05)).toBe(true);
  });
});
