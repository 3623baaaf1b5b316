# case: angry-customer
# title: 客户在营业厅争吵怎么办
# number: 4
# principles: listen-first, mind-how-you-say-it, mind-the-hall
# setting: counter-2
# customer: 李阿姨
# look: older-woman
# role: 营业厅主管
# meters: trust, crowd
# summary: 李阿姨在大厅高声指责银行积分骗人，满厅客户都在看，你是主管。
# essence: 客户需要更多的是聆听，而不是解释，在服务中要了解到客户的心理需求，因势利导。
# advice: 言语柔和，使其消怒；聆听安抚，可得其心！
INCLUDE common.ink

// 案例 4 · 客户在营业厅争吵怎么办（课件 p18–p22）
// 学员扮演营业厅主管。课件里还有一位员工：2号窗口的年轻柜员（李阿姨叫她“你这丫头”），她的台词标“柜员”。
// 课件的不当处理：柜员否认“阿姨我们没有骗您。”，营业厅人员低头处理手中的业务，阿姨愈加火冒三丈，客户对秩序非常不满。
// 课件的示范处理：主管主动上前安抚，自我介绍，承认“有我们没解释好的地方”，请阿姨到会客室慢慢聊、倒杯茶。
// 会客室里的聆听、解释、收尾，以及大厅里的分流，课件没有写，见下文“课件未写”的标注。
//
// 评分设计（给编写者看）：每个选项的信任变化 = 5 × 该选项分值，所以信任和得分同步。
// 主管一开始就出面的路径，信任 ≥ 100 恰好是 A；各条路径上信任 ≥ 30 都落在 C 及以上（路径全部走过核对）。
// 结局据此选择（见 finale），并各带 # band:；触碰“当成罪犯”“许诺破例”的路径另有去处。
// 围观情绪超过 80 即触碰“大厅失控”（目录中的阈值）；在大厅里连错两次一定越过它。

~ trust = 20
~ crowd = 40
-> opening

=== opening ===
上午十点多，营业厅里正是人多的时候，叫号机前排着队，休息区也坐满了人。
你正在主管台核对报表，2号窗口那边忽然响起拍柜台的声音。 # walk: counter-2 # mood: angry
你们这家银行就会骗人，积10000分才可换个杯子！ # speaker: 李阿姨 # sfx: tension
2号窗口的年轻柜员涨红了脸，攥着笔，一时不知道怎么接话。
大厅里的客户纷纷转过头来，有人已经站起身往这边看。 # sfx: murmur
* (deny) [阿姨，我们没有骗您。积分换什么、要多少分，兑换说明上都写着，哪个网点都一样。 # score: listen-first -2, mind-how-you-say-it -2 # why: 课件里激怒阿姨的正是这句“阿姨我们没有骗您”：还没听她说一句就当众否认，等于说她无理取闹，只会火上浇油。客户需要更多的是聆听，而不是解释。]
  ~ trust -= 20
  ~ crowd += 20
  没骗？窗口那丫头也是这么说的！你们一个个都护着自己人。 # speaker: 李阿姨 # mood: angry
  你们大家来评评理，都不要把钱存这里！ # speaker: 李阿姨 # sfx: murmur
  -> hall_heated
* (teller) [（先不过去：积分规则柜员最熟，主管一出面反倒显得事情闹大了，让柜员先给阿姨解释） # score: attend-warmly -3, mind-the-hall -1 # why: 这正是课件里的不当处理：主管不出面，柜员只能说一句“阿姨我们没有骗您”，阿姨越说越火，满厅客户都在看。冷漠是赶走客户的利器，主管要主动上前。]
  ~ trust -= 20
  ~ crowd += 20
  阿姨我们没有骗您。 # speaker: 柜员
  你这丫头就会骗人，你们大家来评评理，都不要把钱存这里。 # speaker: 李阿姨 # mood: angry # sfx: murmur
  营业厅里的员工都被阿姨的大声指责吓得不敢说话，低头处理手中的业务。
  -> hall_heated
* (steps_up) [阿姨，您好！我是营业厅主管，这件事中一定是有些误会，有我们没解释好的地方，我来帮您处理这事好吗？ # score: listen-first +2, attend-warmly +2 # why: 课件的示范：主管主动上前安抚，先报身份，再承认“有我们没解释好的地方”，不和阿姨争对错；阿姨的火气有了去处，柜员也解了围。]
  ~ trust += 20
  ~ crowd -= 5
  李阿姨转过身来，上下打量了你一眼。 # mood: upset
  -> invite
* (hush) [阿姨，您先小点声，这么多客户都在等着办业务呢。您有什么不满意的，请到这边跟我慢慢说，我来给您处理。 # score: mind-how-you-say-it -2, dont-judge -2 # redline: treat-as-criminal # why: 当着满厅客户叫阿姨“小点声”，是把一位来讨说法的客户当成扰乱秩序的人来管，她只听出嫌她丢人；言语柔和，使其消怒，先聆听安抚，秩序自然就回来了。]
  ~ trust -= 20
  ~ crowd += 20
  我小点声？你们骗了人，还不许我说了？ # speaker: 李阿姨 # mood: angry
  大家都来听听，银行就是这么对我们老年人的！ # speaker: 李阿姨 # sfx: murmur
  -> hall_heated

=== hall_heated ===
排队的客户交头接耳，有人皱着眉看表，有人干脆拿出手机对着2号窗口。
一大早就吵成这样，还让不让人办业务了？ # speaker: 排队的客户
2号窗口的柜员眼圈已经红了，李阿姨的声音一句比一句高。 # mood: angry
* (recover) [阿姨，您好，我是这儿的主管。是我们没解释好，让您受委屈了，我陪您到会客室坐下慢慢说，好吗？ # score: listen-first +1, mind-the-hall +2 # why: 晚了一步，但仍是课件的示范做法：主管出面，先承认我们没解释好，再把阿姨从众目睽睽的大厅请到会客室；争执离开了大厅，排队的客户才能接着办业务。]
  ~ trust += 15
  ~ crowd -= 10
  {
  - opening.teller:
    现在才出来？刚才我嚷了半天，你们一个个都装没听见。 # speaker: 李阿姨 # mood: suspicious
  - opening.deny:
    刚才不还说没骗我吗？ # speaker: 李阿姨 # mood: suspicious
  - else:
    刚才还嫌我嗓门大，现在知道赔不是了？ # speaker: 李阿姨 # mood: suspicious
  }
  行，我倒要听听你这个主管怎么说。 # speaker: 李阿姨
  -> hall
* (rule) [阿姨，营业厅里有规定，不能大声喧哗。您有什么意见，可以按程序反映，还请您配合一下我们的工作。 # score: dont-judge -2, mind-how-you-say-it -2 # redline: treat-as-criminal # why: 拿“不能大声喧哗”的规定压阿姨，是把一位来讨说法的客户当成闹事的人；她要的是有人听她说，言语柔和才能使其消怒。]
  ~ trust -= 20
  ~ crowd += 25
  规定规定，就会拿规定压人！你们骗人的时候怎么不讲规定？ # speaker: 李阿姨 # mood: angry # sfx: tension
  -> hall_boil
* (heads_down) [（先不接话，回主管台把报表核完，等阿姨这口气发出来、平静一些了，再过去跟她谈） # score: attend-warmly -3, mind-the-hall -1 # why: 课件里的不当处理：营业厅人员都低头处理手中的业务，阿姨见没有人理会她，愈加火冒三丈，其他客户也对营业厅的秩序非常不满。冷漠是赶走客户的利器。]
  ~ trust -= 20
  ~ crowd += 25
  阿姨见没有人理会她，愈加火冒三丈，一巴掌拍在柜台上。 # sfx: tension
  -> hall_boil
* (public_rule) [阿姨，10000分换一个杯子是总行统一定的，所有客户都一样，不是针对您一个人，您别误会。 # score: listen-first -2, mind-the-hall -1 # why: 话不难听，但在大厅里当众讲规则，是在和阿姨辩输赢，围观的人越聚越多；客户需要更多的是聆听，而不是解释。]
  ~ trust -= 15
  ~ crowd += 25
  我误会？10000分就换一个杯子，这不是骗人是什么？大家说是不是！ # speaker: 李阿姨 # mood: angry # sfx: murmur
  -> hall_boil

=== hall_boil ===
你们管不管啊？我们还办不办业务了！ # speaker: 排队的客户 # sfx: murmur
她说得也不是没道理，这积分确实没什么用。 # speaker: 另一位客户
叫号机前已经有人拿着号票往外走，2号窗口的叫号也停了下来。
* (guard) [阿姨，您再这样影响大家办业务，我只能请保安过来维持秩序了，还请您多理解。 # score: dont-judge -3, mind-how-you-say-it -1 # redline: treat-as-criminal # why: 用保安吓唬一位年长的客户，就是把她当成闹事的人，当着全厅把她推到对立面；客户不是罪犯，她需要的是聆听，而不是被压下去。]
  ~ trust -= 20
  ~ crowd += 15
  叫保安？好啊，让大家都看看，你们银行就是这么对老百姓的！ # speaker: 李阿姨 # mood: angry # sfx: tension
  -> hall_uproar
* (queue_first) [（先到叫号机那边跟排队的客户打个招呼，请大家稍等一下，把大厅先稳住了，再回过头来跟阿姨谈） # score: attend-warmly -2, listen-first -1 # why: 排队的客户要照顾，可火源在2号窗口：阿姨见又没有人理会她，只会更火。先把阿姨请到会客室，排队的客户交给同事照应，大厅自然就静下来了。]
  ~ trust -= 15
  ~ crowd += 5
  好啊，都不理我是吧！ # speaker: 李阿姨 # mood: angry # sfx: tension
  -> hall_uproar
* (late) [阿姨，实在对不起，是我们没解释好。我是这儿的主管，您跟我到会客室坐下，慢慢跟我说，好吗？ # score: listen-first +1, mind-the-hall +2 # why: 再晚也要出面：先道歉、承认我们没解释好，把阿姨请离大厅，这是课件示范的做法；只是全厅已经看了半天热闹，有客户已经走了。]
  ~ trust += 15
  ~ crowd -= 10
  现在才来管？满屋子人都看我笑话了。 # speaker: 李阿姨 # mood: suspicious
  // 课件未写，本处为编写：此时大厅已经失控，同事自己出来收拾
  你陪李阿姨往会客室走。身后，大堂经理开了3号窗口，正一个个跟排队的客户赔不是，可已经有两位客户拿着号票走了。 # sfx: murmur
  -> meeting_room

=== hall_uproar ===
// 课件未写，本处为编写：课件只写到阿姨愈加火冒三丈、客户不满，阿姨离开的结局为编写
{
- hall_boil.guard:
  保安还没走过来，李阿姨已经把存折往包里一塞。 # mood: angry
- else:
  你在叫号机那边赔着笑，2号窗口那边，李阿姨已经把存折往包里一塞。 # mood: angry
}
我回头就把钱都取出来！你们大家也都别把钱存这里了！ # speaker: 李阿姨
她头也不回地走出了营业厅。 # walk: entrance # sfx: door
排队的客户摇着头议论，有位先生把号票揉成一团，也跟着走了。 # sfx: murmur
2号窗口的柜员低着头，半天没抬起来。
从头到尾，没有一个人听李阿姨把话说完。 # ending: hall-uproar 不欢而散 # band: D
-> END

=== invite ===
你是主管，我正好找你来评理。 # speaker: 李阿姨
* (in_place) [好，阿姨您说，我就在这儿听着。您从头慢慢讲，我一句一句都给您记下来。 # score: listen-first +1, mind-the-hall -1 # why: 愿意听是对的，但在柜台前当着全厅听，阿姨越说越激动，后面排队的客户也跟着着急；课件的做法是先把阿姨请离大厅，到会客室慢慢聊。]
  ~ crowd += 15
  李阿姨当着一屋子人，把积分的事从头说了一遍，越说声音越大。 # mood: angry
  还要说多久啊？后面的人都等着呢。 # speaker: 排队的客户 # sfx: murmur
  你这才请李阿姨到会客室坐下说，她嘴里还在数落。
  -> hall
* (tea) [好的，我一定帮助阿姨解决。阿姨，我陪您到会客室慢慢聊，我给您倒杯茶。 # score: mind-the-hall +2, listen-first +1 # why: 课件的示范原话：先答应帮她解决，再把她从众目睽睽的大厅请到会客室，一杯茶让她先坐下来、缓口气，大厅也就安静了。]
  ~ trust += 15
  ~ crowd -= 15
  好，去就去，我倒要听听你怎么说。 # speaker: 李阿姨 # mood: upset
  -> hall
* (blame) [阿姨，我们这位柜员刚来不久，没给您解释清楚，您别跟她计较，有什么我来跟您说。 # score: one-voice -3, mind-the-hall -1 # why: 当着客户和全厅把责任推到柜员身上，阿姨听到的是“你们自己人都说不清”，柜员也下不来台；对客户只有一个声音，主管要把问题接过来，而不是往同事身上推。]
  ~ trust -= 20
  ~ crowd += 5
  主管，我……我刚才是照兑换说明讲的。 # speaker: 柜员
  你看，你们自己人都说不到一块儿去，还说没骗我？ # speaker: 李阿姨 # mood: suspicious
  你请李阿姨到会客室坐下说，她一路上都没给你好脸色。
  -> hall
* (not_ours) [阿姨，积分活动是总行统一定的，我们网点做不了主，您打客服热线问最清楚。 # score: own-the-problem -2, say-what-you-can-do -2 # redline: turn-away # why: 刚出面就把阿姨推给热线，等于告诉她找你也没用；她的意见网点就能登记、能往上反映，主管出面是来担当和聆听的，不是来撇清的。]
  ~ trust -= 20
  ~ crowd += 10
  做不了主？做不了主你出来干什么！ # speaker: 李阿姨 # mood: angry # sfx: murmur
  -> walked_out

=== hall ===
// 课件未写，本处为编写：离开大厅前，照顾排队的客户和2号窗口
你陪李阿姨往会客室走。2号窗口的柜员还红着眼圈，叫号屏上的号好一会儿没动，排队的客户都在往这边看。
大堂经理小周站在叫号机旁，看着你，等你交代。
* (hand_over) [小周，麻烦你开一下3号窗口，再跟排队的客户说声让大家久等了。阿姨，您这边请。 # score: mind-the-hall +2, fair-to-all +1 # why: 先把阿姨请离大厅，再把大厅交给同事：开窗口分流、向排队的客户致歉。一位客户的风波不耽误其他客户，2号窗口的柜员也能缓一缓。]
  ~ trust += 15
  ~ crowd -= 25
  好的。 # speaker: 大堂经理
  让大家久等了，3号窗口现在也可以办理，请拿好号票，按叫号顺序过去。 # speaker: 大堂经理 # sfx: chime
  排队的客户松了口气，大厅里渐渐安静下来。 # sfx: relief
* (announce) [（转身对大厅）各位，不好意思，这位阿姨对积分有点误会，我们马上处理好，请大家别受影响。 # score: dont-judge -2 # why: 照顾大厅没错，可当着阿姨的面对全厅说她“有误会”，等于当众给她下了结论；给大家一个交代，不能拿客户来交代。]
  ~ trust -= 10
  ~ crowd -= 10
  什么叫我有误会？ # speaker: 李阿姨 # mood: angry
  李阿姨站住脚，又回头冲大厅嚷了两句，你好说歹说才把她劝进会客室。
* (straight) [（大厅有柜员照常叫号，不必再惊动其他客户，直接陪阿姨去会客室，让大厅自己慢慢恢复） # score: mind-the-hall -2 # why: 阿姨请走了，可刚看完一场争执的客户还在排队，2号窗口的柜员也没缓过来，没有人跟他们说一声；顾及大厅，就要照顾排队等候的客户。]
  ~ trust -= 10
  ~ crowd += 10
  身后，排队的客户还在议论，2号窗口的柜员手有点抖，叫号慢了下来。 # sfx: murmur
- -> meeting_room

=== meeting_room ===
会客室里安静多了。你给李阿姨倒了杯热茶，请她在沙发上坐下。 # walk: meeting-room
李阿姨捧着茶杯，脸色还是很难看。 # mood: upset
* (explain_first) [阿姨，您先别急，我把积分怎么攒、怎么换给您讲一讲，您听完就明白了。 # score: listen-first -2 # why: 刚坐下就急着解释，阿姨的气还没出完，什么也听不进去；客户需要更多的是聆听，而不是解释。]
  ~ trust -= 10
  你看看，又来了！你们就会讲规定，我的话谁听过？ # speaker: 李阿姨 # mood: angry
  你停下来，请她先说。
* (check_first) [阿姨，我先用电脑把您的积分明细调出来，咱们对着记录，一条一条地看。 # score: listen-first -1 # why: 想查清楚是好的，可阿姨一肚子话还没说，你先低头看电脑，她会觉得又没人听她说；先聆听安抚，再核查。]
  ~ trust -= 5
  查什么查，我有多少分我自己不知道？你先听我说！ # speaker: 李阿姨 # mood: upset
* (hear) [阿姨，您先喝口茶，慢慢说。这事到底是怎么回事，您从头跟我讲讲。 # score: listen-first +3 # why: 先让阿姨坐稳、喝口茶，再请她把经过讲出来；客户需要更多的是聆听，聆听安抚，可得其心。]
  ~ trust += 15
  李阿姨喝了口茶，长长出了一口气。
- // 课件未写，本处为编写：阿姨讲述的经过
我在你们这儿存了好些年的钱了。前些天听人说积分能换礼品，今天特地来问问。 # speaker: 李阿姨
一问才知道，10000分才换个杯子！我攒了这么些年，就值一个杯子？ # speaker: 李阿姨 # mood: angry
我问窗口那姑娘，她也讲不出个所以然，倒好像我是来找茬的。 # speaker: 李阿姨
我也不是稀罕那个杯子，我就是觉得你们拿我们老年人当傻子哄。 # speaker: 李阿姨 # mood: upset
{hall_boil: -> closing | -> feeling}

=== feeling ===
// 课件未写，本处为编写：先认同感受
* (not_lost) [阿姨，积分是存款之外额外送的，不是利息，您的存款一分钱也没少。 # score: listen-first -1, mind-how-you-say-it -1 # why: 阿姨说的是心里的委屈，你回的是她吃没吃亏，等于替银行辩护；客户需要更多的是聆听，而不是解释。]
  ~ trust -= 10
  你看，说来说去还是我不对。 # speaker: 李阿姨 # mood: upset
* (feel) [阿姨，我明白了。您攒了这么些年，最后只够换个杯子，换了谁心里都不舒服。 # score: listen-first +2, mind-how-you-say-it +1 # why: 先认同阿姨的感受，再谈事情；她要的是有人把她的话当回事，了解客户的心理需求，才能因势利导。]
  ~ trust += 15
  可不是嘛！我就是咽不下这口气。 # speaker: 李阿姨 # mood: neutral
  李阿姨的语气缓下来了，手里的茶杯也不再攥得那么紧。
* (own_pocket) [阿姨，您别生气了，杯子我自己掏钱给您买个好点的，这事咱们就别再提了，好吗？ # score: principled-not-pushover -3, mind-how-you-say-it -1 # redline: pay-to-quiet # why: 员工自掏腰包“花钱消灾”，阿姨反而觉得你在堵她的嘴；她要的是一个说法。卓越服务不等于无原则的迁就，比妥协更好的办法是用心。]
  ~ trust -= 20
  你这是拿东西堵我的嘴？我是来要东西的吗？我要的是个说法！ # speaker: 李阿姨 # mood: angry
  -> walked_out
- -> explain

=== explain ===
// 课件未写，本处为编写：用大白话讲清积分，并陪客户一起查
那你说说，这积分到底是怎么回事？ # speaker: 李阿姨
* (plain) [阿姨，我用大白话给您讲讲积分怎么来、怎么换，再陪您把积分一笔一笔查一遍。 # score: plain-language +2, find-a-way +1 # why: 阿姨的气顺了再解释，而且不替银行辩护，只把道理讲明白、陪她一起查，她自己就看懂了；你是专家，客户不是。]
  ~ trust += 15
  你拿来积分兑换说明，用大白话一条一条讲给她听：积分从哪儿来，在哪儿能查，换什么要多少分。
  又用会客室的电脑帮她查了积分，一笔一笔对给她看。
  哦，原来这积分是这么来的。早有人这么跟我说，我也不至于在大厅里嚷。 # speaker: 李阿姨 # mood: calm # sfx: relief
* (fine_print) [阿姨，积分怎么攒、怎么换，都以活动细则为准，宣传折页上写着，您拿回去慢慢看。 # score: plain-language -2 # why: 一句“以细则为准”把阿姨推回给一张折页，她还是不明白；你是专家，客户不是，要用她听得懂的话讲。]
  ~ trust -= 10
  什么细则不细则的，那么小的字我哪看得清。 # speaker: 李阿姨 # mood: upset
* (exception) [阿姨，我去跟分行申请一下，看能不能给您破个例，少扣点分换个好点的礼品。 # score: principled-not-pushover -1, keep-your-word -1 # redline: promise-to-pay # why: 为了让阿姨消气，许下一个自己做不了主的“破例”，是在压力下许补偿；兑换标准对所有客户一样，许出去的话收不回来。承诺过的言语就成为客户对我们的要求。]
  ~ trust -= 10
  那你可得说话算话。 # speaker: 李阿姨 # mood: suspicious
- -> closing

=== closing ===
// 课件未写，本处为编写：收尾。登记、上报、回访是本项目补写的做法
李阿姨端起茶杯，又放下，看着你，等你的下文。
* (cant_change) [阿姨，兑换标准是总行统一定的，我们网点改不了，您也别再为这事生气了。 # score: say-what-you-can-do -2, own-the-problem -2 # why: 一句“改不了”把阿姨的意见直接挡了回去；不要对客户直接说“不”，要告诉她我们能为她做什么：把意见登记下来、反映上去。]
  ~ trust -= 20
  李阿姨愣了一下，把茶杯放回桌上。 # mood: upset
* (hotline) [阿姨，您要是对积分活动还有意见，可以打客服热线反映，那边专门受理投诉。 # score: own-the-problem -2, say-what-you-can-do -1 # redline: turn-away # why: 听了半天，最后把阿姨推给热线，前面的聆听就白费了；她的意见网点当场就能登记、上报，第一个接到问题的人要负责到底。]
  ~ trust -= 15
  我跟你说了半天，你又让我去打电话？ # speaker: 李阿姨 # mood: angry
  -> walked_out
* (mention) [阿姨，您这意见我记住了，回头开会的时候我跟行领导提一提，您就放心吧。 # score: own-the-problem -2, keep-your-word -2 # why: 话说得客气，可意见没有登记，也没说什么时候给她回音，“提一提”全凭记性；承诺过的言语就成为客户对我们的要求，要落到登记、上报、回访上。]
  ~ trust -= 20
  李阿姨看了你一眼，没有接话。 # mood: neutral
* (register) [阿姨，您的意见我给您登记下来，今天就往上反映，有了答复我给您打电话。 # score: own-the-problem +2, say-what-you-can-do +1 # why: 不替规则辩护，也不乱许诺：把阿姨的意见登记下来、报上去，再打电话给她回音，她知道自己的话有人管；聆听安抚，可得其心。]
  ~ trust += 15
  // 课件未写，本处为编写；具体做法请本行运营/合规部门确认：当面登记客户意见，留下联系电话
  你拿出客户意见登记簿，当着她的面把意见一条一条记下来。
  阿姨，我念一遍，您听听记得对不对？电话就留这个号，是吧？ # speaker: 营业厅主管
  李阿姨凑过来看了看，点了点头。
- -> finale

=== finale ===
// 课件未写，本处为编写：以下结局。信任和得分同步（见文件开头的说明）
{
- opening.hush || hall_heated.rule:
  -> walked_out
- explain.exception:
  -> broken_promise
- closing.register && trust >= 100:
  -> heart_won
- trust >= 30:
  -> calmed
- else:
  -> walked_out
}

=== heart_won ===
行，有你这句话，我心里就舒坦多了。 # speaker: 李阿姨 # mood: calm
你送李阿姨出了会客室。
经过2号窗口时，李阿姨停下来，冲那位年轻柜员点了点头。 # walk: counter-2 # mood: pleased
姑娘，刚才冲你嚷了几句，别往心里去。 # speaker: 李阿姨
没事的阿姨，您慢走。 # speaker: 柜员
{
- hall.hand_over:
  3号窗口已经开了，大厅里井然有序，刚才的争执像没发生过一样。 # walk: entrance
- else:
  大厅里还有几位客户朝这边看，你一直把李阿姨送到门口。 # walk: entrance
}
今天要不是你把我请进去听我说，我这口气还真咽不下去。下回我还来你们这儿。 # speaker: 李阿姨
// 课件未写，本处为编写；具体做法请本行运营/合规部门确认：意见上报后按登记的电话回访
当天，你把李阿姨的意见报了上去。过了几天，你照登记的号码给她回了电话，把上面的答复原原本本告诉了她。
你们还真记着呢。 # speaker: 李阿姨
一杯茶的工夫，李阿姨的气消了，话也说开了。 # ending: heart-won 一杯茶，气消了 # band: A
-> END

=== calmed ===
{
- closing.cant_change:
  改不了就改不了吧，反正说了也白说。 # speaker: 李阿姨 # mood: upset
  她起身走了。她的意见被一句“改不了”挡了回去，也没有人记下来。 # walk: entrance
- closing.mention:
  行吧，那我就等你的信儿。 # speaker: 李阿姨 # mood: neutral
  她起身走了。她的意见记没记下、报没报上去，什么时候有个回音，她心里都没底。 # walk: entrance
- else:
  {
  - hall_heated:
    今天这事算是说开了。可刚才在大厅里，我喊了那么半天，你们早干什么去了？ # speaker: 李阿姨 # mood: neutral
  - else:
    行吧，话是说开了，可这心里头还是不大痛快。 # speaker: 李阿姨 # mood: neutral
  }
  李阿姨起身时还叹了口气。 # walk: entrance
  // 课件未写，本处为编写；具体做法请本行运营/合规部门确认：意见上报后按登记的电话回访
  过了几天，你照登记的号码给她回了电话，把上面的答复告诉了她。她听完，只说了句“知道了”。
}
她走出营业厅时，几位刚才看热闹的客户还在小声议论。 # sfx: murmur
事情平息了，可李阿姨心里的那个结，还没有完全解开。 # ending: calmed 气消了，心结还在 # band: B-C
-> END

=== broken_promise ===
// 课件未写，本处为编写：许下做不了主的“破例”之后
{
- closing.register:
  你把李阿姨的意见和“申请破例”的事一起登记下来，报了上去。
- closing.cant_change:
  李阿姨没弄明白，你刚说要去申请破例，怎么又说改不了。她走的时候，还是回头叮嘱了一句：破例的事，你可别忘了。 # walk: entrance
- else:
  李阿姨走的时候，还特意回头叮嘱了一句：破例的事，你可别忘了。 # walk: entrance
}
过了几天，分行答复：积分兑换按统一标准办，不能单给哪一位客户破例。
你拨通李阿姨的电话，把话说了。电话那头沉默了好一会儿。
~ trust = 20
你们当主管的说话，就这么不算数？ # speaker: 李阿姨 # mood: angry
那天的一杯茶算是白喝了：一句做不了主的许诺，比一句“改不了”更伤人。 # ending: broken-promise 许出去的话收不回 # band: C-D
-> END

=== walked_out ===
// 阿姨带着气走了：不论前面信任攒到多少，走的时候都所剩无几
{ trust > 15:
  ~ trust = 15
}
{
- invite.not_ours:
  算了，跟你们说不通。 # speaker: 李阿姨 # mood: angry
  李阿姨拎起包，头也不回地走出了营业厅。 # walk: entrance # sfx: door
  她的话没有人听完，她的意见也没有人管。
- feeling.own_pocket:
  你的钱我不要，杯子我也不要了。 # speaker: 李阿姨 # mood: angry
  李阿姨把茶杯一推，拎起包走出了营业厅。 # walk: entrance # sfx: door
  她要的是个说法，你却想拿一个杯子把这事压下去。
- closing.hotline:
  行，我打电话去，连今天这事一块儿说。 # speaker: 李阿姨 # mood: angry
  李阿姨拎起包走出了营业厅。 # walk: entrance # sfx: door
  她在会客室里说的那些话，最后没有一句被记下来。
- opening.hush || hall_heated.rule:
  {closing.register:意见你记下了，这个我认。}{closing.cant_change:改不了就改不了吧。}{closing.mention:你说去提一提，那就提吧。}可刚才当着一屋子人{opening.hush:叫我小点声|拿规定压我}，这个脸我丢不起。 # speaker: 李阿姨 # mood: upset
  以后我不来你们这儿了。 # speaker: 李阿姨
  李阿姨拎起包走出了营业厅。 # walk: entrance # sfx: door
  大厅里当众的那一句，后面怎么补都补不回来。
- else:
  {
  - closing.register:
    登记就登记吧，我也不指望什么了。今天这一趟，算是受够了。 # speaker: 李阿姨 # mood: upset
  - closing.cant_change:
    改不了就改不了，反正说了也白说。跟你们是说不通。 # speaker: 李阿姨 # mood: angry
  - else:
    提一提？行吧，我也不指望了。跟你们是说不通。 # speaker: 李阿姨 # mood: angry
  }
  李阿姨拎起包，头也不回地走出了营业厅。 # walk: entrance # sfx: door
  那杯茶她没再碰。话是说出来了，可这一路她听到的，多半是辩解和推托。
}
{closing.register:
  // 课件未写，本处为编写；具体做法请本行运营/合规部门确认：意见照样上报、按登记的电话回访
  你还是把她的意见报了上去，过了几天照登记的号码回了电话。李阿姨听完，只“嗯”了一声。
}
这一趟，李阿姨是憋着一肚子气走的。 # ending: walked-out 憋着气走了 # band: C-D
-> END
