/**
 * Composition root of the Studio page: the workspace of ink files, the editor, the checker worker,
 * the play pane (the real lobby and dialogue), the findings list and the branch map.
 */
import catalogue from 'virtual:ink-catalogue';
import type { InkDiagnostic } from '../authoring/compile';
import { pathEdges, type CompiledCase } from '../core';
import { silentAudio } from '../game/audio';
import { LobbyScene } from '../game/lobby/LobbyScene';
import { startLobby } from '../game/lobby/startLobby';
import { PlayController } from '../game/play';
import { browserKeyValue, GameStore, type KeyValue } from '../game/storage';
import { debriefScreen } from '../game/ui/debrief';
import { DialogueView } from '../game/ui/dialogue';
import { byId, clear, h } from '../game/ui/dom';
import { Notices } from '../game/ui/notices';
import { markRoute } from '../game/ui/routeMap';
import { InkEditor } from './editor';
import { Preview } from './preview';
import type { CheckRequest, CheckResponse } from './protocol';
import { Workspace } from './workspace';

const DEBOUNCE_MS = 350;

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

export function startStudio(): void {
  const notices = new Notices(byId('notices'));
  const workspace = new Workspace(browserKeyValue());
  const status = byId('check-status');
  const problems = byId('problems');
  const summary = byId('summary');
  const mapBox = byId('map');
  const previewStatus = byId('preview-status');
  const picker = byId('case-picker') as HTMLSelectElement;
  const knotPicker = byId('knot-picker') as HTMLSelectElement;
  const debriefBox = byId('preview-debrief');
  let current = workspace.opened ?? workspace.caseNames()[0] ?? '';
  let lastMap: string | null = null;

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
    timer = window.setTimeout(() => {
      const req: CheckRequest = { id, files: workspace.all(), file: current };
      requestFile = current;
      status.textContent = '检查中…';
      status.dataset['state'] = 'checking';
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
    }
    if (res.compiled !== null) {
      preview.update({ meta: res.compiled.meta, json: res.compiled.json, hash: res.compiled.hash, knots: res.compiled.knots });
    } else if (errors > 0) {
      previewStatus.textContent = '有错误，试玩暂停在上一次能编译的版本。';
    }
  }

  // ----- files -----
  const editor = new InkEditor(byId('editor'), (text) => {
    workspace.write(current, text);
    renderPicker();
    requestCheck();
  });

  const renderPicker = (): void => {
    const selected = current;
    clear(picker);
    for (const name of workspace.caseNames()) {
      const mark = workspace.isNew(name) ? '（新）' : workspace.isDraft(name) ? '（已修改）' : '';
      picker.append(h('option', { value: name, selected: name === selected }, `${name}${mark}`));
    }
  };

  const open = (name: string): void => {
    current = name;
    workspace.opened = name;
    editor.load(workspace.read(name) ?? '');
    renderPicker();
    requestCheck();
  };

  picker.addEventListener('change', () => open(picker.value));
  byId('new-case').addEventListener('click', () => {
    const id = window.prompt('新案例的编号（小写字母、数字和连字符，如 atm-card-stuck）：', '');
    if (id === null) return;
    if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(id)) {
      notices.show('编号只能用小写字母、数字和连字符，并以字母开头。', 'warning');
      return;
    }
    if (workspace.read(`${id}.ink`) !== null) {
      notices.show(`${id}.ink 已经存在。`, 'warning');
      return;
    }
    open(workspace.create(id));
  });
  byId('revert').addEventListener('click', () => {
    if (!window.confirm(workspace.isNew(current) ? '删除这个新案例的草稿？' : '放弃修改，恢复仓库中的原文？')) return;
    const wasNew = workspace.isNew(current);
    workspace.revert(current);
    open(wasNew ? (workspace.caseNames()[0] ?? '') : current);
  });
  byId('download-ink').addEventListener('click', () => download(current, editor.text, 'text/plain;charset=utf-8'));
  byId('export-map').addEventListener('click', () => {
    if (lastMap === null) notices.show('还没有可导出的地图：请先修正编译错误。', 'warning');
    else download(current.replace(/\.ink$/, '-map.svg'), mapBox.innerHTML, 'image/svg+xml;charset=utf-8');
  });
  byId('play-start').addEventListener('click', () => preview.restart(null));
  byId('play-here').addEventListener('click', () => {
    const knot = knotPicker.value !== '' ? knotPicker.value : editor.knotAtCursor();
    preview.restart(knot);
  });
  window.addEventListener('beforeunload', () => worker.terminate());
  open(current);
}
