# case: cold-shoulder
# title: 你的冷淡使客户远离
# number: 6
# origin: deck
# principles: attend-warmly, every-caller-a-prospect, mind-how-you-say-it, own-the-problem
# setting: counter-2
# customer: 高先生
# look: man
# role: 柜员
# meters: trust
# summary: 临近中午，你在现金区用练功券练点钞，高先生走到你的窗口，问支票转账在不在这里办。
# essence: 冷淡无理的态度是激怒客户的最好手段。而我们要做的是：留意观察客户的需要，给予他超过他所期待的关注和热情！
# advice: 冷漠是赶走客户的利器！
INCLUDE common.ink

// 案例6〔情景六〕你的冷淡使客户远离（课件 p27–p30）。
//
// 出自课件的：
// - 高先生就近走到现金区，问：“请问小姐，支票转账在这里办理吗？”；转账区在左面。
// - 不当处理：柜员点完一遍又继续点（手里是练功券），始终没有回答；高先生又重复询问了一遍；
//   柜员仍未抬头，只是用手中的练功券向左面的转账区指了一下。
// - 示范处理：柜员立即停止手头一切活动，以微笑或欠身主动响应和热情招迎；“您好，请问办什么业务？”；
//   “这边请。”同时起身或身体前倾，手臂自然弯曲，五指并拢，掌心向上，示意转账区方向。
//
// 本项目编写的（课件未写）：
// - 时间（临近中午）、现金区是2号窗口、转账区是左边的1号窗口；
// - 转账区的同事小林去吃午饭、替班的小周还没到，高先生折回来的情节，以及内线叫人、先拿单子给他填这几步；
// - 高先生办完后路过窗口说的话、全部结局。课件只有这一问一指，后面几步按精髓“留意观察客户的需要，
//   给予他超过他所期待的关注和热情”补写。
// 不涉及具体的支票业务规定；要填哪张单子，文中只说“要填的单子”，请本行运营部门确认。
//
// 红线：打发走（turn-away）：转账区中午换班没人，就劝客户下午再来；替班的同事叫一声就能到，业务今天就能办。
//
// 仪表 trust（客户信任）的后果：每个选项的信任变化是它分值的 3 倍，所以信任和得分同步。
// 高先生办完后路过窗口说不说“以后就上你们这儿来办”，看信任（56 及以上）；最后一句按示范说的路径上，
// 信任 68 及以上到“一句‘这边请’，留住了一位客户”，56 及以上到“业务办了，印象平平”，再低到“办完就走，没再回头”。

~ trust = 50
-> opening

=== opening ===
// 课件未写，本处为编写：开场的时间和窗口
上午十一点半刚过，现金区没什么客户。你坐在2号窗口里，拿着一把练功券练点钞。
左边1号窗口是转账区。
一位穿夹克的中年男客户走进营业厅，手里捏着一张支票，左右看了看，就近走到你的窗口前。 # walk: entrance # sfx: door
他站在窗口外，等你抬头。 # walk: counter-2 # mood: neutral

* (greet) [（把练功券放到一边）您好，请问办什么业务？ # score: attend-warmly +2 # why: 这是课件的示范：柜员立即停止手头一切活动，主动招呼。手里是练功券，停下来什么也不耽误；客户站到窗口前，就是最要紧的事。]
  ~ trust += 6
  -> asked
* (narrow) [（把练功券放到一边）您好，这里是现金区，您存款还是取款？ # score: listen-first -1 # why: 停下手头的事招呼客户，这一步对了；可一开口就替他把业务圈定在存款、取款里，他要问的偏偏不是这两样。先问“办什么业务”，让客户自己说。]
  ~ trust -= 3
  都不是。 # speaker: 高先生
  -> asked
* (finish) [（手上没停）您好，您稍等，我把这一把点完就来。 # score: attend-warmly -1, their-urgency-first -1 # why: 话说得客气，可手里是练功券，早点完晚点完都不耽误什么；让客户站在窗口外等你练完，是急自己所急。]
  ~ trust -= 6
  高先生站在窗口外，看着你把一把练功券点完、扎好。 # mood: upset
  -> asked
* (ignore) [（把这一遍点完，接着点下一遍，等客户开口再说） # score: attend-warmly -3 # why: 这是课件里的不当处理：柜员点完一遍又继续点。“等客户开口”听着有道理，可客户就站在窗口前，你不抬头，他开了口也不知道你在不在听。冷漠是赶走客户的利器。]
  ~ trust -= 9
  -> repeat

=== asked ===
请问小姐，支票转账在这里办理吗？ # speaker: 高先生

* (queue) [这边请，您先去门口叫号机取个转账的号，叫到了再到左边1号窗口办。 # score: process-serves-customer -1 # why: 话是对的，可客户只问了一句在哪儿办，你先把他支到了门口的叫号机。转账区就在左手边，先把他领到地方，才是留意客户的需要。]
  ~ trust -= 3
  哦……好。 # speaker: 高先生 # mood: neutral
  高先生先去门口的叫号机取了号。 # walk: ticket-machine
* (model) [这边请。（起身，手臂自然弯曲，五指并拢、掌心向上，示意左边的转账区） # score: attend-warmly +1, mind-how-you-say-it +2 # why: 这是课件的示范：一句“这边请”，同时起身，五指并拢、掌心向上，示意转账区的方向。客户从你的动作里就知道，他的事你放在了心上。]
  ~ trust += 9
  好，谢谢啊。 # speaker: 高先生 # mood: calm
* (seated) [（坐着，掌心向上朝左边示意）支票转账在1号窗口，您往左手边走，那边同事会帮您办。 # score: mind-how-you-say-it +1, attend-warmly -1 # why: 话说清楚了，语气也客气，可你坐着没起身，客户看到的是“那边去”。课件示范的是起身或身体前倾，五指并拢、掌心向上地示意方向，一个手势，就是不一样的关注。]
  好，我过去看看。 # speaker: 高先生 # mood: neutral
* (curt) [（起身，朝左边一指）支票转账不在我们现金区办，您到左边转账区问一下吧。 # score: mind-how-you-say-it -2 # why: 一开口先说“不在我们这儿办”，客户听到的是你在划清界限。同一件事，换一句“这边请”，客户的感受就完全不同。]
  ~ trust -= 6
  哦。 # speaker: 高先生 # mood: neutral
- -> transfer_area

=== repeat ===
请问小姐，支票转账在这里办理吗？ # speaker: 高先生
你手里的练功券一张张翻过去。窗口外安静了几秒。
请问，支票转账，是在这里办吗？ # speaker: 高先生 # mood: upset

* (point) [（低着头，用手中的练功券向左面的转账区指了一下） # score: attend-warmly -2, mind-how-you-say-it -2 # why: 这是课件里的不当处理：客户问了两遍，柜员仍未抬头，只用手中的练功券往转账区一指。客户问的是在哪儿办，记住的却是没人拿正眼看他。]
  ~ trust -= 12
  -> end_ignored
* (mutter) [（手上接着点）不在这儿办，支票转账在左边那个窗口，您过去吧。 # score: mind-how-you-say-it -2 # why: 总算回答了，可头没抬、手没停，一句“您过去吧”像在打发人。客户问了两遍才换来这一句，冷漠是赶走客户的利器。]
  ~ trust -= 6
  高先生看了你一眼，没说话。 # mood: upset
  -> transfer_area
* (sorry) [（放下练功券，起身）不好意思，让您久等了。这边请，转账在左边。 # score: attend-warmly +2, mind-how-you-say-it +1 # why: 冷落了客户，马上补救：放下手里的练功券，起身道一声“让您久等了”，再按课件示范说“这边请”、示意方向。补得及时，客户心里的那点不快还来得及化开。]
  ~ trust += 9
  哦，好。 # speaker: 高先生 # mood: neutral
  -> transfer_area

=== transfer_area ===
// 课件未写，本处为编写：转账区没人
高先生走到左边1号窗口前。窗口里立着“暂停服务”的牌子，里面没有人：小林刚去吃午饭，替班的小周还没过来。 # walk: counter-1
他站了一会儿，又折回你的窗口。 # walk: counter-2 # mood: anxious
那边窗口没人啊。我这张支票今天得进账，公司下午等着用钱。 # speaker: 高先生

* (wait_there) [那边的同事应该一会儿就回来，您先在那边窗口等一下就行。 # score: own-the-problem -1 # why: 话不难听，可“应该一会儿就回来”谁也说不准。客户告诉你他今天急着用，你知道那边没人，最方便叫人的就是你。]
  ~ trust -= 3
  哦……那我过去等着。 # speaker: 高先生 # mood: anxious
* (not_mine) [转账不归我们现金区办，您只能等那边的同事回来，我这边也没办法。 # score: own-the-problem -2, say-what-you-can-do -1 # why: 分工是真的，可“我这边也没办法”是假的：一个内线电话就能把人叫来。谁负责不重要，客户今天能把事办了才重要。]
  ~ trust -= 9
  高先生皱了皱眉。 # mood: upset
* (afternoon) [那边中午换班吃饭，您要不下午再来？下午人少，办得也快些，不用等。 # redline: turn-away # score: own-the-problem -2, their-urgency-first -1 # why: 听着像在替客户着想，其实是把一位今天就要进账的客户往外推。替班的同事叫一声就能到，业务今天就能办。]
  ~ trust -= 9
  -> end_afternoon
* (call) [您稍等，我这就打内线请转账区的同事马上过来。您先在这边坐一下。 # score: own-the-problem +2, their-urgency-first +1 # why: 客户的事不分现金区、转账区：你知道那边没人，就由你把人叫来。留意观察客户的需要，给予他超过他所期待的关注。]
  ~ trust += 9
  // 课件未写，本处为编写：内线叫替班的同事
  你拿起内线电话。
  小周，1号窗口有位客户办支票转账，麻烦你马上过来一下。 # speaker: 你
  好，两分钟就到。 # speaker: 小周
  那就好。 # speaker: 高先生 # mood: calm
- -> form

=== form ===
// 课件未写，本处为编写；具体要填哪张单子请本行运营部门确认
对了，支票转账要填什么单子吗？ # speaker: 高先生

* (hand) [（从抽屉里取出一张要填的单子递出窗口，指给他看要填的几栏） # score: process-serves-customer +2, own-the-problem +1 # why: 等人的工夫也不让它白等：先把要填的单子递到他手上，同事一到就能办。给予他超过他所期待的关注，就在这种小事上。]
  ~ trust += 9
  高先生接过去，道了声谢。 # mood: calm
* (later) [单子那边同事会给您，您先过去等着，她来了会告诉您怎么填。 # score: process-serves-customer -1 # why: 推得不远，只是推到了下一个人那里。客户现在就在问，现在就能给他的东西，别让他再等一轮。]
  ~ trust -= 3
* (sample) [填单台上有填好的样本，您照着样本填就行，不会的再问那边同事。 # score: process-serves-customer -2 # why: 指个方向，让客户自己去找、自己去对，能省的事一件没替他省。他是走错了窗口的人，更需要有人给他递到手上。]
  ~ trust -= 6
- {
  - transfer_area.call:
    高先生在1号窗口边的椅子上坐下{form.hand:，低头填单子}。两分钟后，替班的小周从后面过来，坐进了1号窗口。 # walk: seats
  - else:
    高先生回到1号窗口前站着等{form.hand:，边等边填单子}。过了好几分钟，替班的小周才从后面过来。 # walk: counter-1
  }
-> done

=== done ===
// 课件未写，本处为编写：业务办完，高先生路过窗口
{
- form.hand:
  高先生到1号窗口办支票转账。单子早填好了，没几分钟就办完了。 # walk: counter-1
- form.sample:
  高先生先到填单台照着样本把单子填好，才回到1号窗口办支票转账。 # walk: form-desk
- else:
  高先生到1号窗口办支票转账。小周递给他一张单子，他又站在窗口前填了好一会儿。 # walk: counter-1
}
他办完出来，经过你的窗口，停了一下。 # walk: counter-2
{
- trust >= 56:
  办好了。你们这儿离我们公司近，以后公司的转账，我看就上你们这儿来办了。 # speaker: 高先生 # mood: calm
- else:
  办好了。 # speaker: 高先生 # mood: neutral
}

* (back_to_count) [（点点头，拿起练功券接着点）好的，您慢走，路上小心。 # score: every-caller-a-prospect -2, attend-warmly -1 # why: 话是客气的，可手已经回到了练功券上。客户停下来跟你说话，是给你的机会；冷淡的最后一幕，会留在客户的记忆里。]
  ~ trust -= 9
  -> end_sour
* (welcome) [欢迎您常来！下次来了直接到1号窗口，有什么不清楚的，随时问我。 # score: every-caller-a-prospect +2, mind-how-you-say-it +1 # why: 一位走错窗口的客户，也可能是一家公司以后的业务。一句“欢迎常来、随时问我”，让他觉得这家网点有人记着他。]
  ~ trust += 9
  -> finale
* (lecture) [好的。下次来您直接去左边转账区办，就不用再到我们现金区这儿来问了。 # score: mind-how-you-say-it -2 # why: 像是好心提醒，听起来却是在说他今天走错了窗口、给你添了麻烦。客户更在乎你怎么说。]
  ~ trust -= 6
  -> end_sour

=== finale ===
{ trust >= 68: -> end_won }
{ trust >= 56: -> end_ok }
-> end_cool

=== end_won ===
// 课件未写，本处为编写
行，下回来了找你。 # speaker: 高先生 # mood: pleased
高先生冲你摆摆手，出了营业厅。 # walk: entrance # sfx: door
{repeat.sorry:刚开始冷落了他几秒，后来一声“让您久等了”和一路的照应，又把他的心拉了回来。|从他走到窗口的那一刻起，他的事就有人放在心上。}
一句“这边请”，留住了一位客户。 # ending: won 一句“这边请”，留住了一位客户 # band: A-B
-> END

=== end_ok ===
// 课件未写，本处为编写
好。 # speaker: 高先生 # mood: neutral
高先生点点头，出了营业厅。 # walk: entrance # sfx: door
{
- transfer_area.not_mine:
  业务是办了，可那句“我这边也没办法”，他听见了。
- transfer_area.wait_there:
  业务是办了，可他在没人的窗口前干站的那几分钟，你没替他想到。
- else:
  业务是办了，只是这一趟，他没觉出这家网点有什么不一样。
}
业务办了，印象平平。 # ending: served-plain 业务办了，印象平平 # band: B-C
-> END

=== end_cool ===
// 课件未写，本处为编写
高先生“嗯”了一声，出了营业厅，没再回头。 # walk: entrance # sfx: door # mood: neutral
{
- repeat:
  他问了两遍才换来一句回答，这个网点在他心里，就是那几秒钟的冷场。
- transfer_area.not_mine:
  “我这边也没办法”，他记住了这一句。
- else:
  一路上没人多看他一眼，他也就不打算再来了。
}
业务是办完了，这位客户却被冷淡推远了。 # ending: walked-off 办完就走，没再回头 # band: C-D
-> END

=== end_sour ===
// 课件未写，本处为编写：最后一步没做好
{
- done.back_to_count:
  高先生看你已经低下头去点练功券，把刚到嘴边的话咽了回去，出了营业厅。 # walk: entrance # sfx: door # mood: neutral
- else:
  高先生愣了一下。 # mood: upset
  行，知道了。 # speaker: 高先生
  他出了营业厅。 # walk: entrance # sfx: door
}
{trust >= 56:前面一路都照应得不错，|业务是办了，}可他记住的，是{done.back_to_count:你重新拿起练功券的那双手|你最后那句“就不用再到我们现金区这儿来问了”}。 # ending: sour-goodbye 最后一步没做好 # band: B-D
-> END

=== end_ignored ===
// 课件：柜员仍未抬头，只是用手中的练功券向左面的转账区指了一下。之后的情形为编写。
高先生顺着练功券指的方向走到1号窗口。窗口里立着“暂停服务”的牌子，没有人。 # walk: counter-1 # mood: upset
他回头看了一眼2号窗口：你还低着头，练功券一张张翻过去。
高先生把支票折好放回口袋，出了营业厅。 # walk: entrance # sfx: door
他问了两遍，没等来一句话。冷漠是赶走客户的利器。 # redline: turn-away # ending: ignored 问了两遍，没等来一句话 # band: D
-> END

=== end_afternoon ===
// 课件未写，本处为编写：客户被劝下午再来
下午？我下午还得回公司…… # speaker: 高先生 # mood: upset
他看了看手里的支票，又看了看空着的1号窗口，转身出了营业厅。 # walk: entrance # sfx: door
替班的同事两分钟就能过来，他却被劝走了；这张支票，他多半拿去了别的银行。 # ending: sent-away 被劝下午再来 # band: D
-> END
