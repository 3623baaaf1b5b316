/**
 * Generated art: every texture the lobby uses is drawn here, once, into canvas textures, in one
 * flat, warm style. No image files.
 */
import type Phaser from 'phaser';
import { Pen } from './pen';
import type { Look } from '../../core';
import { COUNTERS, FLOOR_Y, HEIGHT, WIDTH } from './layout';

/** The hall is one texture; the figures are frames of a second. */
export const ATLAS = 'lobby-hall';
export const PEOPLE = 'lobby-people';
export const FRAME = {
  staff: 'person-staff',
  person: (look: Look): string => `person-${look}`,
} as const;

export const CJK_FONT = '"Noto Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif';

/** Signs painted on the hall (drawn into the texture: no separate text objects to upload). */
const SIGNS: readonly (readonly [x: number, y: number, text: string, size: number, color: string])[] = [
  [WIDTH / 2, 22, '营 业 厅', 22, '#fff6e0'],
  ...COUNTERS.map((c) => [c.x, 83, c.label, 14, '#ffd27a'] as const),
  [80, 105, '入口', 15, '#4a3b2d'],
  [208, 290, '叫号机', 15, '#4a3b2d'],
  [560, 455, '填单台', 15, '#4a3b2d'],
  [560, 705, '等候区', 14, '#4a3b2d'],
  [1010, 440, '大堂经理', 15, '#4a3b2d'],
  [1185, 178, 'ATM 自助区', 15, '#4a3b2d'],
  [1235, 505, '会客室', 15, '#4a3b2d'],
];

function drawSigns(ctx: CanvasRenderingContext2D): void {
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const [x, y, text, size, color] of SIGNS) {
    ctx.font = `${size + 1}px ${CJK_FONT}`;
    ctx.fillStyle = color;
    ctx.fillText(text, x, y);
  }
}

const FIGURE_W = 40;
const FIGURE_H = 100;

const SKIN = 0xf2c9a0;

interface Outfit {
  readonly body: number;
  readonly legs: number;
  readonly hair: number;
  readonly hairStyle: 'short' | 'bun' | 'long' | 'bald' | 'pony';
}

const OUTFITS: Readonly<Record<Look | 'staff', Outfit>> = {
  'older-woman': { body: 0xb5523b, legs: 0x4a3b35, hair: 0xb9b4ad, hairStyle: 'bun' },
  'older-man': { body: 0x6f7b55, legs: 0x3b3f46, hair: 0xc8c3bb, hairStyle: 'bald' },
  man: { body: 0x3f6f9a, legs: 0x2e3440, hair: 0x2b2320, hairStyle: 'short' },
  woman: { body: 0xc07a9a, legs: 0x3b3340, hair: 0x2b2320, hairStyle: 'long' },
  'young-man': { body: 0x5b9a6b, legs: 0x34404a, hair: 0x5a3d2b, hairStyle: 'short' },
  'young-woman': { body: 0xe0a34a, legs: 0x49506b, hair: 0x3a2a22, hairStyle: 'pony' },
  staff: { body: 0x1f3b63, legs: 0x1b2433, hair: 0x231c1a, hairStyle: 'short' },
};

/** A standing figure, 40 × 100, feet at the bottom centre. */
function drawPerson(g: Pen, o: Outfit, isStaff: boolean): void {
  g.fillStyle(0x000000, 0.15).fillEllipse(20, 97, 34, 8);
  g.fillStyle(o.legs).fillRoundedRect(11, 62, 8, 34, 3).fillRoundedRect(21, 62, 8, 34, 3);
  g.fillStyle(o.body).fillRoundedRect(6, 30, 28, 38, 9);
  if (isStaff) {
    g.fillStyle(0xffffff).fillTriangle(14, 30, 26, 30, 20, 42);
    g.fillStyle(0xc8312f).fillTriangle(17, 31, 23, 31, 20, 44);
  }
  g.fillStyle(SKIN).fillRect(17, 24, 6, 8);
  g.fillStyle(SKIN).fillCircle(20, 16, 11);
  g.fillStyle(o.hair);
  switch (o.hairStyle) {
    case 'bun':
      g.fillCircle(20, 4, 6).fillSlice(20, 15, 12, Math.PI, 0);
      break;
    case 'bald':
      g.fillSlice(20, 16, 12, Math.PI * 1.05, Math.PI * 1.35);
      g.fillSlice(20, 16, 12, Math.PI * 1.65, Math.PI * 1.95);
      break;
    case 'long':
      g.fillSlice(20, 15, 12, Math.PI, 0).fillRect(8, 14, 5, 20).fillRect(27, 14, 5, 20);
      break;
    case 'pony':
      g.fillSlice(20, 15, 12, Math.PI, 0).fillEllipse(32, 18, 7, 16);
      break;
    default:
      g.fillSlice(20, 14, 12, Math.PI, 0);
  }
  g.fillStyle(0x3a2a22).fillCircle(16, 17, 1.4).fillCircle(24, 17, 1.4);
}

function drawBackground(g: Pen): void {
  // Back wall and floor.
  g.fillStyle(0xf3e6d3).fillRect(0, 0, WIDTH, FLOOR_Y);
  g.fillStyle(0xe6d2b5).fillRect(0, FLOOR_Y - 16, WIDTH, 16);
  g.fillStyle(0xeadfce).fillRect(0, FLOOR_Y, WIDTH, HEIGHT - FLOOR_Y);
  g.lineStyle(1, 0xd8cab5, 1);
  for (let x = 0; x <= WIDTH; x += 80) g.lineBetween(x, FLOOR_Y, x + (x - WIDTH / 2) * 0.35, HEIGHT);
  for (let y = FLOOR_Y + 40; y < HEIGHT; y += 60) g.lineBetween(0, y, WIDTH, y);
  // Brand band.
  g.fillStyle(0x9f2a2a).fillRect(0, 0, WIDTH, 44);
  g.fillStyle(0xd9a441).fillRect(0, 44, WIDTH, 4);
  // Entrance: glass doors on the left.
  g.fillStyle(0xbfd9e6).fillRect(20, 120, 120, FLOOR_Y + 180 - 120);
  g.lineStyle(4, 0x8a97a3, 1).strokeRect(20, 120, 120, FLOOR_Y + 60);
  g.lineBetween(80, 120, 80, FLOOR_Y + 180);
  g.fillStyle(0xffffff, 0.35).fillRect(30, 130, 20, 200).fillRect(90, 130, 20, 200);
  // Ticket machine (叫号机).
  g.fillStyle(0x6b7b8c).fillRoundedRect(180, 300, 56, 110, 8);
  g.fillStyle(0x1d2a38).fillRoundedRect(188, 312, 40, 30, 4);
  g.fillStyle(0xf0f0f0).fillRect(196, 360, 24, 6);
  // Counters along the back wall.
  g.fillStyle(0xcdb48e).fillRect(300, 210, 660, 100);
  for (const c of COUNTERS) {
    g.fillStyle(0xd8ecf4, 0.85).fillRect(c.x - 90, 96, 180, 114);
    g.lineStyle(3, 0x9fb2bf, 1).strokeRect(c.x - 90, 96, 180, 114);
    g.fillStyle(0x2a2f38).fillRoundedRect(c.x - 46, 72, 92, 22, 4);
    g.fillStyle(0xb99e76).fillRect(c.x - 100, 300, 200, 12);
  }
  g.fillStyle(0x8b6f4e).fillRect(296, 300, 668, 14);
  // Queue display board.
  g.fillStyle(0x1d1f24).fillRoundedRect(990, 70, 250, 70, 8);
  // Wall clock.
  g.fillStyle(0x1d1f24).fillRoundedRect(180, 70, 110, 44, 6);
  // Form desk (填单台), centre.
  g.fillStyle(0x9c7b55).fillRoundedRect(470, 470, 180, 36, 6);
  g.fillStyle(0x7d6142).fillRect(490, 506, 12, 30).fillRect(618, 506, 12, 30);
  g.fillStyle(0xffffff).fillRect(500, 476, 30, 20).fillRect(560, 478, 26, 18);
  // Waiting seats.
  for (let row = 0; row < 2; row++) {
    for (let i = 0; i < 5; i++) {
      const x = 380 + i * 80;
      const y = 640 + row * 50;
      g.fillStyle(0x3e6e8e).fillRoundedRect(x - 28, y - 26, 56, 22, 6);
      g.fillStyle(0x335b76).fillRoundedRect(x - 30, y - 6, 60, 12, 4);
    }
  }
  // 大堂经理 desk.
  g.fillStyle(0x8b6f4e).fillRoundedRect(940, 470, 140, 40, 6);
  g.fillStyle(0x6f5840).fillRect(950, 510, 120, 20);
  g.fillStyle(0xffffff).fillRoundedRect(970, 456, 40, 16, 3);
  // ATM corner.
  g.fillStyle(0xdcd3c6).fillRect(1090, 160, 190, 150);
  for (const x of [1120, 1200]) {
    g.fillStyle(0x55606e).fillRoundedRect(x - 30, 200, 60, 110, 6);
    g.fillStyle(0x9fd3e6).fillRect(x - 20, 214, 40, 30);
    g.fillStyle(0x2a2f38).fillRect(x - 16, 262, 32, 6);
  }
  // Door to the meeting room (会客室), right wall.
  g.fillStyle(0x8b5e3c).fillRoundedRect(1200, 520, 70, 150, 4);
  g.fillStyle(0xd9a441).fillCircle(1212, 600, 4);
  // Plants.
  for (const x of [160, 1060]) {
    g.fillStyle(0x7d5a3c).fillRoundedRect(x - 16, 660, 32, 34, 4);
    g.fillStyle(0x4f8a4b).fillCircle(x, 640, 22).fillCircle(x - 14, 652, 14).fillCircle(x + 14, 652, 14);
  }
}

/**
 * Draws the hall on an opaque offscreen canvas and the figures on a small transparent one, and
 * hands both to Phaser: two GPU uploads at start-up instead of one per figure. (Uploads are slow on
 * software-rendered WebGL, and an opaque canvas needs no alpha conversion on the way.)
 * `resolution`: texture pixels per canvas unit (2 on a 2× screen, so signs stay sharp); images
 * using these textures are scaled by 1 / resolution to keep their size in canvas units.
 */
export function makeTextures(scene: Phaser.Scene, resolution = 1): void {
  if (scene.textures.exists(ATLAS)) return;
  const hall = canvas2d(WIDTH * resolution, HEIGHT * resolution, false);
  hall.scale(resolution, resolution);
  drawBackground(new Pen(hall));
  drawSigns(hall);
  if (scene.textures.addCanvas(ATLAS, hall.canvas) === null) throw new Error('could not create the lobby texture');
  const outfits = Object.entries(OUTFITS);
  const strip = canvas2d(FIGURE_W * outfits.length * resolution, FIGURE_H * resolution, true);
  strip.scale(resolution, resolution);
  outfits.forEach(([, outfit], i) => {
    strip.save();
    strip.translate(i * FIGURE_W, 0);
    drawPerson(new Pen(strip), outfit, outfit === OUTFITS.staff);
    strip.restore();
  });
  const people = scene.textures.addCanvas(PEOPLE, strip.canvas);
  if (people === null) throw new Error('could not create the figures texture');
  outfits.forEach(([key], i) => {
    people.add(key === 'staff' ? FRAME.staff : FRAME.person(key as Look), 0, i * FIGURE_W * resolution, 0, FIGURE_W * resolution, FIGURE_H * resolution);
  });
}

function canvas2d(width: number, height: number, alpha: boolean): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { alpha });
  if (ctx === null) throw new Error('no 2D canvas');
  return ctx;
}
