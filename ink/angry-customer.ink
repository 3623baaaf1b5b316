# case: angry-customer
# title: 客户在营业厅争吵怎么办
# number: 4
# principles: listen-first, mind-how-you-say-it
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
// 学员扮演营业厅主管。课件的不当处理：柜员否认“我们没有骗您”，全厅员工低头不语，阿姨愈加火冒三丈。
// 课件的示范处理：主管主动上前，自我介绍，承认“有我们没解释好的地方”，请阿姨到会客室喝茶慢慢聊。
// 会客室里的聆听、解释和收尾，课件没有写，见下文“课件未写”的标注。

~ trust = 20
~ crowd = 40
-> opening

=== opening ===
上午十点多，营业厅里正是人多的时候，叫号机前排着队，休息区也坐满了人。
你正在主管台核对报表，2号窗口那边忽然响起拍柜台的声音。 # walk: counter-2 # mood: angry
你们这家银行就会骗人，积10000分才可换个杯子！ # speaker: 李阿姨 # sfx: tension
2号窗口的年轻柜员涨红了脸，攥着笔，一时不知道怎么接话。
大厅里的客户纷纷转过头来，有人已经站起身往这边看。 # sfx: murmur
* [阿姨，我们没有骗您。积分换什么礼品，兑换说明上都写得清清楚楚。 # score: listen-first -3, mind-how-you-say-it -2 # why: 还没听阿姨说一句就当众否认，等于说她无理取闹，只会火上浇油；课件里“阿姨我们没有骗您”正是激怒她的那句话。]
  ~ trust -= 15
  ~ crowd += 15
  没骗？窗口那丫头也是这么说的！你们一个个都护着自己人。 # speaker: 李阿姨 # mood: angry
  你们大家来评评理，都不要把钱存这里！ # speaker: 李阿姨 # sfx: murmur
  -> hall_heated
* [（主动上前）阿姨，您好！我是营业厅主管，这件事中一定是有些误会，有我们没解释好的地方，我来帮您处理好吗？ # score: listen-first +3, mind-how-you-say-it +3 # why: 这是课件的示范：主管不等人叫就上前，先报身份，再承认“有我们没解释好的地方”，阿姨的火气有了去处，柜员也解了围。]
  ~ trust += 20
  ~ crowd -= 10
  李阿姨转过身来，上下打量了你一眼。 # mood: upset
  -> invite
* [（留在主管台后面，让2号窗口的柜员自己应付） # score: listen-first -3, attend-warmly -3 # why: 这正是课件里的不当处理：主管不出面，柜员只能否认，全厅没人理会阿姨，她愈加火冒三丈；冷漠是赶走客户的利器。]
  ~ trust -= 10
  ~ crowd += 15
  阿姨，我们没有骗您。 # speaker: 柜员
  你这丫头就会骗人，你们大家来评评理，都不要把钱存这里。 # speaker: 李阿姨 # mood: angry # sfx: murmur
  营业厅里的员工都被阿姨的大声指责吓得不敢说话，低头处理手中的业务。
  -> hall_heated
* [阿姨，您先别嚷，小点声说，这么多客户都在办业务呢。 # score: listen-first -2, mind-how-you-say-it -2 # why: 当着全厅让阿姨“小点声”，她只听出嫌她丢人、不想听她说；先安抚、后讲秩序，言语柔和才能使其消怒。]
  ~ trust -= 10
  ~ crowd += 10
  我小点声？你们骗了人，还不许我说了？ # speaker: 李阿姨 # mood: angry
  你们大家来评评理，都不要把钱存这里！ # speaker: 李阿姨 # sfx: murmur
  -> hall_heated

=== hall_heated ===
排队的客户交头接耳，有人皱着眉看表，有人干脆拿出手机对着2号窗口。
一大早就吵成这样，还让不让人办业务了？ # speaker: 排队的客户
李阿姨的声音更高了，2号窗口的柜员眼圈已经红了。 # mood: angry
* [阿姨，10000分换杯子是积分活动的规定，对所有客户都一样，不是针对您。 # score: listen-first -2, mind-how-you-say-it -1 # why: 话说得不算难听，但在大厅里当众讲规定，是在和阿姨辩输赢；她要的是有人听她说，而不是解释。]
  ~ trust -= 10
  ~ crowd += 15
  规定规定，就会拿规定压人！10000分就值一个杯子，这不是骗人是什么？ # speaker: 李阿姨 # mood: angry
  -> hall_boil
* [（低下头继续处理手上的业务，等她自己消气） # score: listen-first -3, attend-warmly -3 # why: 课件里的不当处理：营业厅人员都低头办业务，阿姨见没有人理会她，愈加火冒三丈，其他客户也对营业厅的秩序非常不满。]
  ~ trust -= 10
  ~ crowd += 20
  阿姨见没有人理会她，愈加火冒三丈，一巴掌拍在柜台上。
  -> hall_boil
* [（快步上前）阿姨，您好！我是营业厅主管，一定是有些误会，有我们没解释好的地方，我来帮您处理好吗？ # score: listen-first +3, mind-how-you-say-it +3 # why: 晚了一步，但仍是课件的示范做法：主管主动出面、自我介绍、先承认我们有没解释好的地方，把争执从柜员身上接过来。]
  ~ trust += 10
  ~ crowd -= 10
  李阿姨喘着气停下来，狐疑地看着你。 # mood: suspicious
  -> invite
* [阿姨，您这样嚷嚷，后面的客户都没法办业务了。 # score: listen-first -2, mind-how-you-say-it -2 # why: 拿其他客户来压阿姨，她听到的是指责；言语柔和才能使其消怒，先把人安抚下来，秩序自然就回来了。]
  ~ trust -= 10
  ~ crowd += 10
  嫌我嚷？你们骗人的时候怎么不嫌丢人！ # speaker: 李阿姨 # mood: angry
  -> hall_boil

=== hall_boil ===
你们管不管啊？我们还办不办业务了！ # speaker: 排队的客户 # sfx: murmur
她说得也不是没道理，这积分确实没什么用。 # speaker: 另一位客户
前来办业务的客户对营业厅的秩序非常不满，叫号机前已经有人拿着号票往外走。
* [阿姨，您再这样闹，我只能请保安过来维持秩序了。 # score: listen-first -3, mind-how-you-say-it -2 # why: 用保安吓唬一位年长的客户，当着全厅把她推到对立面；客户需要的是聆听，而不是被压下去。]
  ~ trust -= 15
  ~ crowd += 15
  叫保安？好啊，让大家都看看，你们银行就是这么对老百姓的！ # speaker: 李阿姨 # mood: angry # sfx: tension
  -> hall_uproar
* [（快步上前）阿姨，您好！我是营业厅主管，一定是有些误会，有我们没解释好的地方，我陪您到会客室慢慢说好吗？ # score: listen-first +3, mind-how-you-say-it +2 # why: 再晚也要出面：主管主动上前、承认我们有没解释好的地方，并把阿姨请离大厅，这是课件示范的做法，只是全厅已经看了半天热闹。]
  ~ trust += 10
  ~ crowd -= 10
  李阿姨喘着气停下来，狐疑地看着你。 # mood: suspicious
  -> invite
* [（只向排队的客户赔笑说“马上就好”，对李阿姨仍不理不睬） # score: listen-first -3, attend-warmly -3 # why: 仍是课件里的不当处理：没有人理会阿姨，她只会更火，排队的客户也看在眼里；冷漠是赶走客户的利器。]
  ~ trust -= 15
  ~ crowd += 20
  好啊，都不理我是吧！ # speaker: 李阿姨 # mood: angry # sfx: tension
  -> hall_uproar

=== hall_uproar ===
// 课件未写，本处为编写：课件只写到阿姨愈加火冒三丈、客户不满，阿姨离开的结局为编写
我回头就把钱都取出来！你们大家也都别把钱存这里了！ # speaker: 李阿姨
她把存折往包里一塞，头也不回地走出了营业厅。 # walk: entrance # sfx: door
排队的客户摇着头议论，有位先生把号票揉成一团，也跟着走了。 # sfx: murmur
2号窗口的柜员低着头，半天没抬起来。
从头到尾，没有一个人听李阿姨把话说完。 # ending: hall-uproar 不欢而散
-> END

=== invite ===
{hall_heated:
  现在才出来？刚才我嚷了半天，你们一个个都装没听见。 # speaker: 李阿姨
}
你是主管，我正好找你来评理。 # speaker: 李阿姨
* [好，阿姨您说，我就在这儿听着。 # score: listen-first +1, mind-how-you-say-it +1 # why: 愿意听是对的，但在柜台前当着全厅听，阿姨越说越激动，后面排队的客户也跟着着急；课件的做法是先把阿姨请离大厅。]
  ~ trust += 5
  ~ crowd += 10
  李阿姨当着一屋子人，把积分的事从头说了一遍，越说声音越大。 # mood: angry
  还要说多久啊？后面的人都等着呢。 # speaker: 排队的客户 # sfx: murmur
  你这才请李阿姨到会客室坐下说，她一路上还在数落。 # walk: meeting-room
  ~ crowd -= 15
  -> meeting_room
* [好的，我一定帮阿姨解决。阿姨，我陪您到会客室慢慢聊，我给您倒杯茶。 # score: listen-first +3, mind-how-you-say-it +2 # why: 课件的示范原话：先答应帮她解决，再把她从众目睽睽的大厅请到会客室，一杯茶让她先坐下来、缓口气。]
  ~ trust += 15
  ~ crowd -= 25
  好，去就去，我倒要听听你怎么说。 # speaker: 李阿姨 # mood: upset # walk: meeting-room
  你陪着李阿姨穿过大厅走进会客室。排队的客户收回了目光，大厅里渐渐安静下来。
  -> meeting_room
* [阿姨，这个积分活动是上面统一定的，我们网点也做不了主。 # score: listen-first -2, mind-how-you-say-it -1, own-the-problem -2 # why: 刚出面就把责任推给上面，等于告诉阿姨找你也没用；主管出面是来担当和聆听的，不是来撇清的。]
  ~ trust -= 15
  ~ crowd += 10
  做不了主？做不了主你出来干什么！ # speaker: 李阿姨 # mood: angry # sfx: murmur
  -> walked_out

=== meeting_room ===
会客室里安静多了。你给李阿姨倒了杯热茶，请她在沙发上坐下。
李阿姨捧着茶杯，脸色还是很难看。 # mood: upset
* [阿姨，我先给您把积分规则讲一讲，您听完就明白了。 # score: listen-first -2 # why: 刚坐下就急着解释，阿姨的气还没出完，什么也听不进去；客户需要更多的是聆听，而不是解释。]
  ~ trust -= 5
  你看看，又来了！你们就会讲规定，我的话谁听过？ # speaker: 李阿姨 # mood: angry
  你停下来，请她先说。
* [阿姨，有话好好说，您刚才在大厅里那么喊，影响多不好。 # score: listen-first -2, mind-how-you-say-it -3 # why: 进了会客室还在数落阿姨，她会觉得被请进来是为了挨训；言语柔和，使其消怒，而不是秋后算账。]
  ~ trust -= 15
  我影响不好？你们骗人影响就好？ # speaker: 李阿姨 # mood: angry
  她把茶杯往桌上一放，茶水溅了出来。你连忙道歉，请她慢慢说。
* [阿姨，您先喝口茶，慢慢说。这事到底是怎么回事？我仔细听着。 # score: listen-first +3, mind-how-you-say-it +1 # why: 先让阿姨坐稳、喝口茶，再请她把经过讲出来；客户需要更多的是聆听，聆听安抚，可得其心。]
  ~ trust += 10
  李阿姨喝了口茶，长长出了一口气。
- // 课件未写，本处为编写：阿姨讲述的经过
我在你们这儿存了好些年的钱了。前些天听人说积分能换礼品，今天特地来问问。 # speaker: 李阿姨
一问才知道，10000分才换个杯子！我攒了这么些年，就值一个杯子？ # speaker: 李阿姨 # mood: angry
我问窗口那姑娘，她也讲不出个所以然，倒好像我是来找茬的。 # speaker: 李阿姨
我也不是稀罕那个杯子，我就是觉得你们拿我们老年人当傻子哄。 # speaker: 李阿姨 # mood: upset
-> feeling

=== feeling ===
// 课件未写，本处为编写：先认同感受
* [阿姨，积分活动本来就是额外回馈，又不是存款利息，您也没吃什么亏。 # score: listen-first -2, mind-how-you-say-it -2 # why: 阿姨说的是心里的委屈，你回的是谁吃没吃亏，等于替银行辩护；客户需要聆听，而不是解释。]
  ~ trust -= 10
  你看，说来说去还是我不对。 # speaker: 李阿姨 # mood: upset
* [阿姨，我明白了。您攒了这么久，最后发现只够换个杯子，换谁心里都不舒服。 # score: listen-first +3, mind-how-you-say-it +2 # why: 先接住阿姨的感受，再谈事情；她需要的是被当回事、被尊重，了解客户的心理需求才能因势利导。]
  ~ trust += 10
  可不是嘛！我就是咽不下这口气。 # speaker: 李阿姨 # mood: neutral
  李阿姨的语气缓下来了，手里的茶杯也不再攥得那么紧。
* [阿姨，您别生气了，我自己出钱给您买份好点的礼品，这事就算了吧。 # score: principled-not-pushover -2, listen-first -1 # why: 想花钱把事情压下去，阿姨反而觉得你在堵她的嘴；她要的是一个说法，比妥协更好的办法是用心。]
  ~ trust -= 5
  你这是拿东西堵我的嘴？我是来要东西的吗？我要的是个说法。 # speaker: 李阿姨 # mood: suspicious
- -> explain

=== explain ===
// 课件未写，本处为编写：用大白话讲清积分，并陪客户一起查
* [阿姨，我用大白话跟您讲讲这积分怎么攒、怎么换，再陪您一起查查您的积分，好吗？ # score: plain-language +2, listen-first +1, mind-how-you-say-it +1 # why: 阿姨的气顺了再解释，而且不替银行辩护，只把道理讲明白、陪她一起查，她自己就看懂了。]
  ~ trust += 10
  你拿来积分兑换说明，用大白话一条一条讲给她听：积分从哪儿来，在哪儿能查，换什么要多少分。
  又用会客室的电脑帮她查了积分，一笔一笔对给她看。
  哦，原来这积分是这么来的。早有人这么跟我说，我也不至于在大厅里嚷。 # speaker: 李阿姨 # mood: calm # sfx: relief
* [积分的累积和兑换以活动细则为准，细则在宣传折页上，您回去可以看看。 # score: plain-language -2, mind-how-you-say-it -1 # why: 一句“以细则为准”把阿姨推回给一张折页，她还是不明白；你是专家，客户不是，要用她听得懂的话讲。]
  ~ trust -= 5
  什么细则不细则的，那么小的字我哪看得清。 # speaker: 李阿姨 # mood: upset
* [阿姨，觉得不划算的话，您不换就是了。 # score: listen-first -2, mind-how-you-say-it -2 # why: 话里透着“爱换不换”，阿姨刚压下去的火又会冒上来；客户更在乎你怎么说。]
  ~ trust -= 10
  我不换？我攒这些积分是为了什么？ # speaker: 李阿姨 # mood: angry
- -> closing

=== closing ===
// 课件未写，本处为编写：收尾，把意见反映上去
李阿姨端起茶杯，又放下，看着你，等你的下文。
* [您要是还不满意，可以打客服热线投诉，号码在门口贴着。 # score: own-the-problem -2 # why: 听了半天，最后把阿姨推给热线，前面的聆听就白费了；阿姨的意见应由你接下来、反映上去。]
  ~ trust -= 5
  我跟你说了半天，你又让我去打电话？ # speaker: 李阿姨 # mood: suspicious
* [规则是统一定的，改不了，您也别再为这事生气了。 # score: listen-first -2, mind-how-you-say-it -1 # why: 一句“改不了”把阿姨的意见直接挡了回去；她要的是有人把她的话当回事。]
  ~ trust -= 10
  改不了就改不了吧，反正说了也白说。 # speaker: 李阿姨 # mood: upset
* [阿姨，您嫌换得太少，这个意见很实在，我会如实往上反映。以后积分上有不明白的，您直接来找我。 # score: listen-first +2, own-the-problem +1 # why: 不替规则辩护，也不乱许诺，只把阿姨的意见接下来、反映上去，并留下自己这个找得到的人；聆听安抚，可得其心。]
  ~ trust += 10
  你当着她的面，把她的意见一条一条记在本子上。
  行，有你这句话，我心里就舒坦多了。 # speaker: 李阿姨 # mood: calm
- -> finale

=== finale ===
// 课件未写，本处为编写：以下三个结局
{
- trust >= 75 && crowd <= 10:
  -> heart_won
- trust >= 45:
  -> calmed
- else:
  -> walked_out
}

=== heart_won ===
你送李阿姨出了会客室。
经过2号窗口时，李阿姨停下来，冲那位年轻柜员点了点头。 # walk: counter-2 # mood: pleased
姑娘，刚才冲你嚷了几句，别往心里去。 # speaker: 李阿姨
~ crowd -= 5
你一直把她送到营业厅门口。大厅里井然有序，刚才的争执像没发生过一样。 # walk: entrance
今天要不是你把我请进去听我说，我这口气还真咽不下去。下回我还来你们这儿。 # speaker: 李阿姨
一杯茶的工夫，李阿姨的气消了，话也说开了。 # ending: heart-won 一杯茶，气消了
-> END

=== calmed ===
李阿姨的气消了大半，起身时却还叹了口气。 # mood: neutral
{hall_heated:
  今天这事算是说过了。可刚才在大厅里，我喊了那么半天，你们一个个都当没看见。 # speaker: 李阿姨
- else:
  行吧，今天就先这样，可这心里头还是不大痛快。 # speaker: 李阿姨
}
她走出营业厅时，几位刚才看热闹的客户还在小声议论。 # walk: entrance # sfx: murmur
事情平息了，可李阿姨心里的那个结，还没有完全解开。 # ending: calmed 气消了，心结还在
-> END

=== walked_out ===
算了，跟你们说不通。 # speaker: 李阿姨 # mood: angry
李阿姨拎起包，头也不回地走出了营业厅。 # walk: entrance # sfx: door
{meeting_room:
  那杯茶她没再碰。她把话都说出来了，可没有一句被真正接住。
- else:
  她的话没有人听完，她的意见也没有人接下来。
}
这一趟，李阿姨是憋着一肚子气走的。 # ending: walked-out 憋着气走了
-> END
