/** Starts the Phaser game that draws the lobby into `parent` (the game page and the Studio both use it). */
import Phaser from 'phaser';
import { HEIGHT, WIDTH } from './layout';
import type { LobbyScene } from './LobbyScene';
import { pickRenderer } from './renderer';

/**
 * Texture pixels per canvas unit: enough for the screen's device pixels at the largest size the
 * lobby can be shown (the window's longer side, so turning a phone changes nothing), at most 2.
 * A 1280-wide window on a 2× screen gets 2 (signs and the queue display stay sharp); a phone whose
 * longer side is under 1280 device pixels needs no more than 1.
 */
export function lobbyResolution(devicePixelRatio: number, windowWidth: number, windowHeight: number): number {
  const needed = (devicePixelRatio * Math.max(windowWidth, windowHeight)) / WIDTH;
  return needed > 1.05 ? 2 : 1;
}

/**
 * `?bench=visitors:N` (only `npm run bench` uses it; nothing in the game links to it): N walking
 * visitors for the frame-time measurement, at most 60. 0 otherwise.
 */
export function benchVisitors(search: string): number {
  const m = /^visitors:(\d{1,2})$/.exec(new URLSearchParams(search).get('bench') ?? '');
  return m === null ? 0 : Math.min(60, Number(m[1]));
}

export function startLobby(parent: string, lobby: LobbyScene): Phaser.Game {
  const resolution = lobbyResolution(window.devicePixelRatio || 1, window.innerWidth, window.innerHeight);
  lobby.configure({ resolution, benchVisitors: benchVisitors(window.location.search) });
  return new Phaser.Game({
    type: pickRenderer(window.location.search),
    parent,
    // The canvas has `resolution` pixels per canvas unit; the camera zooms by as much, so the
    // scene is laid out in canvas units (1280 × 720) either way.
    width: WIDTH * resolution,
    height: HEIGHT * resolution,
    // The floor's colour, so the camera may look past the hall's edge.
    backgroundColor: '#eadfce',
    // Howler owns the only AudioContext.
    audio: { noAudio: true },
    // Everything on screen is a textured quad, so multisampling buys nothing; a calm lobby needs
    // no more than 30 fps. Both keep the lobby light on modest branch PCs.
    render: { antialiasGL: false },
    fps: { limit: 30 },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene: [lobby],
  });
}
