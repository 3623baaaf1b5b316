/**
 * The lobby: draws the hall, keeps it alive (customers come in, take a number, wait, are called
 * to a counter, leave) and plays the case customer where the story says. It renders; it decides
 * nothing about the story.
 */
import Phaser from 'phaser';
import type { Channel, Look, Mood, Place } from '../../core';
import { ATLAS, CJK_FONT, FRAME, makeTextures, PEOPLE } from './art';
import { COUNTERS, focusFor, HEIGHT, SEAT_SPOTS, SPOTS, WIDTH, type Point } from './layout';
import { isStill, noteAnimation, type LobbyMotion } from './motion';
import { Person } from './people';
import type { LobbyView } from './view';

export const LOBBY_SCENE = 'lobby';

const LOOKS: readonly Look[] = ['older-woman', 'older-man', 'man', 'woman', 'young-man', 'young-woman'];
const MAX_VISITORS = 7;

interface Visitor {
  readonly person: Person;
  readonly ticket: string;
  seat: number | null;
  state: 'arriving' | 'waiting' | 'called' | 'served' | 'leaving';
}

export interface LobbyCallbacks {
  /** Called once the lobby is drawn and running. */
  readonly onReady: () => void;
  /** Called when a queue number is called (for the chime). */
  readonly onCall: () => void;
}

export class LobbyScene extends Phaser.Scene implements LobbyView {
  private visitors: Visitor[] = [];
  private counterBusy = new Map<Place, Visitor | 'case' | null>();
  private nextTicket = 15;
  private queueText!: Phaser.GameObjects.Text;
  private clockText!: Phaser.GameObjects.Text;
  private clockOverride: number | null = null;
  private caseCustomer: Person | null = null;
  private trainee: Person | null = null;
  private casePlace: Place | null = null;
  private crowdMarks: Phaser.GameObjects.Text[] = [];
  /** Shared with every Person: read live (see motion.ts). */
  private readonly motion: LobbyMotion = { reduced: false, paused: false, resolution: 1 };
  /** Where the camera is going (world centre, zoom in canvas terms), so a cut can land there at once. */
  private view = { x: WIDTH / 2, y: HEIGHT / 2, zoom: 1 };
  /** `npm run bench` only: this many visitors, all walking (see startLobby). */
  private benchVisitors = 0;

  constructor(private readonly callbacks: LobbyCallbacks) {
    super(LOBBY_SCENE);
  }

  /**
   * Before the game starts (startLobby): `resolution` texture pixels per canvas unit (1 or 2),
   * `benchVisitors` a crowd of walking visitors for the frame-time bench (0: the normal lobby).
   */
  configure(options: { readonly resolution: number; readonly benchVisitors: number }): void {
    this.motion.resolution = options.resolution;
    this.benchVisitors = options.benchVisitors;
  }

  /**
   * Less motion (`reduced`: camera cuts, nothing bobs or shakes) and a paused lobby (`paused`:
   * its timers and tweens stop). Applies at once to whatever is moving now.
   */
  setMotion(reduced: boolean, paused: boolean): void {
    this.motion.reduced = reduced;
    this.motion.paused = paused;
    // Before the scene runs, create() applies it.
    if (!this.sys.isActive()) return;
    this.applyMotion();
  }

  private applyMotion(): void {
    const { paused } = this.motion;
    this.time.paused = paused;
    if (paused) this.tweens.pauseAll();
    else this.tweens.resumeAll();
    if (isStill(this.motion)) {
      for (const p of [...this.visitors.map((v) => v.person), this.caseCustomer, this.trainee]) p?.stopBob();
      for (const m of this.crowdMarks) this.tweens.killTweensOf(m);
      this.moveCamera(this.view.x, this.view.y, this.view.zoom, 0);
    }
    this.game.canvas.parentElement?.setAttribute('data-motion', paused ? 'paused' : this.motion.reduced ? 'reduced' : 'full');
  }

  /** Pans and zooms the camera to a world point over `ms`, or cuts there when the lobby is still. */
  private moveCamera(x: number, y: number, zoom: number, ms: number): void {
    this.view = { x, y, zoom };
    const cam = this.cameras.main;
    const z = zoom * this.motion.resolution;
    if (ms === 0 || isStill(this.motion)) {
      cam.panEffect.reset();
      cam.zoomEffect.reset();
      cam.setZoom(z).centerOn(x, y);
      return;
    }
    cam.pan(x, y, ms, 'Sine.easeInOut');
    if (cam.zoom !== z) cam.zoomTo(z, ms, 'Sine.easeInOut');
    noteAnimation(this.game.canvas.parentElement);
  }

  create(): void {
    performance.mark('lobby:create');
    const res = this.motion.resolution;
    makeTextures(this, res);
    performance.mark('lobby:textures');
    this.add.image(0, 0, ATLAS).setOrigin(0, 0).setDepth(-10).setScale(1 / res);
    this.moveCamera(WIDTH / 2, HEIGHT / 2, 1, 0);
    this.queueText = this.add
      .text(1115, 105, '欢迎光临', { fontFamily: CJK_FONT, fontSize: '22px', color: '#ff9f43', resolution: 2, align: 'center' })
      .setOrigin(0.5)
      .setDepth(-5);
    this.clockText = this.add
      .text(235, 92, '', { fontFamily: 'monospace', fontSize: '26px', color: '#7dffb0', resolution: 2 })
      .setOrigin(0.5)
      .setDepth(-5);
    // Tellers behind the counters and the lobby manager.
    for (const c of COUNTERS) {
      this.add.image(c.x, 300, PEOPLE, FRAME.staff).setOrigin(0.5, 1).setDepth(5).setScale(0.9 / res);
      this.counterBusy.set(c.place, null);
    }
    this.tickClock();
    this.time.addEvent({ delay: 1000, loop: true, callback: () => this.tickClock() });
    this.time.addEvent({ delay: 2600, loop: true, callback: () => this.spawnVisitor() });
    this.time.addEvent({ delay: 3500, loop: true, callback: () => this.callNext() });
    for (let i = 0; i < 3; i++) this.spawnVisitor(SEAT_SPOTS[i * 3]);
    for (let i = 0; i < this.benchVisitors; i++) this.spawnVisitor(this.floorSpot());
    this.applyMotion();
    performance.mark('lobby:ready');
    this.callbacks.onReady();
  }

  // ----- the living lobby -----

  private spawnVisitor(at?: Point): void {
    if (this.visitors.length >= MAX_VISITORS + this.benchVisitors) return;
    const look = LOOKS[Phaser.Math.Between(0, LOOKS.length - 1)] ?? 'man';
    const ticket = `A${String(this.nextTicket++).padStart(3, '0')}`;
    const person = new Person(this, FRAME.person(look), at ?? SPOTS.entrance, this.motion);
    const v: Visitor = { person, ticket, seat: null, state: 'arriving' };
    this.visitors.push(v);
    const sit = (): void => {
      const seat = this.benchVisitors > 0 ? null : this.freeSeat();
      if (seat === null) {
        // No seat (or the bench's crowd): wait standing, strolling about the floor.
        v.state = 'waiting';
        this.wander(v);
        return;
      }
      v.seat = seat;
      const spot = SEAT_SPOTS[seat] ?? SPOTS.seats;
      person.walkTo(spot, () => {
        if (v.state === 'arriving') v.state = 'waiting';
      });
    };
    if (at === undefined) person.walkTo(SPOTS['ticket-machine'], () => this.time.delayedCall(700, sit));
    else sit();
  }

  /** A waiting visitor without a seat walks to another spot on the floor every few seconds. */
  private wander(v: Visitor): void {
    if (v.state !== 'waiting' || v.seat !== null) return;
    v.person.walkTo(this.floorSpot(), () => this.time.delayedCall(Phaser.Math.Between(300, 2500), () => this.wander(v)));
  }

  /** A random point on the open floor, in front of the counters. */
  private floorSpot(): Point {
    return { x: Phaser.Math.Between(300, 1180), y: Phaser.Math.Between(380, 700) };
  }

  private freeSeat(): number | null {
    for (let i = 0; i < SEAT_SPOTS.length; i++) if (!this.visitors.some((v) => v.seat === i)) return i;
    return null;
  }

  private callNext(): void {
    const free = COUNTERS.find((c) => this.counterBusy.get(c.place) === null);
    const next = this.visitors.find((v) => v.state === 'waiting');
    if (free === undefined || next === undefined) return;
    next.state = 'called';
    next.seat = null;
    this.counterBusy.set(free.place, next);
    this.queueText.setText(`请 ${next.ticket} 号\n到 ${free.label}`);
    if (!isStill(this.motion)) {
      this.tweens.add({ targets: this.queueText, alpha: { from: 0.2, to: 1 }, duration: 250, repeat: 2 });
      noteAnimation(this.game.canvas.parentElement);
    }
    this.callbacks.onCall();
    next.person.walkTo(SPOTS[free.place], () => {
      next.state = 'served';
      this.time.delayedCall(Phaser.Math.Between(5000, 9000), () => {
        next.state = 'leaving';
        if (this.counterBusy.get(free.place) === next) this.counterBusy.set(free.place, null);
        next.person.walkTo(SPOTS.entrance, () => {
          next.person.destroy();
          this.visitors = this.visitors.filter((x) => x !== next);
        });
      });
    });
  }

  private tickClock(): void {
    const now = new Date();
    const m = this.clockOverride ?? now.getHours() * 60 + now.getMinutes();
    const text = `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    if (this.clockText.text !== text) this.clockText.setText(text);
  }

  // ----- LobbyView -----

  startCase(look: Look, place: Place, channel: Channel = 'walk-in'): void {
    this.endCaseActors();
    this.casePlace = place;
    if (this.counterBusy.has(place)) {
      const busy = this.counterBusy.get(place);
      if (busy !== null && busy !== undefined && busy !== 'case') {
        busy.state = 'leaving';
        busy.person.walkTo(SPOTS.entrance);
      }
      this.counterBusy.set(place, 'case');
    }
    if (channel === 'walk-in') {
      this.caseCustomer = new Person(this, FRAME.person(look), SPOTS.entrance, this.motion);
      this.caseCustomer.speed = 260;
    }
    this.trainee = new Person(this, FRAME.staff, SPOTS['manager-desk'], this.motion);
    this.trainee.speed = 260;
    this.trainee.setLabel(channel === 'phone' ? '你 · 接听来电' : '你');
    this.walkTo(place);
    const f = focusFor(place);
    this.moveCamera(f.x, f.y, 1.5, 1200);
  }

  walkTo(place: Place): void {
    const spot = SPOTS[place];
    this.caseCustomer?.walkTo(spot);
    const counter = place.startsWith('counter');
    // At a counter the trainee stands behind it (a teller or a supervisor beside the teller);
    // elsewhere they stand beside the customer.
    this.trainee?.walkTo(counter ? { x: spot.x + 50, y: 300 } : { x: spot.x + (spot.x > WIDTH / 2 ? -72 : 72), y: spot.y + 6 });
    if (this.casePlace !== null) {
      const f = focusFor(place);
      this.moveCamera(f.x, f.y, this.view.zoom, 1400);
    }
  }

  setMood(mood: Mood): void {
    this.caseCustomer?.setMood(mood);
    if (mood === 'angry' && !isStill(this.motion)) {
      this.cameras.main.shake(220, 0.003);
      noteAnimation(this.game.canvas.parentElement);
    }
  }

  setCrowd(level: number): void {
    for (const m of this.crowdMarks) m.destroy();
    this.crowdMarks = [];
    const watchers = this.visitors.filter((v) => v.state === 'waiting' || v.state === 'served');
    const n = Math.round((Math.max(0, Math.min(100, level)) / 100) * watchers.length);
    for (const v of watchers.slice(0, n)) {
      const mark = this.add
        .text(v.person.x, v.person.y - 118, level > 60 ? '!!' : '…', {
          fontFamily: CJK_FONT,
          fontSize: '20px',
          color: level > 60 ? '#d64541' : '#6b5b4b',
          fontStyle: 'bold',
          resolution: 2,
        })
        .setOrigin(0.5)
        .setDepth(1000);
      if (!isStill(this.motion)) {
        this.tweens.add({ targets: mark, y: mark.y - 6, duration: 400, yoyo: true, repeat: -1 });
        noteAnimation(this.game.canvas.parentElement);
      }
      this.crowdMarks.push(mark);
    }
  }

  setClock(minutes: number | null): void {
    this.clockOverride = minutes;
    this.tickClock();
  }

  endCase(): void {
    const customer = this.caseCustomer;
    const trainee = this.trainee;
    this.caseCustomer = null;
    this.trainee = null;
    customer?.setMood(null);
    customer?.walkTo(SPOTS.entrance, () => customer.destroy());
    trainee?.setLabel(null);
    trainee?.walkTo(SPOTS['manager-desk'], () => trainee.destroy());
    if (this.casePlace !== null && this.counterBusy.get(this.casePlace) === 'case') this.counterBusy.set(this.casePlace, null);
    this.casePlace = null;
    this.setCrowd(0);
    this.setClock(null);
    this.moveCamera(WIDTH / 2, HEIGHT / 2, 1, 1000);
  }

  private endCaseActors(): void {
    this.caseCustomer?.destroy();
    this.trainee?.destroy();
    this.caseCustomer = null;
    this.trainee = null;
  }
}
