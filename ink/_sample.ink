# case: sample
# title: 示例
# number: 99
# origin: bank
# principles: listen-first
# setting: counter-1
# customer: 王先生
# look: man
# role: 柜员
# meters: trust, crowd
# essence: 精髓
# advice: 忠告
INCLUDE common.ink
~ trust = 30
王先生走到柜台前。 # walk: counter-1 # mood: angry
你们怎么回事！ # speaker: 王先生 # sfx: tension
* [先生您别急，我来帮您。 # score: listen-first +2 # why: 先安抚。]
  ~ trust += 20
  好吧。 # speaker: 王先生 # mood: calm
  -> good
* [这是规定。 # score: listen-first -2, mind-how-you-say-it -1 # why: 只讲规定。]
  ~ trust -= 20
  ~ crowd += 30
  什么破规定！ # speaker: 王先生
  -> bad
=== good ===
王先生点点头。 # ending: good 客户满意
-> END
=== bad ===
王先生走了。 # ending: bad 客户离开
-> END
