/**
 * The lobby: draws the hall, keeps it alive (customers come in, take a number, wait, are called
 * to a counter, leave) and plays the case customer where the story says. It renders; it decides
 * nothing about the story.
 */
import Phaser from 'phaser';
import type { Channel, Look, Mood, Place } from '../../core';
import { ATLAS, CJK_FONT, FRAME, makeTextures, PEOPLE } from './art';
import { COUNTERS, focusFor, HEIGHT, SEAT_SPOTS, SPOTS, WIDTH, type Point } from './layout';
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

  constructor(private readonly callbacks: LobbyCallbacks) {
    super(LOBBY_SCENE);
  }

  create(): void {
    performance.mark('lobby:create');
    makeTextures(this);
    performance.mark('lobby:textures');
    this.add.image(0, 0, ATLAS).setOrigin(0, 0).setDepth(-10);
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
      this.add.image(c.x, 300, PEOPLE, FRAME.staff).setOrigin(0.5, 1).setDepth(5).setScale(0.9);
      this.counterBusy.set(c.place, null);
    }
    this.tickClock();
    this.time.addEvent({ delay: 1000, loop: true, callback: () => this.tickClock() });
    this.time.addEvent({ delay: 2600, loop: true, callback: () => this.spawnVisitor() });
    this.time.addEvent({ delay: 3500, loop: true, callback: () => this.callNext() });
    for (let i = 0; i < 3; i++) this.spawnVisitor(SEAT_SPOTS[i * 3]);
    performance.mark('lobby:ready');
    this.callbacks.onReady();
  }

  // ----- the living lobby -----

  private spawnVisitor(at?: Point): void {
    if (this.visitors.length >= MAX_VISITORS) return;
    const look = LOOKS[Phaser.Math.Between(0, LOOKS.length - 1)] ?? 'man';
    const ticket = `A${String(this.nextTicket++).padStart(3, '0')}`;
    const person = new Person(this, FRAME.person(look), at ?? SPOTS.entrance);
    const v: Visitor = { person, ticket, seat: null, state: 'arriving' };
    this.visitors.push(v);
    const sit = (): void => {
      const seat = this.freeSeat();
      if (seat === null) {
        v.state = 'waiting';
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
    this.tweens.add({ targets: this.queueText, alpha: { from: 0.2, to: 1 }, duration: 250, repeat: 2 });
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
      this.caseCustomer = new Person(this, FRAME.person(look), SPOTS.entrance);
      this.caseCustomer.speed = 260;
    }
    this.trainee = new Person(this, FRAME.staff, SPOTS['manager-desk']);
    this.trainee.speed = 260;
    this.trainee.setLabel(channel === 'phone' ? '你 · 接听来电' : '你');
    this.walkTo(place);
    const f = focusFor(place);
    this.cameras.main.pan(f.x, f.y, 1200, 'Sine.easeInOut');
    this.cameras.main.zoomTo(1.5, 1200, 'Sine.easeInOut');
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
      this.cameras.main.pan(f.x, f.y, 1400, 'Sine.easeInOut');
    }
  }

  setMood(mood: Mood): void {
    this.caseCustomer?.setMood(mood);
    if (mood === 'angry') this.cameras.main.shake(220, 0.003);
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
      this.tweens.add({ targets: mark, y: mark.y - 6, duration: 400, yoyo: true, repeat: -1 });
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
    this.cameras.main.pan(WIDTH / 2, HEIGHT / 2, 1000, 'Sine.easeInOut');
    this.cameras.main.zoomTo(1, 1000, 'Sine.easeInOut');
  }

  private endCaseActors(): void {
    this.caseCustomer?.destroy();
    this.trainee?.destroy();
    this.caseCustomer = null;
    this.trainee = null;
  }
}
