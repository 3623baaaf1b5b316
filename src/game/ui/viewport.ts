/**
 * Keeps `--topbar-h` on the page root equal to the top bar's height in CSS pixels (0 while it is
 * empty), so the portrait layout can put the lobby right under it whatever the text size.
 * Set through the CSSOM: the server's content-security policy blocks style attributes, not this.
 */
export function watchTopbar(topbar: HTMLElement): void {
  const set = (): void => document.documentElement.style.setProperty('--topbar-h', `${topbar.offsetHeight}px`);
  if (typeof ResizeObserver === 'function') new ResizeObserver(set).observe(topbar);
  set();
}
