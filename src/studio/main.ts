/**
 * Composition root of the Studio page: the workspace of ink files and its drafts, the editor, the
 * checker worker, the play pane (the real lobby and dialogue), the findings list and the branch map.
 */
import catalogue from 'virtual:ink-catalogue';
import type { InkDiagnostic } from '../authoring/compile';
import { pathEdges, type CompiledCase } from '../core';
import { silentAudio } from '../game/audio';
import { LobbyScene } from '../game/lobby/LobbyScene';
import { startLobby } from '../game/lobby/startLobby';
import { PlayController } from '../game/play';
import { GameStore, type KeyValue } from '../game/storage';
import { debriefScreen } from '../game/ui/debrief';
import { DialogueView } from '../game/ui/dialogue';
import { byId, clear, h } from '../game/ui/dom';
import { Notices } from '../game/ui/notices';
import { markRoute } from '../game/ui/routeMap';
import { Alerts } from './alerts';
import type { Draft, SaveOutcome } from './draftStore';
import { InkEditor } from './editor';
import { foreignNote } from './foreign';
import { askNewCase } from './newCase';
import { openDrafts } from './openDrafts';
import { Preview } from './preview';
import { setupPublish } from './publish';
import type { CheckRequest, CheckResponse } from './protocol';
import { Workspace } from './workspace';

const DEBOUNCE_MS = 350;
const CHANNEL = 'bank-lobby-studio-drafts';
const OPEN_KEY = 'bank-lobby.studio.open';

/** What one Studio tab tells the others about the drafts it stored. */
type TabMessage = { readonly kind: 'saved'; readonly draft: Draft } | { readonly kind: 'removed'; readonly name: string };

function memoryKeyValue(): KeyValue {
  const m = new Map<string, string>();
  return { get: (k) => m.get(k) ?? null, set: (k, v) => m.set(k, v), remove: (k) => m.delete(k) };
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The file last open in this browser (a convenience: losing it loses nothing). */
function rememberedFile(): string | null {
  try {
    return window.localStorage.getItem(OPEN_KEY);
  } catch {
    return null;
  }
}

function rememberFile(name: string): void {
  try {
    window.localStorage.setItem(OPEN_KEY, name);
  } catch {
    // Storage off or full: the Studio opens the first case next time.
  }
}

export async function startStudio(): Promise<void> {
  const notices = new Notices(byId('notices'));
  const alerts = new Alerts(byId('draft-alerts'));
  const status = byId('check-status');
  const saveStatus = byId('save-status');
  const problems = byId('problems');
  const summary = byId('summary');
  const mapBox = byId('map');
  const previewStatus = byId('preview-status');
  const picker = byId('case-picker') as HTMLSelectElement;
  const knotPicker = byId('knot-picker') as HTMLSelectElement;
  const debriefBox = byId('preview-debrief');
  const foreignBox = byId('foreign-note');
  let lastMap: string | null = null;

  // ----- drafts -----
  let workspaceRef: Workspace | null = null;
  const opened = await openDrafts(() => {
    // Site data was cleared under the page: this page still holds every draft, so write them back.
    const w = workspaceRef;
    if (w === null) return;
    void w.rewriteAll().then((r) => {
      if (r.ok) notices.show('浏览器的存储被清除了；本页中的草稿已重新保存。', 'warning', 12000);
      else saved(current, r);
    });
  });
  const workspace = new Workspace(opened.store, opened.drafts);
  workspaceRef = workspace;
  const names = workspace.caseNames();
  const remembered = rememberedFile();
  let current = remembered !== null && names.includes(remembered) ? remembered : (names[0] ?? '');
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);

  const downloadCurrent = (): void => download(current.slice(current.lastIndexOf('/') + 1), editor.text, 'text/plain;charset=utf-8');

  /** Says what storing an edit did, at once: never 已保存 for an edit the browser refused. */
  function saved(name: string, r: SaveOutcome): void {
    if (r.ok) {
      if (r.draft !== null) channel?.postMessage({ kind: 'saved', draft: r.draft } satisfies TabMessage);
      else channel?.postMessage({ kind: 'removed', name } satisfies TabMessage);
      if (!workspace.persistent) {
        saveStatus.textContent = '草稿没有保存（浏览器不允许）';
        saveStatus.dataset['state'] = 'unsaved';
        return;
      }
      alerts.clear('storage');
      if (!workspace.unsaved(current)) {
        saveStatus.textContent = workspace.isDraft(current) || workspace.isNew(current) ? '草稿已保存在本浏览器' : '';
        saveStatus.dataset['state'] = 'saved';
      }
      return;
    }
    saveStatus.textContent = '草稿没有保存';
    saveStatus.dataset['state'] = 'unsaved';
    if (r.reason === 'conflict') {
      showConflict(name);
      return;
    }
    const why = r.reason === 'full' ? '浏览器的存储空间已满' : `浏览器拒绝保存（${r.message}）`;
    alerts.set('storage', `草稿没有保存：${why}。刷新或关闭页面，这次的修改就会丢失。请马上点“下载 .ink”把文件存到电脑上，再清理浏览器的存储空间。`, [
      { label: '下载 .ink', keep: true, run: downloadCurrent },
      { label: '再试一次', run: () => void workspace.write(current, editor.text).then((x) => saved(current, x)) },
    ]);
  }

  function showConflict(name: string): void {
    const c = workspace.conflict(name);
    if (c === null) return;
    const theirs = c.theirs === null ? '删除了这个文件的草稿' : '也修改并保存了这个文件';
    alerts.set(`conflict:${name}`, `另一个工作室标签页${theirs}（${name}）。为了不互相覆盖，这里的修改暂时没有保存。请选择保留哪一份：`, [
      {
        label: '保留这里的版本（覆盖另一个标签页的）',
        run: () => void workspace.keepMine(name).then((r) => saved(name, r)),
      },
      {
        label: '改用另一个标签页的版本',
        run: () => {
          workspace.takeTheirs(name);
          if (name === current) open(workspace.read(name) === null ? (workspace.caseNames()[0] ?? '') : name);
          renderPicker();
        },
      },
      { label: '下载这里的版本', keep: true, run: () => (name === current ? downloadCurrent() : download(name, workspace.read(name) ?? '', 'text/plain;charset=utf-8')) },
    ]);
  }

  /** A draft older than the file in ink/: say so before the trainer downloads old scoring back. */
  function checkBase(name: string): void {
    const base = workspace.baseOf(name);
    if (base === 'current') {
      alerts.clear('base');
      return;
    }
    const said =
      base === 'file-newer'
        ? `仓库 ink/ 中的 ${name} 在您开始这份草稿之后更新过（例如评分或台词改过），浏览器里的草稿还是按旧文件改的。直接下载草稿，会把旧的内容带回仓库。`
        : `这份 ${name} 草稿来自旧版工作室，无法确定仓库 ink/ 中的文件之后是否更新过；草稿与仓库中的文件不同。`;
    alerts.set('base', `${said}请选择：`, [
      { label: '保留我的草稿', run: () => void workspace.keepOverFile(name).then((r) => (saved(name, r), renderPicker())) },
      {
        label: '改用仓库中的文件（删除草稿）',
        run: () =>
          void workspace.revert(name).then((r) => {
            saved(name, r);
            open(name);
          }),
      },
      { label: '下载草稿', keep: true, run: downloadCurrent },
    ]);
  }

  if (opened.trouble !== null) alerts.set('storage', opened.trouble, [{ label: '下载 .ink', keep: true, run: downloadCurrent }]);
  if (!workspace.persistent) {
    saveStatus.textContent = '草稿不会保存（浏览器不允许）';
    saveStatus.dataset['state'] = 'unsaved';
    byId('drafts-hint').textContent = '这个浏览器不允许保存草稿：请随时“下载 .ink”。放进仓库的 ink/ 文件夹即会出现在案例板上。';
  }

  // ----- preview -----
  // The preview takes the keyboard only while the trainer is using it: never from the editor.
  const dialogue = new DialogueView(byId('stage-ui'), { within: byId('preview') });
  const lobby = new LobbyScene({ onReady: () => (document.body.dataset['lobby'] = 'ready'), onCall: () => undefined });
  startLobby('game', lobby);
  const controller = new PlayController({
    dialogue,
    lobby,
    audio: silentAudio,
    store: new GameStore(memoryKeyValue(), () => undefined),
    notices,
    catalogue,
    now: () => new Date(),
    newSeed: () => 1,
  });

  const highlight = (compiled: CompiledCase, path: readonly number[]): void => {
    // Paths played from a knot do not start at the map's start, so only full paths are marked.
    markRoute(mapBox, preview.startKnot === null ? pathEdges(compiled, catalogue, 1, path) : []);
  };

  /** The file the preview plays (null: nothing playing). */
  let previewFile: string | null = null;
  const preview = new Preview(controller, catalogue, {
    ended(compiled, outcome, path) {
      clear(debriefBox);
      debriefBox.hidden = false;
      debriefBox.append(
        debriefScreen(compiled.meta, outcome.result, outcome.modelChoices, catalogue, 'kept', {
          replay: () => {
            debriefBox.hidden = true;
            preview.restart(null);
          },
          board: () => {
            debriefBox.hidden = true;
          },
        }),
      );
      highlight(compiled, path);
      previewStatus.textContent = `结局：${outcome.result.endingTitle}，${outcome.result.score} 分（${outcome.result.grade}）。路径已在分支地图上标出。`;
    },
    broke(message) {
      previewStatus.textContent = `试玩出错：${message}`;
    },
    status(text) {
      debriefBox.hidden = true;
      previewStatus.textContent = text;
    },
  });

  // ----- checking -----
  // The checker's work is bounded by counts, so every check ends; but a check of text the trainer
  // has since changed is wasted work: the worker busy with it is replaced, so the check of what
  // is on screen starts at once (only interactive work is ever cut short, never a verdict).
  const startWorker = (): Worker => {
    const w = new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<CheckResponse>): void => onAnswer(e.data);
    w.onerror = (e: ErrorEvent): void => {
      e.preventDefault();
      inFlight = null;
      status.textContent = `检查器出错：${e.message}`;
      status.dataset['state'] = 'error';
      worker.terminate();
      worker = startWorker();
    };
    return w;
  };
  let worker = startWorker();
  /** The request the worker is working on, if any. */
  let inFlight: number | null = null;
  let requestId = 0;
  /** The file the latest request checks, and how many answers have been shown (tests wait on both). */
  let requestFile = '';
  let answerCount = 0;
  let timer = 0;
  const requestCheck = (): void => {
    // Any answer to an earlier request is stale from this moment, even before this one is sent.
    const id = ++requestId;
    window.clearTimeout(timer);
    status.dataset['state'] = 'checking';
    timer = window.setTimeout(() => {
      const req: CheckRequest = { id, files: workspace.all(), file: current };
      requestFile = current;
      status.textContent = '检查中…';
      if (inFlight !== null) {
        worker.terminate();
        worker = startWorker();
      }
      inFlight = id;
      worker.postMessage(req);
    }, DEBOUNCE_MS);
  };

  const renderProblems = (list: readonly InkDiagnostic[]): void => {
    clear(problems);
    const mine = list.filter((d) => d.file === current || d.severity === 'error');
    if (mine.length === 0) problems.append(h('li', { class: 'ok' }, '没有发现问题。'));
    for (const d of mine) {
      const item = h(
        'li',
        { class: `problem ${d.severity}` },
        d.file === current
          ? h('button', { type: 'button', class: 'goto', onclick: () => editor.goToLine(d.line) }, `第 ${d.line} 行`)
          : h('span', { class: 'goto other-file' }, `${d.file} 第 ${d.line} 行`),
        h('span', {}, d.message, d.hint === undefined ? null : h('span', { class: 'hint-line' }, `提示：${d.hint}`)),
      );
      problems.append(item);
    }
  };

  function onAnswer(res: CheckResponse): void {
    if (res.id === inFlight) inFlight = null;
    if (res.id !== requestId) return; // an older answer: the text has changed since
    status.dataset['answers'] = String(++answerCount);
    status.dataset['checked'] = requestFile;
    if (res.failure !== null) {
      status.textContent = `检查器出错：${res.failure}`;
      status.dataset['state'] = 'error';
      return;
    }
    const errors = res.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = res.diagnostics.length - errors;
    status.textContent = errors > 0 ? `${errors} 个错误，${warnings} 个警告` : warnings > 0 ? `没有错误，${warnings} 个警告` : '没有问题';
    status.dataset['state'] = errors > 0 ? 'error' : 'ok';
    editor.show(res.diagnostics.filter((d) => d.file === current));
    renderProblems(res.diagnostics);
    // A compile error stops the checker before tags, scoring and paths: say that more may follow.
    if (errors > 0 && res.summary === null) {
      problems.append(h('li', { class: 'problem hidden-more' }, '编译错误会挡住后面的检查：修正上面的错误后，检查器才会看标签、评分和每一条路径，到时可能还会列出新的问题。'));
    }
    clear(summary);
    if (res.summary !== null) {
      const s = res.summary;
      const endings = Object.entries(s.endings).map(([id, n]) => `${id}×${n}`).join('、') || '无';
      summary.append(
        h('p', {}, `路径 ${s.paths} 条（不同的故事状态 ${s.states} 个）${s.complete ? '' : '（未探索完，等级判断未做）'}；结局：${endings}`),
        h('p', {}, s.scores === null ? '没有到达结局的路径' : `得分：最低 ${s.scores.min} / 中位 ${s.scores.median} / 最高 ${s.scores.max}`),
        h('p', {}, `最佳路径：${s.best.join(' → ') || '—'}`),
        h('p', {}, `最差路径：${s.worst.join(' → ') || '—'}`),
      );
      if (s.strategies.length > 0) summary.append(h('p', {}, `不读内容的选法：${s.strategies.map((x) => `${x.label} ${x.score} 分 ${x.grade}`).join('；')}`));
    }
    clear(knotPicker);
    knotPicker.append(h('option', { value: '' }, '（开头）'), ...res.knotNames.map((k) => h('option', { value: k }, k)));
    if (res.mapSvg !== null) {
      lastMap = res.mapSvg;
      mapBox.innerHTML = res.mapSvg;
    } else {
      lastMap = null;
      clear(mapBox);
      mapBox.append(h('p', { class: 'hint' }, '修正编译错误后，这里会画出分支地图。'));
    }
    // Ink without this project's header: say what is missing, and play what the runtime can.
    lastCheck = res;
    // A story with findings (tags, scoring, paths) still plays as a draft: only a compile error
    // stops the preview (the checker sends the draft beside its findings).
    const playable = res.compiled ?? res.draft ?? null;
    showNote(playable !== null);
    if (playable !== null) play(playable, errors);
    else cannotPlay(null);
  }

  let lastCheck: CheckResponse | null = null;
  let lastNote: string | null = null;
  const showNote = (playable: boolean | null): void => {
    lastNote = lastCheck === null ? null : foreignNote(workspace.read(requestFile) ?? '', lastCheck, playable);
    foreignBox.hidden = lastNote === null;
    foreignBox.textContent = lastNote ?? '';
  };

  const play = (compiled: NonNullable<CheckResponse['compiled']>, findings: number): void => {
    previewFile = requestFile;
    preview.update({ meta: compiled.meta, json: compiled.json, hash: compiled.hash, knots: compiled.knots });
    if (findings > 0) previewStatus.textContent = `${previewStatus.textContent}（检查发现 ${findings} 个错误，草稿照常试玩）`;
  };

  /** The open file gives nothing to play: keep its last good version, or stop and say why. */
  const cannotPlay = (why: string | null): void => {
    if (previewFile === requestFile && preview.caseId !== null) {
      previewStatus.textContent = why ?? '有编译错误，试玩停在上一次能编译的版本；修正后会接着玩。';
      return;
    }
    previewFile = null;
    preview.stop(why ?? (lastNote !== null ? `无法试玩：${lastNote}` : `${requestFile} 有编译错误，还不能试玩：请先修正“检查结果”里的错误。`));
  };

  // ----- files -----
  const editor = new InkEditor(byId('editor'), (text) => {
    const name = current;
    saveStatus.textContent = workspace.persistent ? '保存中…' : saveStatus.textContent;
    void workspace.write(name, text).then((r) => saved(name, r));
    renderPicker();
    requestCheck();
  });

  const renderPicker = (): void => {
    const selected = current;
    clear(picker);
    for (const name of workspace.caseNames()) {
      const base = workspace.baseOf(name);
      const mark = workspace.isNew(name) ? '（新）' : base === 'file-newer' ? '（已修改·仓库文件较新）' : workspace.isDraft(name) ? '（已修改）' : '';
      picker.append(h('option', { value: name, selected: name === selected }, `${name}${mark}`));
    }
  };

  const open = (name: string): void => {
    current = name;
    rememberFile(name);
    editor.load(workspace.read(name) ?? '');
    renderPicker();
    // The preview never goes on playing a case the trainer has left.
    if (previewFile !== null && previewFile !== name) {
      previewFile = null;
      preview.stop(`正在检查 ${name}…`);
    }
    alerts.clear('base');
    checkBase(name);
    if (workspace.conflict(name) !== null) showConflict(name);
    saveStatus.textContent = workspace.unsaved(name) ? '草稿没有保存' : workspace.persistent && (workspace.isDraft(name) || workspace.isNew(name)) ? '草稿已保存在本浏览器' : saveStatus.dataset['state'] === 'unsaved' && !workspace.persistent ? '草稿不会保存（浏览器不允许）' : '';
    requestCheck();
  };

  // Another tab stored or removed a draft: take it in, or, if this tab has unsaved edits of that
  // file, ask the trainer; a case created there appears in this tab's list.
  if (channel !== null) {
    channel.onmessage = (e: MessageEvent<TabMessage>): void => {
      const m = e.data;
      const name = m.kind === 'saved' ? m.draft.name : m.name;
      const what = workspace.fromOtherTab(m.kind === 'saved' ? m.draft : { name, removed: true });
      renderPicker();
      if (what === 'conflict') showConflict(name);
      if (what !== 'taken' || name !== current) return;
      const text = workspace.read(name);
      if (text === null) {
        notices.show(`${name} 已在另一个标签页中删除。`, 'warning', 12000);
        open(workspace.caseNames()[0] ?? '');
      } else if (text !== editor.text) {
        editor.load(text);
        notices.show(`另一个标签页保存了 ${name} 的新版本，这里已载入。`, 'info', 8000);
        requestCheck();
      }
    };
  }

  picker.addEventListener('change', () => open(picker.value));
  byId('new-case').addEventListener('click', () => {
    void askNewCase(workspace).then((answer) => {
      if (answer === null) return;
      const created = workspace.create(answer.id, answer.title, answer.number);
      open(created.name);
      void created.then((r) => saved(created.name, r));
    });
  });
  byId('revert').addEventListener('click', () => {
    if (!window.confirm(workspace.isNew(current) ? '删除这个新案例的草稿？' : '放弃修改，恢复仓库中的原文？')) return;
    const name = current;
    const wasNew = workspace.isNew(name);
    void workspace.revert(name).then((r) => {
      saved(name, r);
      open(wasNew ? (workspace.caseNames()[0] ?? '') : name);
    });
  });
  byId('download-ink').addEventListener('click', downloadCurrent);
  byId('export-map').addEventListener('click', () => {
    if (lastMap === null) notices.show('还没有可导出的地图：请先修正编译错误。', 'warning');
    else download(current.replace(/\.ink$/, '-map.svg'), mapBox.innerHTML, 'image/svg+xml;charset=utf-8');
  });
  setupPublish({ current: () => current, read: (name) => (name === current ? editor.text : workspace.read(name)) });
  byId('play-start').addEventListener('click', () => preview.restart(null));
  byId('play-here').addEventListener('click', () => {
    const knot = knotPicker.value !== '' ? knotPicker.value : editor.knotAtCursor();
    preview.restart(knot);
  });
  window.addEventListener('beforeunload', () => {
    worker.terminate();
  });
  open(current);
  // Old drafts that could not be stored are still the trainer's: shown, and stored when possible.
  for (const d of opened.unmoved) void workspace.write(d.name, d.text).then((r) => saved(d.name, r));
  if (opened.unmoved.length > 0) renderPicker();
}
