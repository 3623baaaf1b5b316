/** Starts the Phaser game that draws the lobby into `parent` (the game page and the Studio both use it). */
import Phaser from 'phaser';
import { HEIGHT, WIDTH } from './layout';
import type { LobbyScene } from './LobbyScene';
import { benchVisitors, lobbyResolution } from './options';
import { pickRenderer } from './renderer';

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
