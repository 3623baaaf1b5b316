/**
 * One case, one tab. Two tabs (or windows) of the game share the browser's storage; if both play
 * the same trainee's case, each would overwrite the other's save and a reload would continue the
 * other's branch without a word. The tab that opens a case claims it; a tab that was playing it
 * is told and stops. A tab that resumes a save last written by another tab says so.
 *
 * Tabs hear each other on a BroadcastChannel and, where there is none, through the storage event
 * on the claim key; the tab's own id survives reloads (sessionStorage is per tab).
 */

export interface CaseClaim {
  readonly player: string;
  readonly caseId: string;
}

const CHANNEL = 'bank-lobby.cases';
const CLAIM_KEY = 'bank-lobby.claim';
const TAB_KEY = 'bank-lobby.tab';

function newTabId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export class TabGuard {
  /** This tab's id: the same after a reload of this tab, different in every other tab. */
  readonly id: string;
  private readonly channel: BroadcastChannel | null;
  private holding: (CaseClaim & { readonly lost: () => void }) | null = null;

  constructor() {
    this.id = ((): string => {
      try {
        const kept = sessionStorage.getItem(TAB_KEY);
        if (kept !== null) return kept;
        const made = newTabId();
        sessionStorage.setItem(TAB_KEY, made);
        return made;
      } catch {
        return newTabId();
      }
    })();
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
    this.channel?.addEventListener('message', (e: MessageEvent) => this.heard(e.data));
    window.addEventListener('storage', (e) => {
      if (e.key !== CLAIM_KEY || e.newValue === null) return;
      try {
        this.heard(JSON.parse(e.newValue));
      } catch {
        // not a claim
      }
    });
  }

  /**
   * This tab plays `claim` now; any other tab playing the same trainee's case hears it and stops.
   * `lost` is called if another tab later claims it.
   */
  claim(claim: CaseClaim, lost: () => void): void {
    this.holding = { ...claim, lost };
    const message = { ...claim, tab: this.id, n: Math.random() };
    this.channel?.postMessage(message);
    try {
      localStorage.setItem(CLAIM_KEY, JSON.stringify(message));
    } catch {
      // storage full or refused: the channel still carries the claim
    }
  }

  /** This tab no longer plays a case (back on the board, or the case ended). */
  release(): void {
    this.holding = null;
  }

  private heard(data: unknown): void {
    const m = data as { player?: unknown; caseId?: unknown; tab?: unknown } | null;
    const held = this.holding;
    if (held === null || m === null || typeof m !== 'object' || m.tab === this.id) return;
    if (m.player === held.player && m.caseId === held.caseId) {
      this.holding = null;
      held.lost();
    }
  }
}
