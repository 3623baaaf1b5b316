/**
 * 发布到服务器: sends the open case (with principles.ink, common.ink and its INCLUDEs) to the
 * training server's publish route (POST api/admin/cases, same origin as the Studio). The server
 * runs the same checker first; the dialog shows the result, or the checker's findings when the
 * case is refused. The organisers' credential is asked for once per page and exchanged for an
 * admin session kept in memory only.
 */
import { AdminApiError, AdminClient } from '../admin/api';
import { caseSources } from '../authoring/includes';
import { byId } from '../game/ui/dom';

export interface PublishSource {
  /** The case open in the editor. */
  current(): string;
  /** A file's text as the Studio has it now (drafts included), or null. */
  read(name: string): string | null;
}

/** What a refusal means for a trainer, in Chinese. */
function explain(e: AdminApiError): string {
  if (e.reason === 'network') return `${e.message}。请确认训练服务器在运行。`;
  if (e.reason === 'not-found') return '这个页面不是由训练服务器提供的（没有发布接口）：请从服务器的地址打开案例工作室。';
  if (e.reason === 'admin-disabled') return '服务器没有设置管理员凭据（ADMIN_TOKEN），不能发布。请联系服务器管理员。';
  return e.message;
}

export function setupPublish(source: PublishSource, client = new AdminClient(document.baseURI)): void {
  const dialog = byId('publish-dialog') as HTMLDialogElement;
  const form = byId('publish-form') as HTMLFormElement;
  const what = byId('publish-what');
  const credentialRow = byId('publish-credential-row');
  const credential = byId('publish-credential') as HTMLInputElement;
  const by = byId('publish-by') as HTMLInputElement;
  const result = byId('publish-result');
  const findings = byId('publish-findings');
  const go = byId('publish-go') as HTMLButtonElement;

  const showResult = (text: string, kind: 'ok' | 'error' | 'busy'): void => {
    result.textContent = text;
    result.dataset['state'] = kind;
  };

  byId('publish').addEventListener('click', () => {
    what.textContent = `将把 ${source.current()} 发布到训练服务器。服务器会先运行同样的检查，有错误的案例不会发布；发布后学员刷新案例板即可看到。`;
    credentialRow.hidden = client.signedIn;
    credential.required = !client.signedIn;
    showResult('', 'ok');
    findings.replaceChildren();
    dialog.showModal();
    (client.signedIn ? go : credential).focus();
  });
  byId('publish-close').addEventListener('click', () => dialog.close());

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void (async () => {
      go.disabled = true;
      findings.replaceChildren();
      showResult('正在发布：服务器在检查案例…', 'busy');
      try {
        if (!client.signedIn) {
          await client.signIn(credential.value);
          credential.value = '';
          credentialRow.hidden = true;
        }
        const file = source.current();
        const r = await client.publish(file, caseSources(file, (n) => source.read(n)), by.value.trim());
        showResult(`${r.created ? '已发布' : '服务器上已经有这个版本'}：${r.label}《${r.title}》。学员刷新案例板即可看到。${r.warnings.length > 0 ? `（有 ${r.warnings.length} 条提示，不影响发布）` : ''}`, 'ok');
      } catch (err) {
        if (!(err instanceof AdminApiError)) throw err;
        showResult(explain(err), 'error');
        findings.replaceChildren(...err.findings.filter((f) => f.severity === 'error').map((f) => Object.assign(document.createElement('li'), { textContent: `${f.file} 第 ${f.line} 行：${f.message}` })));
        if (!client.signedIn) {
          credentialRow.hidden = false;
          credential.required = true;
        }
      } finally {
        go.disabled = false;
      }
    })();
  });
}
