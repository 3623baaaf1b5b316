/**
 * A few chainable drawing calls over a 2D canvas, in the shape of Phaser's Graphics API, so the
 * lobby art is drawn straight into canvas textures. (Graphics.generateTexture reads pixels back
 * from the GPU, which stalls a software-rendered WebGL context for a long time at start-up.)
 */
const css = (color: number, alpha = 1): string =>
  `rgba(${(color >> 16) & 255}, ${(color >> 8) & 255}, ${color & 255}, ${alpha})`;

export class Pen {
  constructor(private readonly ctx: CanvasRenderingContext2D) {}

  fillStyle(color: number, alpha = 1): this {
    this.ctx.fillStyle = css(color, alpha);
    return this;
  }

  lineStyle(width: number, color: number, alpha = 1): this {
    this.ctx.lineWidth = width;
    this.ctx.strokeStyle = css(color, alpha);
    return this;
  }

  fillRect(x: number, y: number, w: number, h: number): this {
    this.ctx.fillRect(x, y, w, h);
    return this;
  }

  fillRoundedRect(x: number, y: number, w: number, h: number, r: number): this {
    this.ctx.beginPath();
    this.ctx.roundRect(x, y, w, h, r);
    this.ctx.fill();
    return this;
  }

  fillCircle(x: number, y: number, r: number): this {
    this.ctx.beginPath();
    this.ctx.arc(x, y, r, 0, Math.PI * 2);
    this.ctx.fill();
    return this;
  }

  /** Centre and full width/height, as Phaser's fillEllipse. */
  fillEllipse(x: number, y: number, w: number, h: number): this {
    this.ctx.beginPath();
    this.ctx.ellipse(x, y, w / 2, h / 2, 0, 0, Math.PI * 2);
    this.ctx.fill();
    return this;
  }

  fillTriangle(x1: number, y1: number, x2: number, y2: number, x3: number, y3: number): this {
    this.ctx.beginPath();
    this.ctx.moveTo(x1, y1);
    this.ctx.lineTo(x2, y2);
    this.ctx.lineTo(x3, y3);
    this.ctx.closePath();
    this.ctx.fill();
    return this;
  }

  /** A filled pie slice from `start` to `end` (radians, clockwise). */
  fillSlice(x: number, y: number, r: number, start: number, end: number): this {
    this.ctx.beginPath();
    this.ctx.moveTo(x, y);
    this.ctx.arc(x, y, r, start, end);
    this.ctx.closePath();
    this.ctx.fill();
    return this;
  }

  strokeRect(x: number, y: number, w: number, h: number): this {
    this.ctx.strokeRect(x, y, w, h);
    return this;
  }

  lineBetween(x1: number, y1: number, x2: number, y2: number): this {
    this.ctx.beginPath();
    this.ctx.moveTo(x1, y1);
    this.ctx.lineTo(x2, y2);
    this.ctx.stroke();
    return this;
  }
}
