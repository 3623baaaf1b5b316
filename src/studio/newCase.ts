/**
 * The new-case dialog: asks for the case's title, its 本行案例 number and a file name, checks
 * them, and answers null if the trainer cancels. The case then starts from the template (a bank
 * case, `# origin: bank`, as `npm run ink:new` makes) with these filled in.
 */
import { byId } from '../game/ui/dom';
import type { Workspace } from './workspace';

export interface NewCase {
  readonly id: string;
  readonly title: string;
  readonly number: number;
}

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The number offered for a new bank case: 1 + the largest bank case number in use, 1 if none. */
export function nextBankNumber(used: ReadonlyMap<number, string>): number {
  return Math.max(0, ...used.keys()) + 1;
}

/** What is wrong with the answers, in Chinese, or null when they can be used (`used`: bank case numbers). */
export function newCaseProblem(answer: { id: string; title: string; number: string }, used: ReadonlyMap<number, string>, exists: (name: string) => boolean): string | null {
  if (answer.title.trim() === '') return '请填写案例标题。';
  const n = Number(answer.number);
  if (!Number.isInteger(n) || n < 1) return '本行案例序号要是 1 以上的整数。';
  const taken = used.get(n);
  if (taken !== undefined) return `本行案例 ${n} 已经是 ${taken}，请换一个序号。`;
  if (!ID.test(answer.id)) return '文件名只能用英文小写字母、数字和连字符，并以字母开头，例如 atm-card-stuck。';
  if (exists(`${answer.id}.ink`)) return `${answer.id}.ink 已经存在，请换一个文件名。`;
  return null;
}

export function askNewCase(workspace: Workspace): Promise<NewCase | null> {
  const dialog = byId('new-case-dialog') as HTMLDialogElement;
  const form = byId('new-case-form') as HTMLFormElement;
  const title = byId('new-title') as HTMLInputElement;
  const number = byId('new-number') as HTMLInputElement;
  const id = byId('new-id') as HTMLInputElement;
  const error = byId('new-case-error');
  const used = workspace.bankNumbersInUse();
  title.value = '';
  number.value = String(nextBankNumber(used));
  id.value = '';
  error.textContent = '';
  return new Promise((resolve) => {
    const done = (answer: NewCase | null): void => {
      form.removeEventListener('submit', submit);
      byId('new-case-cancel').removeEventListener('click', cancel);
      dialog.removeEventListener('cancel', cancel);
      dialog.close();
      resolve(answer);
    };
    const submit = (e: Event): void => {
      e.preventDefault();
      const answer = { id: id.value.trim(), title: title.value.trim(), number: number.value.trim() };
      const problem = newCaseProblem(answer, used, (name) => workspace.read(name) !== null);
      if (problem !== null) {
        error.textContent = problem;
        return;
      }
      done({ id: answer.id, title: answer.title, number: Number(answer.number) });
    };
    const cancel = (e: Event): void => {
      e.preventDefault();
      done(null);
    };
    form.addEventListener('submit', submit);
    byId('new-case-cancel').addEventListener('click', cancel);
    dialog.addEventListener('cancel', cancel);
    dialog.showModal();
    title.focus();
  });
}
