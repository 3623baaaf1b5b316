/**
 * A fix hint for each of the project's diagnostic codes (docs/authoring.md §8.2 explains them in
 * full). The CLI prints the hint under the message, --json carries it, the Studio shows it.
 */
export const HINTS: Readonly<Record<string, string>> = {
  'unknown-tag': '对照标签参考表（指南第 3.1 节）改正标签名。',
  'malformed-tag': '按错误信息里列出的写法改；分值写成“原则编号 +2”，结局写成“编号 标题”。',
  'empty-tag': '在冒号后写上内容，或删掉这个标签。',
  'misplaced-tag': 'score/why 写在选项方括号里；speaker/mood/walk/sfx/ending 写在台词后；案例信息写在文件开头。',
  'unknown-principle': '使用 ink/principles.ink 里的原则编号；需要新原则先在目录里添加。',
  'choice-unscored': '在选项的方括号里、] 之前加上 # score: 原则编号 +分值。',
  'choice-unexplained': '在选项的方括号里、] 之前加上 # why: 一两句解释。',
  'tag-outside-choice': '把 # score: 和 # why: 挪到 ] 前面。',
  'case-header': '在文件开头（INCLUDE 之前）补全案例信息标签。',
  catalogue: '在 principles.ink 里补全这一条的 name 和 source。',
  'dead-end': '在这一段末尾写 -> END，或用 -> 跳到下一个场景。',
  'runtime-error': '按路径用 npm run ink:compile -- --play 重现，检查这里的逻辑和跳转。',
  'ending-without-debrief': '在这条路最后一句台词后加 # ending: 编号 标题。',
  'no-ending': '每个结局的最后一句都要有 # ending: 标签。',
  'unreachable-knot': '补上跳到这个场景的 ->，或删掉不用的场景。',
  'unreachable-choice': '检查选项前的条件和所在场景的跳转，或删掉这个选项。',
  'top-grade-unreachable': '让课件的示范做法在每一步都是分值最高的选项。',
  'bottom-grade-unreachable': '让课件的不当处理在每一步都是分值最低的选项，选项之间要拉开分值。',
  'explore-bound': '检查是否有走不出去的循环；路径太多时考虑把案例拆小。',
  'not-a-case': '若要作为案例发布，在文件开头加上 # case: 等案例信息（可从 npm run ink:new 的模板复制）。',
  'duplicate-case-id': '给其中一个案例换一个新的 # case: 编号。',
};
