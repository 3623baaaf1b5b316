/**
 * How this project starts Debian's Chromium through playwright-core (no browser downloads). The
 * flags are the ones that work as root on these machines; without the background-networking flags
 * Chromium keeps trying hosts the closed network refuses.
 */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
