/**
 * Less motion, wired in one place: the system's prefers-reduced-motion and the trainee's own
 * settings (减少动画, 文字立即显示, 暂停大厅; GameStore.motionSettings) decide what moves. The page
 * root carries the outcome for the stylesheet and the dialogue: `data-motion` 'reduced' | 'full',
 * `data-text` 'instant' | 'typed'; the lobby is told through setMotion.
 */
import type { MotionSettings } from './storage';

export interface MotionTarget {
  setMotion(reduced: boolean, paused: boolean): void;
}

const QUERY = '(prefers-reduced-motion: reduce)';

/**
 * Applies the motion settings now and whenever the system preference changes; returns the
 * function to call again when the settings (or the signed-in trainee) change.
 */
export function watchMotion(lobby: MotionTarget, settings: () => MotionSettings): () => void {
  const media = typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null;
  const apply = (): void => {
    const s = settings();
    const reduced = s.reduceMotion || media?.matches === true;
    const root = document.documentElement;
    root.dataset['motion'] = reduced ? 'reduced' : 'full';
    root.dataset['text'] = reduced || s.instantText ? 'instant' : 'typed';
    lobby.setMotion(reduced, s.lobbyPaused);
  };
  media?.addEventListener('change', apply);
  apply();
  return apply;
}
