import { afterEach, describe, expect, it, vi } from 'vitest';
import { whileIdle } from './idle';

/** A fake idle scheduler: each period has `budget` ms, and each step spends `cost` of them. */
function fakeIdle(budget: number, cost: number) {
  const pending: Array<(d: IdleDeadline) => void> = [];
  let left = 0;
  vi.stubGlobal('requestIdleCallback', (f: (d: IdleDeadline) => void) => pending.push(f));
  vi.stubGlobal('cancelIdleCallback', () => pending.splice(0));
  return {
    period() {
      const f = pending.shift();
      left = budget;
      f?.({ didTimeout: false, timeRemaining: () => left });
    },
    spend: () => void (left -= cost),
    waiting: () => pending.length,
  };
}

afterEach(() => void vi.unstubAllGlobals());

describe('whileIdle', () => {
  it('runs as many steps in an idle period as it has time for, and the rest in the next', () => {
    const idle = fakeIdle(50, 10);
    const done: number[] = [];
    whileIdle(() => {
      idle.spend();
      done.push(done.length);
      return done.length < 10;
    });
    idle.period();
    expect(done.length).toBe(5); // 50 → 40 → 30 → 20 → 10 → 0: no time for a sixth
    idle.period();
    expect(done.length).toBe(10);
    expect(idle.waiting()).toBe(0);
  });

  it('gives a period at most a frame of steps, so input waits no longer than that', () => {
    const idle = fakeIdle(50, 0);
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    let steps = 0;
    whileIdle(() => {
      clock += 5;
      steps++;
      return true;
    });
    idle.period();
    expect(steps).toBe(4); // 5, 10, 15 ms: under 16, one more; 20: stop
    vi.restoreAllMocks();
  });

  it('stops when told, even between two steps of one period', () => {
    const idle = fakeIdle(50, 1);
    let steps = 0;
    const stop = whileIdle(() => {
      steps++;
      if (steps === 3) stop();
      return true;
    });
    idle.period();
    expect(steps).toBe(3);
    expect(idle.waiting()).toBe(0);
  });
});
