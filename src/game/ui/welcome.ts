/** First screen: the trainee's name and branch. */
import type { Branch } from '../../core';
// Straight from its module: the core's index also carries the ink engine, loaded with a case.
import { cleanTraineeName, TRAINEE_NAME_MAX, TRAINEE_NAME_RULE } from '../../core/traineeName';
import type { Profile } from '../storage';
import { h } from './dom';

/** `onDone` gets the name as kept (core cleanTraineeName) and the branch id; signing in (and the trainee's id) is the store's. */
export function welcomeScreen(branches: readonly Branch[], initial: Profile | null, onDone: (name: string, branchId: string) => void): HTMLElement {
  const name = h('input', {
    id: 'trainee-name',
    type: 'text',
    name: 'name',
    autocomplete: 'name',
    maxlength: TRAINEE_NAME_MAX,
    required: true,
    value: initial?.name ?? '',
    placeholder: '例如：王晓明',
  });
  const branch = h(
    'select',
    { id: 'trainee-branch', name: 'branch', required: true },
    h('option', { value: '' }, '请选择所属支行'),
    ...branches.map((b) => h('option', { value: b.id, selected: b.id === initial?.branchId }, b.name)),
  );
  const error = h('p', { class: 'form-error', role: 'alert', id: 'welcome-error' });
  /** Ties the message to the field it is about (read with the field), and clears the other. */
  const flag = (field: HTMLInputElement | HTMLSelectElement, message: string): void => {
    for (const f of [name, branch]) {
      f.removeAttribute('aria-invalid');
      f.removeAttribute('aria-describedby');
    }
    error.textContent = message;
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', 'welcome-error');
    field.focus();
  };
  const form = h(
    'form',
    { class: 'panel welcome', 'aria-labelledby': 'welcome-title', novalidate: true },
    h('h1', { id: 'welcome-title' }, '厅堂服务情景训练'),
    h('p', { class: 'lead' }, '在营业厅里练一练最难的那些时刻：客户争吵、假钞纠纷、临近下班……每个选择都按课件的“精髓”和“忠告”评分，结束后逐条复盘。'),
    h('label', { for: 'trainee-name' }, '你的姓名'),
    name,
    h('label', { for: 'trainee-branch' }, '所属支行'),
    branch,
    error,
    h('button', { type: 'submit', class: 'primary' }, '进入营业厅'),
    h('p', { class: 'trainer-link' }, '培训师：', h('a', { href: 'studio.html' }, '打开案例工作室'), '，编写和检查案例。'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (name.value.trim() === '') {
      flag(name, '请填写姓名。');
      return;
    }
    // The leaderboard server's rule too (names are shown to other trainees): refused here, not
    // after the trainee has played.
    const n = cleanTraineeName(name.value);
    if (n === null) {
      flag(name, `${TRAINEE_NAME_RULE}。`);
      return;
    }
    if (branch.value === '') {
      flag(branch, '请选择所属支行。');
      return;
    }
    onDone(n, branch.value);
  });
  return form;
}
