# case: new-case
# title: 新案例（请改成案例标题）
# number: 1
# origin: bank
# principles: attend-warmly, rules-serve-people, their-urgency-first, mind-how-you-say-it
# setting: counter-1
# customer: 王先生
# look: man
# role: 柜员
# meters: trust
# summary: 一句话介绍这个情景（案例板上显示）。
# essence: 这个案例要学员记住的要点（本行自编案例写自己的话；课件案例逐字粘贴课件的“精髓”）。
# advice: 给学员的忠告（课件案例逐字粘贴课件的“忠告”）。
INCLUDE common.ink

// 这是新案例的模板：它已经能通过 npm run ink:check（没有错误，也没有警告）。
// 来源：本行自编的案例保留 # origin: bank，序号从 1 起（案例板上显示为“本行案例 1”）；
// 课件里的案例改成 # origin: deck，序号写课件里的序号，精髓和忠告逐字引用课件。
// 请把标题、原则、客户、台词、选项、分值和解释都换成你的案例内容，边改边运行 npm run ink:check。
// 写法要点（详见 docs/authoring.md 第 4、6 节）：
// · 每个选项都要有 # score: 和 # why:，写在方括号里；
// · 同一选择点的几个选项长短相近、一样客气（都用“您”），括号里的动作只写做了什么，不写好坏；
// · 最好的选项不要总放在同一个位置，也不要总是最长的那个；
// · 课件反对的做法（红线）在选项上加 # redline: 红线编号（编号见 principles.ink）；
// · 每个结局写 # band:，说明它代表哪一段等级；结局要回应学员最后说的那句话。
// 课件未写，本处为编写：模板里的情景和台词都是示例，请全部换掉。
~ trust = 40
-> opening

=== opening ===
王先生快步走到1号窗口前，神情有些着急。 # walk: counter-1 # mood: anxious
我赶时间，能不能快点？ # speaker: 王先生
// 第一个选择点：示范做法放在第 2 个。
* [您好，请先到叫号机取个号，轮到您我马上给您办。 # score: attend-warmly -2 # why: 听上去是按规矩办，可客户已经站到了窗口前，一句“去取号”就把他推开了。]
  ~ trust -= 15
  王先生皱着眉去取了号，又回到了窗口前。 # mood: upset
* [您好，别着急，请先跟我说说您要办什么业务。 # score: attend-warmly +2 # why: 先放下手头的事、主动招呼，客户的急躁就有了着落。]
  ~ trust += 15
  王先生松了口气。 # mood: neutral
* [您好，我手头还有点事，请您稍等一会儿。 # score: attend-warmly -1 # why: 话说得客气，可客户的急事被排在了你手头的事后面。]
  ~ trust -= 10
  王先生看了看表，没说话。 # mood: upset
- 我要取五万块钱。身份证忘带了，就差这一样。 # speaker: 王先生
// 第二个选择点：示范做法放在第 3 个；第 1 个是红线选项。
* [没带身份证也不要紧，您是老客户，我先给您办了。 # redline: break-rules # score: rules-serve-people -2 # why: 为了省客户的事绕过取款要核对身份证件的制度，热情但不合规（具体制度以本行规定为准）。]
  -> rule_broken
* [没有身份证办不了，这是规定，您回去取了再来吧。 # score: rules-serve-people -2 # why: 规定没错，可只拿规定挡人，没有帮客户想一点办法。]
  -> went_home
* [取款要核对身份证。您看能不能请家里人把证件送过来？ # score: rules-serve-people +2 # why: 规定守住了，同时帮客户想办法满足它。]
  ~ trust += 10
  王先生打了个电话：家里人二十分钟后把证件送来。 # mood: anxious
  -> waiting

=== waiting ===
还要等二十分钟啊…… # speaker: 王先生
// 第三个选择点：示范做法放在第 1 个。
* [您先坐下喝口水，证件一到，我五分钟内给您办好。 # score: their-urgency-first +2 # why: 客户急，就先把等的这段安排好，并说清到时要多久。]
  ~ trust += 15
  王先生在窗口边坐下，喝了口水。 # mood: calm
* [那也没办法，您先去休息区坐着，证件到了叫我。 # score: their-urgency-first -1 # why: 话没错，可客户的急事成了他一个人的事。]
  ~ trust -= 10
* [证件到了您再过来，到时候还得麻烦您重新取个号。 # score: their-urgency-first -1 # why: 让着急的客户再排一次队，方便的是窗口，不是客户。]
  ~ trust -= 10
- 二十分钟后，证件送到了，业务很快办好。 # mood: neutral
今天真是麻烦你了。 # speaker: 王先生
// 第四个选择点：示范做法放在第 2 个。给选项加上（标签），结局就能按学员最后说的话来走。
* (scold) [不麻烦。下回您记得带好证件，就不用白等这么久了。 # score: mind-how-you-say-it -2 # why: 事情办好了，最后一句却在数落客户，前面的服务都打了折扣。]
  ~ trust -= 10
* (thanks) [不麻烦，让您久等了。钱请您当面点清，路上小心。 # score: mind-how-you-say-it +2 # why: 道一声久等，再提醒当面点清，客户走得安心。]
  ~ trust += 10
* (disclaim) [不客气。钱款请当面点清，离柜概不负责。 # score: mind-how-you-say-it -1 # why: 照本宣科的一句“离柜概不负责”，把客户当成了要提防的人。]
- -> finale

=== finale ===
// 结局先看最后一句话（waiting.scold 是上面带标签的选项），再看仪表 trust。
// 改了分值、仪表的加减或这里的门槛，都要重新运行 npm run ink:check，看各结局的 # band: 是否还对得上（ending-band）。
{ waiting.scold: -> end_sour }
{ trust >= 85: -> end_best }
{ trust >= 55: -> end_ok }
-> end_cold

=== end_best ===
王先生接过钱，笑着道了声谢。 # mood: pleased
业务办好了，客户也走得舒心。 # ending: served-well 办得好，客户满意 # band: A
-> END

=== end_ok ===
王先生点点头，拿着钱走了。 # mood: neutral
业务办好了，只是中间还有些地方让客户不太舒服。 # ending: served 业务办好了 # band: B-C
-> END

=== end_cold ===
王先生把钱往包里一塞，头也不回地走了。 # mood: upset
业务办完了，客户却没有被真正服务好。 # ending: served-cold 办完了，客户不满意 # band: C-D
-> END

=== end_sour ===
王先生的笑容僵了一下，没再说话。 # mood: upset
前面都办得不错，最后一句话却让客户心里不舒服。 # ending: sour-goodbye 最后一句话没说好 # band: B-D
-> END

=== went_home ===
王先生叹了口气，转身回家取证件。 # walk: entrance # mood: upset
客户白跑了一趟，心里憋着气。 # ending: went-home 客户回家取证件 # band: D
-> END

=== rule_broken ===
王先生高高兴兴地取走了钱。 # mood: pleased
业务是办了，可取款核对身份证件的制度没有守住。 # ending: rule-broken 制度没守住 # band: D
-> END
