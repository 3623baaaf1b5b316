/**
 * Which Phaser renderer draws the lobby: the Canvas renderer, unless `?renderer=webgl` asks for
 * WebGL. The lobby is flat art (a few dozen images, two texts, simple shapes), which the 2D
 * canvas draws as fast as WebGL where a GPU is present; where WebGL is software-emulated (remote
 * desktops, virtual machines, PCs without a GPU driver, headless browsers) the browser reads
 * every WebGL frame back to composite it, and the lobby fell to ~15 fps with 50–60 ms of main
 * thread per frame in our measurements, against a steady 60 fps on the Canvas renderer. Probing
 * the GPU to choose cost ~300 ms at start-up on such machines, so there is no probe.
 */
import Phaser from 'phaser';

export function pickRenderer(search: string): number {
  return new URLSearchParams(search).get('renderer') === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS;
}
