/**
 * How the lobby may move, read live by the scene and its people (one shared object). Pure data.
 * `reduced`: the trainee asked for less motion (the system's prefers-reduced-motion or the
 * 减少动画 setting): the camera cuts instead of panning, zooming or shaking, and nothing bobs.
 * `paused`: 暂停大厅: the living lobby stands still (its timers and tweens stop); the case's own
 * people still go where the story says, at once.
 */
export interface LobbyMotion {
  reduced: boolean;
  paused: boolean;
  /** Texture pixels per canvas unit (see startLobby: 2 on a 2× screen). */
  resolution: number;
}

/** A lobby is still (no animation may start) when motion is reduced or the lobby is paused. */
export function isStill(m: LobbyMotion): boolean {
  return m.reduced || m.paused;
}

/** Counts animations started, on the lobby's element (`data-animations`), so tests can see motion start or not. */
export function noteAnimation(el: HTMLElement | null | undefined): void {
  if (el === null || el === undefined) return;
  el.dataset['animations'] = String(Number(el.dataset['animations'] ?? 0) + 1);
}
