/** A person in the lobby: a sprite in a container, which can walk and show a mood bubble. */
import Phaser from 'phaser';
import type { Mood } from '../../core';
import { PEOPLE } from './art';
import type { Point } from './layout';
import { isStill, noteAnimation, type LobbyMotion } from './motion';

const SPEED = 140; // canvas units per second

const MOOD_COLOURS: Readonly<Record<Mood, number>> = {
  angry: 0xd64541,
  upset: 0xe07b39,
  suspicious: 0x9b6bbf,
  anxious: 0xe0b339,
  neutral: 0xa0a4a8,
  calm: 0x5ba3c7,
  pleased: 0x4caf6a,
};

export class Person {
  readonly box: Phaser.GameObjects.Container;
  private readonly sprite: Phaser.GameObjects.Image;
  private bubble: Phaser.GameObjects.Graphics | null = null;
  private label: Phaser.GameObjects.Text | null = null;
  private walkTween: Phaser.Tweens.Tween | null = null;
  private bob: Phaser.Tweens.Tween | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    frame: string,
    at: Point,
    private readonly motion: LobbyMotion,
  ) {
    this.sprite = scene.add.image(0, 0, PEOPLE, frame).setOrigin(0.5, 1).setScale(1 / motion.resolution);
    this.box = scene.add.container(at.x, at.y, [this.sprite]);
    this.box.setDepth(at.y);
  }

  get x(): number {
    return this.box.x;
  }

  get y(): number {
    return this.box.y;
  }

  /** Walks to a point; resolves on arrival (or at once if destroyed). */
  /** Walking speed in canvas units per second (the case customer hurries to the scene). */
  speed = SPEED;

  walkTo(to: Point, onArrive?: () => void): void {
    this.walkTween?.stop();
    const dist = Phaser.Math.Distance.Between(this.box.x, this.box.y, to.x, to.y);
    if (dist < 2) {
      onArrive?.();
      return;
    }
    this.sprite.setFlipX(to.x < this.box.x);
    if (this.motion.paused) {
      // A paused lobby runs no tweens: the case's people are simply there.
      this.stopBob();
      this.box.setPosition(to.x, to.y).setDepth(to.y);
      onArrive?.();
      return;
    }
    if (!isStill(this.motion) && this.bob === null) {
      this.bob = this.scene.tweens.add({ targets: this.sprite, y: -4, duration: 180, yoyo: true, repeat: -1 });
      noteAnimation(this.scene.game.canvas.parentElement);
    }
    this.walkTween = this.scene.tweens.add({
      targets: this.box,
      x: to.x,
      y: to.y,
      duration: (dist / this.speed) * 1000,
      onUpdate: () => this.box.setDepth(this.box.y),
      onComplete: () => {
        this.stopBob();
        this.walkTween = null;
        onArrive?.();
      },
    });
  }

  /** Stops the walking bob (also when motion is reduced mid-walk). */
  stopBob(): void {
    this.bob?.stop();
    this.bob = null;
    this.sprite.y = 0;
  }

  /** A coloured face bubble over the head; null removes it. */
  setMood(mood: Mood | null): void {
    this.bubble?.destroy();
    this.bubble = null;
    if (mood === null) return;
    const g = this.scene.add.graphics();
    const c = MOOD_COLOURS[mood];
    g.fillStyle(0xffffff, 0.95).fillCircle(0, -122, 15).lineStyle(3, c, 1).strokeCircle(0, -122, 15);
    g.fillStyle(c).fillCircle(-5, -125, 2).fillCircle(5, -125, 2);
    g.lineStyle(2, c, 1);
    const good = mood === 'pleased' || mood === 'calm';
    const bad = mood === 'angry' || mood === 'upset';
    g.beginPath();
    if (good) g.arc(0, -119, 6, 0.15 * Math.PI, 0.85 * Math.PI, false);
    else if (bad) g.arc(0, -112, 6, 1.15 * Math.PI, 1.85 * Math.PI, false);
    else g.moveTo(-5, -116).lineTo(5, -116);
    g.strokePath();
    if (mood === 'angry') g.lineBetween(-9, -131, -3, -128).lineBetween(9, -131, 3, -128);
    this.box.add(g);
    this.bubble = g;
    if (!isStill(this.motion)) {
      this.scene.tweens.add({ targets: g, scale: { from: 0.6, to: 1 }, duration: 220, ease: 'Back.easeOut' });
      noteAnimation(this.scene.game.canvas.parentElement);
    }
  }

  /** A small name tag under the feet (for the trainee's own figure). */
  setLabel(text: string | null): void {
    this.label?.destroy();
    this.label = null;
    if (text === null) return;
    this.label = this.scene.add
      .text(0, 6, text, { fontFamily: 'sans-serif', fontSize: '14px', color: '#ffffff', backgroundColor: '#9f2a2a', padding: { x: 6, y: 2 }, resolution: 2 })
      .setOrigin(0.5, 0);
    this.box.add(this.label);
  }

  destroy(): void {
    this.walkTween?.stop();
    this.bob?.stop();
    this.box.destroy();
  }
}
