/**
 * The only module that creates inkjs Story objects. Everything else in the project talks to a
 * story through CaseSession. The runtime entry `inkjs` carries no compiler.
 */
import { Story } from 'inkjs';
import { readCaseMeta, type CaseMeta } from './caseMeta';
import type { Catalogue } from './catalogue';

export class StoryError extends Error {
  constructor(
    message: string,
    /** Where in the ink the error arose, when inkjs says so ("file.ink line N"). */
    readonly location: string | null,
  ) {
    super(message);
    this.name = 'StoryError';
  }
}

/**
 * Creates a story from compiled JSON with a fixed seed, and makes every ink runtime error throw
 * a StoryError (inkjs otherwise may only log it). Throws StoryError on unreadable JSON.
 */
export function openStory(json: string, seed: number): Story {
  let story: Story;
  try {
    story = new Story(json);
  } catch (e) {
    throw new StoryError(`无法读取编译后的故事：${e instanceof Error ? e.message : String(e)}`, null);
  }
  story.state.storySeed = seed;
  // An EXTERNAL function the host does not bind runs the ink fallback its author wrote, as in Inky.
  story.allowExternalFunctionFallbacks = true;
  story.onError = (message: string): void => {
    const where = /'([^']+)' line (\d+)/.exec(message);
    throw new StoryError(message, where === null ? null : `${where[1]} line ${where[2]}`);
  };
  return story;
}

/**
 * One compiled story, parsed once and reset for every run: for a caller that replays many paths
 * through one case, one run at a time (the server's replay worker). Building a Story from JSON is
 * about half the cost of replaying a short path; `ResetState()` is a fraction of a percent of it.
 * A reset story runs exactly as a fresh one: new state, globals re-read from the story, the given
 * seed, and no step counter left behind by the previous session (tests/server/replayCache.test.ts
 * compares the two over many paths, failures included).
 *
 * After a run that threw (a runtime error, a refused choice, a counted limit), call `discard()`:
 * ink may have stopped in the middle of a Continue(), so the next run parses afresh.
 */
export class StoryTemplate {
  private story: Story | null = null;

  constructor(readonly json: string) {}

  /** The story at its start, seeded with `seed`. The previous run through it must be over. */
  take(seed: number): Story {
    if (this.story === null) {
      this.story = openStory(this.json, seed);
      return this.story;
    }
    // CaseSession wraps Step on the instance (its step budget): drop it, back to Story's own.
    delete (this.story as unknown as { Step?: unknown }).Step;
    this.story.ResetState();
    this.story.state.storySeed = seed;
    return this.story;
  }

  /** Forgets the parsed story; the next take() parses the JSON again. */
  discard(): void {
    this.story = null;
  }
}

/** Names of the top-level knots of a compiled story, in source order. */
export function knotNames(story: Story): string[] {
  return [...story.mainContentContainer.namedContent.keys()].filter((k) => k !== 'global decl');
}

/**
 * Reads the header of a compiled case (its global tags). Here rather than in caseMeta.ts, so that
 * reading a case card never loads the ink runtime (the game's board does not need it).
 */
export function readCaseMetaFromJson(json: string, catalogue: Catalogue): { meta: CaseMeta | null; problems: string[] } {
  return readCaseMeta(openStory(json, 1).globalTags, catalogue);
}
