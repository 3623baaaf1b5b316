# case: demagnetised-card
# title: 客户不喜欢被判断
# number: 9
# origin: deck
# principles: dont-judge, find-a-way, plain-language, process-serves-customer, mind-how-you-say-it
# setting: manager-desk
# customer: 樊小姐
# look: young-woman
# role: 大堂经理
# meters: trust
# summary: 樊小姐的卡刷不出来，来营业厅问是怎么回事；卡一直和手机放在一起。
# essence: “客户要的是温暖的语言和帮助！”对错不是最重要的，如何解决和尽一切可能提供服务才是最重要的！
# advice: 本项目编写：先帮客户把问题解决了，再顺带提醒怎么避免；客户要的是帮助，不是一句“怨谁”。
INCLUDE common.ink

// 案例9〔情景九〕客户不喜欢被判断（课件 p38–p41；p39 是空白页，可能是图片）。
//
// 出自课件（p40）：大堂经理：“你有什么问题？”樊小姐：“请问一下，你们行的卡用不了，是什么问题呀？”
// 大堂经理：“是不是你自己的问题，操作不当或者其他什么问题。”樊小姐：“你怎么能说是我的问题，我在刷卡时用不了。”
// 大堂经理：“你肯定经常把卡与手机放在一起了。”樊小姐：“是的。”
// 大堂经理：“看来你的卡被消磁了，到那边填单台填写申请书，再排队到柜台重写磁条吧。”樊小姐：“真麻烦！”
// 大堂经理：“那怨谁啊，以后可要注意点，别又把卡与手机放在一起了！”樊小姐：……
// 这几句是课件的原话，选项里照录，所以保留了“你”。精髓（p41）逐字照录。
// 课件这个案例没有忠告：# advice: 是本项目按精髓编写的，复盘里标明“课件缺，本项目编写”。
//
// 课件没有“你可以做得更好的是”这一页：示范做法由本项目按精髓编写——先招呼、先问清在哪儿用不了，不先猜是谁的错；
// 陪她到自助机上由她本人插卡试一下，亲眼看到读不出来；用大白话讲清消磁是怎么回事，问她平时怎么放卡，问法是帮她找原因，不是定她的错；
// 申请书拿来陪她填、号替她取，不让她自己满厅跑；她嫌麻烦，先认下麻烦，再把“卡和手机分开放”当作提醒送给她。
// 课件的病根不在判断本身（她自己也说卡和手机放在一起），而在先问“是不是你自己的问题”、再数落“那怨谁啊”。
// 课件未写、由本项目编写的还有：下午的营业厅、她在商场刷卡的经过、自助机上试卡、手机壳、两处把客户打发走的说法，以及全部结局。
//
// 仪表 trust（客户信任，起点 50）：每个选项的信任变化 = 5 × 该选项分值，所以信任和得分同步（ink 里的变量可以超过 100，
// 显示时封顶在 100）。它决定结局：最后一句数落或敷衍的，结局回应那一句；其余按信任分：110 及以上（一路都做得好才到）是最好的结局，
// 60 及以上是“卡修好了，话不大中听”，再低是“卡修好了，人憋着气”。
// 两处把客户打发走（“换个地方再刷刷看”“改天有空再来办”）触碰“打发走客户”红线：卡今天就能在这里弄好。

~ trust = 50
-> opening

=== opening ===
// 课件未写，本处为编写：开场
下午两点多，营业厅里不算忙。你在大堂经理台边整理宣传折页。
一位年轻女士捏着一张银行卡走进来，四下看了看，皱着眉朝你走过来。 # walk: manager-desk # mood: upset # sfx: door
* (curt) [你有什么问题？ # score: mind-how-you-say-it -2 # why: 课件里大堂经理的原话。“你有什么问题”像是在问她出了什么毛病，一开口就先把人放在了有问题的位置上；客户要的是温暖的语言。]
  ~ trust -= 10
* (greet) [您好，请问有什么可以帮您？ # score: attend-warmly +1, mind-how-you-say-it +1 # why: 先开口招呼、先问能帮什么。她是带着问题来的，一句“帮您”就让她知道找对了人。]
  ~ trust += 10
* (ticket) [您好，办什么业务？先取个号吧。 # score: attend-warmly -2 # why: 客户还没开口，就先指去叫号机。大堂经理的活儿是先弄清她要什么，很多事根本不用排队。]
  ~ trust -= 10
  不是办业务，我就想问一句。 # speaker: 樊小姐
- 请问一下，你们行的卡用不了，是什么问题呀？ # speaker: 樊小姐
* (blame) [是不是你自己的问题，操作不当或者其他什么问题。 # score: dont-judge -3 # why: 课件里的不当处理：还什么都没问，先猜是她自己操作不当。卡出了毛病，她本来就着急，一上来就被“判断”成是她的错，她只会先顶回来。对错不是最重要的。]
  ~ trust -= 15
  你怎么能说是我的问题，我在刷卡时用不了。 # speaker: 樊小姐 # mood: angry
* (pin) [卡用不了一般是密码输错了，您是不是记错密码了？ # score: dont-judge -2 # why: 密码输错确实最常见，可她还没说在哪儿、怎么用不了，你就先替她下了结论，结论还是她弄错了。先问清情况，再找原因。]
  ~ trust -= 10
  密码没输错！刷卡的时候就读不出来，还没到输密码那步呢。 # speaker: 樊小姐 # mood: angry
* (where) [您别着急，是在哪儿用不了？刷卡的时候，还是取钱的时候？ # score: listen-first +2, dont-judge +1 # why: 先请她把情况说清楚，不猜、不定论，问的都是帮得上忙的事。客户要的是温暖的语言和帮助。]
  ~ trust += 15
  刚才在商场买东西，刷了两回，机器都说读不出来。 # speaker: 樊小姐 # mood: anxious
  东西还在人家柜台上放着呢。 # speaker: 樊小姐
* (counter) [这个得柜员来查，您先取个号吧，排到了让柜员帮您仔细看看。 # score: own-the-problem -2 # why: 听上去是按流程走，可卡刷不出来，大堂经理自己就能先看一看、问一问；让她排半天队再从头说一遍，是把问题往外推。]
  ~ trust -= 10
  排队？我就问一句，卡怎么刷不出来了？ # speaker: 樊小姐 # mood: upset
- -> check

=== check ===
她把卡往台面上一放。
* (phone_guess) [你肯定经常把卡与手机放在一起了。 # score: dont-judge -2, mind-how-you-say-it -1 # why: 课件里大堂经理的原话。猜得不一定错，可“你肯定”三个字是下结论，不是问情况；同样的原因，换成一句问话，客户听着就不是在挨批。]
  ~ trust -= 15
  是的。 # speaker: 樊小姐 # mood: upset
  -> fix
* (damage) [多半是磁条坏了，您这卡是不是折过、刮过？ # score: dont-judge -2 # why: 往磁条上想是对的，可“是不是折过、刮过”还是在问她是不是没爱惜卡。先查卡，再问原因，问的时候不带“是你弄坏的”意思。]
  ~ trust -= 10
  没折也没刮！我一直插在手机壳里，好好的。 # speaker: 樊小姐 # mood: angry
  -> fix
* (try_it) [我陪您到自助机上插卡试一下，看读不读得出来。 # score: find-a-way +2, own-the-problem +1 # why: 不猜，先让她试一试：在自助机上一试，读不读得出来一目了然。尽一切可能提供服务，比先论对错有用得多。]
  ~ trust += 15
  -> tried
* (elsewhere) [可能是商场那台机器不好，您换个地方再刷刷看？ # score: own-the-problem -2, find-a-way -1 # redline: turn-away # why: 把问题推给商场的机器，一句“换个地方刷刷看”，就把一个卡今天就能在这里弄好的客户打发走了；卡要是真有毛病，她还得再跑一趟。]
  ~ trust -= 15
  -> sent_away

=== tried ===
// 课件未写，本处为编写：在自助机上试卡
// 具体做法请本行运营/合规部门确认：大堂人员不代客户操作自助设备，由客户本人插卡
你陪她走到大厅的自助机前，她把卡插了进去。屏幕跳出一行字：无法读取卡片信息。 # walk: atm
换了一台，还是一样。她把卡退出来，你们一起走回大堂经理台。 # walk: manager-desk
怎么会这样？我这卡也没摔过、没折过啊。 # speaker: 樊小姐 # mood: anxious
* (jargon) [这种情况一般是磁条受了磁场干扰，低抗磁的卡更容易退磁。 # score: plain-language -2 # why: 说得专业，可“磁场干扰”“低抗磁”“退磁”她一句也听不懂，还是不知道该怎么办。你是专家，客户不是，要用她听得懂的话说。]
  ~ trust -= 10
  什么抗磁退磁的……那它还能不能用啊？ # speaker: 樊小姐 # mood: upset
* (phone_sure) [你肯定经常把卡与手机放在一起了。 # score: dont-judge -2, mind-how-you-say-it -1 # why: 课件里大堂经理的原话。卡在机器上试过了，原因也猜对了，可“你肯定”一出口，就成了给她下结论；换成一句问话，意思一样，她听着不一样。]
  ~ trust -= 15
  是的。 # speaker: 樊小姐 # mood: upset
* (skip) [怎么坏的先不管它，反正是读不出来了。 # score: plain-language -1 # why: 不纠缠对错是对的，可原因一句不讲，她回去照样把卡和手机放一块儿，过些日子还得再跑一趟。讲清原因，是帮她，不是怪她。]
  ~ trust -= 5
  那……还能弄好吗？ # speaker: 樊小姐 # mood: anxious
* (plain_ask) [卡跟手机放一块儿，磁条容易消磁。您平时是这么放吗？ # score: dont-judge +2, plain-language +1 # why: 先用大白话讲清是怎么回事，再问她平时怎么放；问的是原因，不是追究谁的错，她答起来不会觉得在挨批。]
  ~ trust += 15
  是啊，卡就插在手机壳后面，一直这么放的。原来是这样。 # speaker: 樊小姐 # mood: neutral
- -> fix

=== fix ===
// 课件：消磁的卡要到填单台填写申请书，再到柜台重写磁条。陪客户填单、替客户取号为本项目编写，具体做法请本行运营/合规部门确认。
* (walk_her) [是消磁了，重写一下磁条就好。申请书我拿来陪您填，号也替您取。 # score: process-serves-customer +2, find-a-way +1 # why: 告诉她能修好，再把该跑的腿替她跑了：申请书拿到她面前、陪着填，号替她取好。如何解决和尽一切可能提供服务才是最重要的。]
  ~ trust += 15
  // 课件未写，本处为编写；具体做法请本行运营/合规部门确认：重写磁条的申请书由客户本人填写签字，大堂经理可以在旁协助、替客户取号
  那太谢谢了。 # speaker: 樊小姐 # mood: neutral
  你从填单台拿来申请书，请她在大堂经理台边坐下，一栏一栏指给她填，又替她取了号。
  等叫号的工夫，樊小姐叹了口气。
  唉，就为这么一张卡，还得跑一趟银行，真麻烦。 # speaker: 樊小姐
* (deck_fix) [看来你的卡被消磁了，到那边填单台填写申请书，再排队到柜台重写磁条吧。 # score: process-serves-customer -2, mind-how-you-say-it -1 # why: 课件里大堂经理的原话。办法是对的，可一句话把她打发去填单台、再打发去排队，剩下的全让她自己跑；服务流程应服务于客户，能陪着办的就陪着办。]
  ~ trust -= 15
  真麻烦！ # speaker: 樊小姐 # mood: upset
* (later) [是消磁了，得到柜台重写磁条。您要是赶时间，改天有空再来办也行。 # score: their-urgency-first -2, process-serves-customer -1 # redline: turn-away # why: 像是替她着想，可大厅并不忙，卡今天就能弄好，却让她改天再跑一趟；她刚在商场刷不出卡，急的正是今天。]
  ~ trust -= 15
  -> come_back
- -> grumble

=== grumble ===
// 课件：樊小姐说“真麻烦！”，大堂经理答“那怨谁啊……”。其余三种应对为编写
* (minimize) [这也不算麻烦，填张单子的事，一会儿就能弄好。 # score: listen-first -2, mind-how-you-say-it -1 # why: 想让她宽心，可“这也不算麻烦”等于说她小题大做；她刚在商场当众刷不出卡，先认下她的麻烦，再说办法。]
  ~ trust -= 15
* (lecture) [那怨谁啊，以后可要注意点，别又把卡与手机放在一起了！ # score: dont-judge -3, mind-how-you-say-it -1 # why: 课件里的不当处理：问题解决了，最后还要再判一回“是谁的错”。提醒的内容没错，可“那怨谁啊”是在数落。对错不是最重要的，客户要的是温暖的语言和帮助。]
  ~ trust -= 20
  …… # speaker: 樊小姐 # mood: upset
  她张了张嘴，什么也没说。
* (rule) [重写磁条的手续就是这样，不管谁来都一样，我们这儿也没办法。 # score: rules-serve-people -2, say-what-you-can-do -1 # why: 手续确实如此，可她说的是麻烦，你回的是“没办法”，把她的话挡了回去；手续是一样的，陪着办、替她省事，是可以不一样的。]
  ~ trust -= 15
* (care) [是挺麻烦的，耽误您了。以后卡别跟手机、磁铁放一块儿就好。 # score: mind-how-you-say-it +2, dont-judge +1 # why: 先认下麻烦，再把原因变成一句提醒送给她：同样是“别和手机放一起”，这样说是关心，不是判决。]
  ~ trust += 15
- -> rewrite

=== rewrite ===
// 课件未写，本处为编写；具体做法请本行运营/合规部门确认：柜台重写磁条后当场试卡
{ fix.deck_fix:
  樊小姐自己去填单台填了申请书，又到叫号机取了号，回等候区坐着排队。 # walk: seats
- else:
  叫到她的号，你陪她到了柜台。 # walk: counter-1
}
柜员给她重写了磁条，又在机具上试了一下，能读出来了。 # walk: counter-1
-> finale

=== finale ===
// 课件未写，本处为编写：以下结局。先看最后一句（数落、敷衍），再按信任分。
{ grumble.lecture: -> speechless }
{ grumble.minimize || grumble.rule: -> brushed }
{ trust >= 110: -> warm_help }
{ trust >= 60: -> fixed_ok }
-> fixed_sore

=== warm_help ===
樊小姐把卡收进钱包，想了想，又从手机壳后面把两张会员卡也抽了出来。 # mood: pleased
以后我可记住了，卡和手机分开放。今天多亏你了。 # speaker: 樊小姐 # sfx: relief
她冲你摆摆手，走出了营业厅。 # walk: entrance # sfx: door
{opening.pin: 开头猜错了一回，后面再没让她挨一句“是谁的错”；|没有一句“是谁的错”，}卡修好了，原因她也记住了。 # ending: warm-help 卡修好了，心里也舒坦 # band: A
-> END

=== fixed_ok ===
樊小姐收好卡，说了声谢谢。 # mood: neutral
{
- check.phone_guess || tried.phone_sure:
  卡是修好了；可那句“你肯定经常把卡与手机放在一起了”，她听着像是在挨批。
- opening.blame || opening.pin || check.damage:
  卡是修好了；可一上来就被猜是她自己弄错了，她心里一直不大舒服。
- else:
  卡是修好了，只是中间有几句话，她听着不大舒服。
}
她走出了营业厅。 # walk: entrance # sfx: door
问题解决了，话却没全说到她心里去。 # ending: fixed-ok 卡修好了，话不大中听 # band: B-C
-> END

=== fixed_sore ===
樊小姐接过卡，没说话。 # mood: upset
{fix.deck_fix:填单、排队都是她自己跑的|事情是陪着她办的}，{opening.blame || opening.pin || check.damage || check.phone_guess || tried.phone_sure:可一上来，她就被猜是不是自己弄错了|可一路上的话，没几句是中听的}。
她走出营业厅的时候，脸色跟进门时差不多。 # walk: entrance # sfx: door
卡是修好了，人却是憋着气走的。 # ending: fixed-sore 卡修好了，人憋着气 # band: C-D
-> END

=== speechless ===
樊小姐接过卡，一句话也没说。 # mood: upset
{
- check.try_it && fix.walk_her:
  前面你帮她试了卡、陪她把事办了，最后一句“那怨谁啊”，把这些都抵掉了大半。
- fix.walk_her:
  前面你陪她把事办了，最后一句“那怨谁啊”，把这些都抵掉了大半。
- else:
  填单、排队都是她自己跑的，临走前还挨了一句“那怨谁啊”。
}
卡能用了，她拿着卡走出了营业厅，再没回头。 # walk: entrance # sfx: door
卡修好了，可最后这一句判决，她记住了。 # ending: speechless 最后一句“那怨谁啊” # band: B-D
-> END

=== brushed ===
{
- grumble.minimize:
  对你们是不算麻烦。 # speaker: 樊小姐 # mood: upset
- else:
  行吧，没办法就没办法。 # speaker: 樊小姐 # mood: upset
}
她拿着修好的卡走出了营业厅。 # walk: entrance # sfx: door
卡修好了，可她说麻烦的时候，你把话挡了回去。 # ending: brushed 一句“麻烦”被挡了回去 # band: B-D
-> END

=== sent_away ===
// 课件未写，本处为编写：客户被劝去别处再试
那……行吧，我再去试试。 # speaker: 樊小姐 # mood: neutral
她拿着卡走出了营业厅。 # walk: entrance # sfx: door
傍晚她又来了，脸色比下午那会儿难看得多。 # walk: manager-desk # mood: angry
换了三家店，都刷不出来。你们不是说是商场机器的问题吗？ # speaker: 樊小姐
卡今天本来就能在这里弄好，她却白跑了一趟。 # ending: sent-away 白跑一趟 # band: D
-> END

=== come_back ===
// 课件未写，本处为编写：客户被劝改天再来
改天？我哪天都得上班。 # speaker: 樊小姐 # mood: upset
……那算了，我改天再说吧。 # speaker: 樊小姐
她拿着那张刷不出来的卡走出了营业厅。 # walk: entrance # sfx: door
大厅并不忙，卡今天就能重写好，她却得带着一张刷不出来的卡回去。 # ending: come-back 卡没修，改天再来 # band: D
-> END
