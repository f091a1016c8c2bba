import { describe, expect, it } from 'vitest';
import {
  STOPPED_TIMER,
  elapsedMs,
  formatDuration,
  milestoneBetween,
  pauseTimer,
  startTimer,
} from './section-timer';

describe('section timer', () => {
  it('counts only while running and keeps the time across pauses', () => {
    let timer = startTimer(STOPPED_TIMER, 1_000);
    expect(elapsedMs(timer, 4_000)).toBe(3_000);
    timer = pauseTimer(timer, 5_000);
    expect(elapsedMs(timer, 60_000)).toBe(4_000);
    timer = startTimer(timer, 70_000);
    expect(elapsedMs(timer, 71_000)).toBe(5_000);
  });

  it('ignores a second start or pause', () => {
    const running = startTimer(STOPPED_TIMER, 1_000);
    expect(startTimer(running, 2_000)).toBe(running);
    expect(pauseTimer(STOPPED_TIMER, 2_000)).toBe(STOPPED_TIMER);
  });

  it('never counts backwards when the clock does', () => {
    expect(elapsedMs(startTimer(STOPPED_TIMER, 5_000), 4_000)).toBe(0);
  });

  it('reports each milestone once, when it is crossed', () => {
    const target = 600_000;
    expect(milestoneBetween(299_000, 300_000, target)).toBe('half');
    expect(milestoneBetween(300_000, 301_000, target)).toBeNull();
    expect(milestoneBetween(599_000, 600_000, target)).toBe('reached');
    expect(milestoneBetween(200_000, 700_000, target)).toBe('reached');
    expect(milestoneBetween(700_000, 701_000, target)).toBeNull();
  });

  it('formats durations as minutes and seconds, with hours when needed', () => {
    expect(formatDuration(0)).toBe('00:00');
    expect(formatDuration(65_999)).toBe('01:05');
    expect(formatDuration(3_600_000 + 61_000)).toBe('1:01:01');
  });
});
