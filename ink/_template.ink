# case: new-case
# title: 新案例（请改成课件中的案例标题）
# number: 0
# principles: listen-first, mind-how-you-say-it
# setting: counter-1
# customer: 王先生
# look: man
# role: 柜员
# meters: trust
# summary: 一句话介绍这个情景（案例板上显示）。
# essence: 这里逐字粘贴课件的“精髓”。
# advice: 这里逐字粘贴课件的“忠告”。
INCLUDE common.ink

// 这是新案例的模板：它已经能通过 npm run ink:check。
// 请把台词、选项、分值和解释换成你的案例内容；每个选项都要有 # score: 和 # why:。
~ trust = 40

王先生快步走到1号窗口前，神情有些着急。 # walk: counter-1 # mood: anxious
我赶时间，能不能快点？ # speaker: 王先生

* [（放下手头的事）您好，别着急，请问您办什么业务？ # score: listen-first +2, mind-how-you-say-it +2 # why: 先放下手头的事、主动招呼并安抚，客户的急躁就有了着落。]
  ~ trust += 20
  好，谢谢。 # speaker: 王先生 # mood: calm
  -> second
* [排队吧，大家都赶时间。 # score: listen-first -2, mind-how-you-say-it -2 # why: 一句话把客户推开，既没听他说什么，语气也生硬。]
  ~ trust -= 20
  你这什么态度！ # speaker: 王先生 # mood: angry
  王先生转身走了。 # ending: left 客户生气离开
  -> END

=== second ===
王先生把存折递进窗口。
* [好的，我马上为您办理，大约五分钟。 # score: mind-how-you-say-it +2 # why: 说清楚要多久，客户心里有底。]
  ~ trust += 15
  王先生点点头，安心等着。 # mood: pleased
  业务很快办好了。 # ending: served 顺利办完
  -> END
* [（一声不吭地开始办理） # score: mind-how-you-say-it -1 # why: 事情办了，但一句交代都没有，客户只能干等。]
  ~ trust -= 5
  王先生看着表，一直没说话。 # mood: neutral
  业务办完了，王先生没说谢谢。 # ending: served-cold 办完了，客户不满意
  -> END
