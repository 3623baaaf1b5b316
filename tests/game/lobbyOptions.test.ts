import { describe, expect, it } from 'vitest';
import { benchVisitors, lobbyResolution } from '../../src/game/lobby/options';

describe('lobby options', () => {
  it('draws at 2 texture pixels per canvas unit only where the screen has the device pixels for it', () => {
    expect(lobbyResolution(1, 1280, 720)).toBe(1);
    expect(lobbyResolution(2, 1280, 720)).toBe(2);
    expect(lobbyResolution(3, 1920, 1080)).toBe(2);
    // A phone: its longer side decides, so turning it changes nothing.
    expect(lobbyResolution(2, 360, 640)).toBe(1);
    expect(lobbyResolution(2, 640, 360)).toBe(1);
    expect(lobbyResolution(3, 390, 844)).toBe(2);
  });

  it('reads ?bench=visitors:N (at most 60) and nothing else', () => {
    expect(benchVisitors('?bench=visitors:30')).toBe(30);
    expect(benchVisitors('?renderer=webgl&bench=visitors:99')).toBe(60);
    expect(benchVisitors('')).toBe(0);
    expect(benchVisitors('?bench=visitors:')).toBe(0);
    expect(benchVisitors('?bench=visitors:3x')).toBe(0);
    expect(benchVisitors('?visitors=30')).toBe(0);
  });
});
