# case: counterfeit-claim
# title: 客户称银行付了假钞怎么办
# number: 10
# origin: deck
# principles: principled-not-pushover, listen-first, dont-judge, mind-the-hall
# setting: manager-desk
# customer: 王先生
# look: man
# role: 营业厅主管
# meters: trust, compliance, crowd
# summary: 客户拿两张同号假钞说是取款机所出，在营业厅里嚷着要找媒体曝光
# essence: “爱是不喜欢不义，只喜欢真理”，卓越服务不等于无原则的迁就和认错，保持公正的立场，也是服务的一个层面！
# advice: 比妥协更好的办法是用心！
INCLUDE common.ink

// 案例10〔情景十〕客户称银行付了假钞怎么办（课件 p42–p47）。
// 课件中的客户未具名、未写性别。“王先生”这个称呼课件未写，本处为编写。
// 课件中的不当处理：主管当众争辩“你先别肯定是我们行取款机出的”，客户扬言找媒体曝光，
// 柜员建议“赔200元，息事宁人”，主管怕曝光，赔了200元了事。
// 课件中的示范处理（方法一）：引离营业厅安抚 → 请其讲述经过 → 假钞过机 → 一同回放取款录像
// → 请客户回忆取款后的经过（是否借款、小商店购物被调包等）。
// 方法二：发现欺诈迹象，建议向上级行及公安机关报案，一般客户自会主动离开。
//
// 课件没有写、由本项目补写的专业做法（均须本行运营/合规部门确认，文中不引任何条款编号）：
// 1. 机具确认的假币当着持有人的面收缴，出具收缴凭证，告知对收缴有异议可以申请鉴定；不交还持有人。
// 2. 客户扬言找媒体：照常登记，并报告上级行；不拿钱、不拿“私下解决”去换客户不声张。
// 3. 主管离开大厅前，请大堂经理照应排队的客户。
// 4. 回放录像时，按取款时间查对这台取款机那笔出钞的冠字号码记录。
//
// 仪表的后果：
// - compliance（合规）：许诺赔偿（-20）、员工垫钱（-20）、“私下解决不上报”（-45）、不开凭证私自扣下假币（-45）、
//   交还假币（-50）、赔钱（-50）。低于 60 即触碰“违反制度”红线（目录中的阈值）；查清了真相或客户自行离开的路径上，
//   合规低于 60 时结局改为“人走了，制度的口子开了”。
// - crowd（围观情绪）：大厅里争执得越久越高；超过 80 即“大厅失控”（目录中的阈值），
//   达到 60 以后大厅里的客户会围上来、帮腔、拍视频。
// - trust（客户信任）：查清真相时，信任不到 60（或先许过赔偿又收回、或大厅曾经失控）的客户不会释然，
//   只能到“查清了，客户仍有芥蒂”的结局；建议报案时信任不到 20 的客户会把“报案”听成怀疑他，摔门而去。

// 大厅里围观的人帮腔、拍视频（围观情绪超过 80）时记下：这样的大厅，事后查清了客户也难以释然。
VAR counterfeit_hall_lost = false

~ trust = 20
~ compliance = 100
~ crowd = 40
-> start

=== start ===
// 课件未写：客户的样子和到来的时刻，本处为编写。
星期一上午，叫号声一声接着一声，等候区的几排座椅都坐满了。 # sfx: murmur
一位中年男客户攥着几张钞票，径直走到主管台前。 # walk: manager-desk # mood: angry
你们取款机出假钱，你看怎么办吧！ # speaker: 王先生 # sfx: tension
他嗓门很大，排队的客户纷纷转过头来。 # sfx: murmur
* [什么时间取的，拿出来给我看一下，好吗？ # score: listen-first -1, mind-the-hall -1 # why: 课件中主管的原话。语气并不差，可就在大厅里、当着排队的客户追问事实，客户的火气还没下去，围观的人却越来越多。课件方法一的第一步，是先把激动的客户引离营业厅安抚。]
  ~ trust -= 5
  ~ crowd += 15
  昨天下午取的！ # speaker: 王先生 # mood: angry
  -> hall
* [您好，我是主管。请您到会客室坐下慢慢说，好吗？ # score: listen-first +2, mind-the-hall +2 # why: 课件方法一：客户较为激动时，首先将客户引离营业厅，对其安抚。换个安静的地方，他不必当着众人撑着火气，排队的客户也不用看一场争执。]
  ~ trust += 10
  ~ crowd -= 25
  王先生愣了一下，看看四周，哼了一声，还是跟着你往里走。 # mood: suspicious
  // 课件未写，本处为编写；具体做法请本行运营/合规部门确认：主管离开大厅前，请大堂经理照应排队的客户。
  你朝大堂经理点点头，请她照应排队的客户。
  -> meeting_room
* [您好，我是主管。请您小点声，别影响其他客户，有话慢慢说。 # score: listen-first -2, mind-how-you-say-it -1 # why: 想护住大厅，开口却是让客户“小点声”。他正在气头上，这句话听起来是在管他、不让他说，只会嚷得更响。先把人请离大厅、安抚下来，大厅自然就静了。]
  ~ trust -= 10
  ~ crowd += 20
  小点声？钱都成假的了，你还嫌我嗓门大！ # speaker: 王先生 # mood: angry
  -> hall
* [您先消消气，有什么事您慢慢说，我在这儿听着。 # score: listen-first +1, mind-the-hall -1 # why: 先安抚、先聆听，方向是对的；可人还站在大厅里，围观的人越来越多，他很难真正平静下来。课件的做法是先把客户引离营业厅，再安抚。]
  ~ trust += 5
  ~ crowd += 5
  慢慢说？钱都成假的了，你让我怎么慢慢说！ # speaker: 王先生 # mood: angry
  -> hall

=== hall ===
// 课件只说“两张号码相同”；面额课件未写，按“赔200元”推定为两张一百元。
王先生把两张一百元拍在台面上。 # mood: angry
你看吧，两张号码相同，怎么回事，银行竟然出假钱。 # speaker: 王先生 # sfx: murmur
你拿起来一看，两张钞票的冠字号码一模一样。
{ crowd >= 60:
  “银行还出假钱？”后面几位客户离了队，围了过来。 # sfx: murmur
- else:
  旁边排队的客户也伸长了脖子。
}
* [你先别肯定是我们行取款机出的。 # score: listen-first -1, dont-judge -2, mind-the-hall -1 # why: 课件中主管的原话。没听经过、没验钞，就当着满大厅的人先把责任推开，等于暗示客户在说谎，客户只会闹得更凶。]
  ~ trust -= 15
  ~ crowd += 20
  -> threat_public
* [您放心，取款机里的钱都清分过，不会出假钞的。 # score: dont-judge -1, listen-first -1 # why: 听上去是在讲事实，可没验钞、没看录像，就先替机器打了包票。话一出口，客户就被推到了对立面；课件精髓说的公正立场，是先查清，而不是先护短。]
  ~ trust -= 10
  ~ crowd += 15
  -> threat_public
* [这儿人多，您跟我到里边坐下，咱们慢慢查。 # score: mind-the-hall +2, listen-first +1 # why: 晚了一步，但回到了课件方法一：把激动的客户引离营业厅，坐下来安抚、再查，不在众人面前争执。]
  ~ trust += 5
  ~ crowd -= 30
  王先生瞪了你一眼，一把抓回钞票，还是跟着你往里走。 # mood: suspicious
  -> into_room

=== threat_public ===
~ crowd += 10
怎么不是，你要不认账，我去媒体曝光，看你们怕不怕。 # speaker: 王先生 # mood: angry # sfx: tension
{ crowd > 80:
  ~ counterfeit_hall_lost = true
  ~ trust -= 10
  “就是，银行还能不认账？”队伍里有人帮腔，还有人举起手机拍了起来。 # sfx: murmur
  有人撑腰，王先生的嗓门更大了。
- else:
  大厅里的议论声更大了。 # sfx: murmur
}
一位柜员从柜台后探过身来，压低声音对你说。
主管，要不赔他200元，息事宁人算了。 # speaker: 柜员
* [您先别去找媒体，这事是我们的责任，我们一定给您赔上。 # score: principled-not-pushover -3 # redline: promise-to-pay # why: 被“曝光”二字一吓，没验钞、没看录像就认下责任、许下赔偿。这正是课件精髓说的“无原则的迁就和认错”；话一出口，兑现是花钱消灾，不兑现是失信于人。]
  ~ trust += 10
  ~ compliance -= 20
  -> promised
* [好吧，这200元我们赔给您，您也别再去找媒体了，行吗？ # score: principled-not-pushover -3, mind-the-hall -1 # redline: pay-to-quiet # why: 课件中的不当处理：客户在营业厅大吵大闹，柜员建议赔200元息事宁人，主管怕曝光，索性赔了了事。没验钞、没看录像，等于替没查清的事认了错，也让满大厅的人看到“闹一闹就有钱”。]
  ~ trust += 15
  ~ compliance -= 50
  -> paid_off
* [您再闹下去，别人都办不了业务。要么请您到会客室说，要么我只好请保安了。 # score: dont-judge -3, mind-the-hall -1 # redline: treat-as-criminal # why: 想护住大厅，却拿保安去压客户。没有任何依据就把他当成闹事的人，课件忠告“客户不是罪犯”；这样只会当众把争执变成冲突。]
  ~ trust -= 20
  ~ crowd += 15
  -> stormed_out
* [您要反映，我登记下来报上级行。请您到会客室，咱们一起查清楚。 # score: principled-not-pushover +2, mind-the-hall +2, listen-first +1 # why: 不被“曝光”吓住，也不和客户顶牛：他要反映的情况照常登记、报上级行，再把他从大厅请进会客室，一起把事情查清。课件忠告：比妥协更好的办法是用心。]
  ~ trust += 10
  ~ crowd -= 40
  王先生盯着你看了几秒，把钞票攥回手里。 # mood: suspicious
  行，我倒要看看你们怎么查。 # speaker: 王先生
  -> into_room

=== promised ===
// 课件未写，本处为编写：许诺赔偿之后客户当场要钱，以及主管收回承诺的经过。
王先生的口气一下子缓了下来，紧接着就伸出了手。 # mood: neutral
那行，两张，200元，现在就给吧。 # speaker: 王先生
{ story:
  王先生盯着你，等你点头。
- else:
  柜员看着你，等你点头。
}
* [对不起，我话说早了。赔不赔，得先帮您查清楚再说。 # score: principled-not-pushover +2, own-the-problem +1 # why: 收回仓促的承诺要付出信任的代价，但比将错就错、花钱消灾好。自己说错的话自己认下来，再回到核查上。课件忠告：比妥协更好的办法是用心。]
  ~ trust -= 20
  闹了半天，你们说话不算数啊！ # speaker: 王先生 # mood: angry
  { not story:
    ~ crowd -= 40
    你请大堂经理照应排队的客户，好说歹说，总算把王先生请进了会客室。 # walk: meeting-room
    // 课件未写，本处为编写：客户讲述的经过
    他一路嚷着把经过说了：昨天下午在门口那台取款机取了两千块，今天上午交物业费，被收费的验出两张假的。
  }
  -> check
* [好，我说话算话，这就让柜台给您拿200元过来。 # score: principled-not-pushover -3 # redline: pay-to-quiet # why: 为了兑现一句不该说的承诺，最后还是“花钱消灾”。钱付了，真相没查，这正是课件中的不当处理。]
  ~ compliance -= 50
  -> paid_off
* (pocket) [这200元我先自己垫给您，等回头查清楚了咱们再说。 # score: principled-not-pushover -2, own-the-problem -1 # redline: pay-to-quiet # why: 自掏腰包看似两全：行里不出钱，客户也不闹了。可这仍是“花钱消灾”，钱从谁兜里出都一样；假钞的来历没人查，下回再有人来闹，难道还自己垫？]
  ~ compliance -= 20
  -> paid_off

=== meeting_room ===
// 课件方法一：将客户引离营业厅对其安抚。会客室里客户的反应和主管的几种说法课件未写，本处为编写。
你把王先生请进会客室，关上门，外面的嘈杂一下子远了。 # walk: meeting-room
王先生没坐，站在桌边，气还没消。 # mood: angry
别跟我来这套。钱是在你们取款机上取的，你们就得负责！ # speaker: 王先生
* [您先把钱给我，我拿去验一下，别的回头再说。 # score: listen-first -2, dont-judge -1 # why: 验钞是该做的，但客户话还没说完就要走钞票，他会觉得你在敷衍、在找他的茬。课件的顺序是先安抚、请他讲经过，再核查。]
  ~ trust -= 5
  钱我不给你！你先听我把话说完！ # speaker: 王先生 # mood: angry
  -> story
* [您也知道，钱款当面点清，离柜概不负责，这是老规矩。 # score: own-the-problem -2, listen-first -1 # redline: turn-away # why: “离柜概不负责”是柜台上最顺口的一句话，可客户说的是取款机出了假钞，这句话等于还没查就把他推出门外。课件的做法是先听、再一起查。]
  ~ trust -= 20
  -> stormed_out
* [您先坐，喝口水。您从取钱那会儿说起，我听着。 # score: listen-first +2, mind-how-you-say-it +1 # why: 课件方法一：引离营业厅、安抚，待客户平静后，请他讲述事情经过。先听完再判断，客户才愿意配合后面的核查。]
  ~ trust += 15
  你给他倒了杯温水。王先生坐了下来，喝了一口，语气缓了些。 # mood: upset
  -> story

=== into_room ===
// 课件未写，本处为编写；具体做法请本行运营/合规部门确认：主管离开大厅前，请大堂经理照应排队的客户。
你朝大堂经理点点头，请她照应排队的客户。
你把王先生请进会客室，关上门，外面的嘈杂一下子远了。 # walk: meeting-room
~ trust += 10
你给他倒了杯温水，请他坐下，从头说起。王先生喝了一口，语气缓了些。 # mood: upset
-> story

=== story ===
// 课件未写：取款时间、金额、发现假钞的经过，本处为编写。
昨天下午，我在你们门口那台取款机取了两千块。 # speaker: 王先生
取了钱我就回家了，也就晚上下楼，在小卖部买了条烟。 # speaker: 王先生
今天上午去交物业费，收费的一验，说有两张是假的！ # speaker: 王先生 # mood: angry
{ not hall:
  他把两张一百元拍在桌上。
  你看吧，两张号码相同，怎么回事，银行竟然出假钱。 # speaker: 王先生
  你拿起来一看，两张钞票的冠字号码一模一样。
}
{ threat_public:
  我把话撂这儿，今天不给个说法，我还是要去找媒体。 # speaker: 王先生 # sfx: tension
- else:
  你们要是不认账，我就去媒体曝光，看你们怕不怕！ # speaker: 王先生 # sfx: tension
}
* [您要反映，我照样登记、报上级行。这钱的事，咱们先查清楚，好吗？ # score: principled-not-pushover +2, own-the-problem +1 # why: 不因“曝光”二字就认错，也不把客户往外推。他要反映，就照常登记、报告上级行，再把核查摆到桌面上请他一起参与。课件忠告：比妥协更好的办法是用心。]
  ~ trust += 10
  // 课件未写，本处为编写；具体做法请本行运营/合规部门确认：客户扬言找媒体，照常登记，并报告上级行。
  你把他说要找媒体的话，记进了客户意见登记簿。
  王先生犹豫了一下，把钞票推到你面前。 # mood: suspicious
  行，我就看着你们查。 # speaker: 王先生
  -> check
* [您千万别去找媒体，钱是在我们这儿取的，我们肯定给您赔。 # score: principled-not-pushover -3 # redline: promise-to-pay # why: 在曝光威胁下，没经核查就认错、许诺赔偿。这正是课件精髓所说的“无原则的迁就和认错”，也是课件中主管赔钱了事的开端。]
  ~ trust += 10
  ~ compliance -= 20
  -> promised
* (hush) [您就别找媒体了，这事咱们私下解决，我也不往上报了。 # score: principled-not-pushover -2, own-the-problem -1 # why: 怕曝光，就拿“私下解决、不上报”去换客户不声张。客户扬言找媒体，照常登记、报告上级行，是营业厅该做的事；私下压下来，同样是在威胁面前无原则的迁就。]
  ~ trust += 5
  ~ compliance -= 45
  私下解决？行，那你们先给我查清楚！ # speaker: 王先生 # mood: suspicious
  他把钞票推到你面前。
  -> check
* [您要曝光是您的权利，可我们的机器不会出这种问题。 # score: listen-first -2, dont-judge -2 # why: 立场硬了，却硬错了地方：没查就断定机器没问题，等于说客户在撒谎，把一件可以查清的事变成了对抗。]
  ~ trust -= 20
  -> stormed_out

=== check ===
// 课件方法一第二步：将假钞过机，看点钞机能否识别、是否为最新版的假钞。识别结果课件未写，本处为编写。
你请柜员拿来一台点钞机，当着王先生的面，把两张钞票放了进去。 # sfx: cash
点钞机“嘀嘀”报警，两张都被退了出来。换个方向再过一遍，还是报警。
你对着光看了看：水印发虚，安全线是印上去的，不是什么新版的高仿假钞。
看见没有？假的！ # speaker: 王先生 # mood: angry
* (to_pboc) [机器认的不一定准，您要是不放心，可以拿去人民银行鉴定。 # score: rules-serve-people -2, own-the-problem -2 # redline: return-counterfeit # redline: turn-away # why: “您去人民银行鉴定吧”听上去很专业，可点钞机已经认出是假币，就该当面收缴，不能再交还客户带走；让客户自己去跑，也是把该由我们查的事推了出去。]
  ~ trust -= 10
  ~ compliance -= 50
  -> stormed_out
* (custody) [这两张先放在我这儿保管，等查清楚了再给您个说法。 # score: rules-serve-people -2 # why: 不开凭证、不登记就把钞票收走，客户手里没有任何凭据，行里也没有记录；看似替他着想，其实两头都没保护住。确认的假币要当面收缴、出具收缴凭证。]
  ~ trust -= 5
  ~ compliance -= 45
  你把两张钞票收进了抽屉。
  -> video
* (give_back) [确实是假的。您先收好，录像调出来了我马上给您打电话。 # score: own-the-problem -2, principled-not-pushover -1 # redline: return-counterfeit # redline: turn-away # why: 机器已经认出是假币，却又交还客户带走，假币可能再流到别人手里；录像就在行里，却让客户回家等电话，该一起查的事推到了以后。]
  ~ trust += 5
  ~ compliance -= 50
  -> sent_home
* [确实是假币，我得当着您的面收缴、给您开凭证，然后咱们接着往下查。 # score: rules-serve-people +2, principled-not-pushover +2 # why: 如实告诉他是假币，也不急着下“是谁的错”的结论；收缴当着他的面办、开出凭证，他心里有底，事情也有据可查。规定是为人定的：守住它，也是在保护客户。]
  ~ trust -= 5
  // 课件未写，本处为编写；具体做法请本行运营/合规部门确认：机具确认的假币，按人民银行的规定当着持有人的面收缴：
  // 两名工作人员在场，加盖“假币”字样的戳记，登记冠字号码，向持有人出具收缴凭证，并告知对收缴有异议时可以申请鉴定。假币不交还持有人。
  你请柜员一起，当着王先生的面在两张钞票上加盖“假币”字样的戳记，登记冠字号码，开出收缴凭证，请他核对签字，把凭证交到他手上。
  对收缴结果有异议的话，您可以拿着这张凭证申请鉴定，怎么申请我告诉您。 # speaker: 你
  -> video

=== video ===
// 课件未写，本处为编写：收缴之后客户的反应，以及下一步怎么走的几种说法（课件方法一第三步是一同回放录像）。
{ check.custody:
  就这么收走了？连个条子都没有？ # speaker: 王先生 # mood: suspicious
- else:
  王先生捏着凭证，脸色很难看。 # mood: upset
  那我这两百块就这么没了？ # speaker: 王先生
}
* [录像我让同事去调，调好了咱们再一起看，您先回去歇着。 # score: own-the-problem -2, listen-first -1 # redline: turn-away # why: 查是要查的，可录像就在行里，却把客户打发回家等消息。他看不到过程，只会觉得银行在拖。课件的做法是与客户一同回放取款录像。]
  ~ trust -= 10
  -> sent_home
* [钱是从哪儿来的还没查完，咱们一起看看您取款时的录像。 # score: own-the-problem +2, dont-judge +1 # why: 课件方法一的第三步：与客户一同回放取款录像，看有无异常。让他亲眼看到过程，比任何解释都有说服力。]
  ~ trust += 5
  -> replay
* [这种假币机器一过就认得出，取款机里不会有，您这钱不是我们出的。 # score: dont-judge -2, listen-first -2 # why: 凭一次验钞就替取款机打包票，录像还没看，就把怀疑甩给了客户。课件要的是一步步和客户一起查，而不是半路下结论。]
  ~ trust -= 15
  -> bristle

=== bristle ===
// 课件未写，本处为编写：主管话说急了、客户觉得被当成骗子之后的几种应对。
王先生腾地站了起来。 # mood: angry
不是你们出的？那就是我拿假钱来讹你们了？ # speaker: 王先生 # sfx: tension
* [对不起，是我话说急了。录像就在这儿，您先看了再说。 # score: own-the-problem +1, mind-how-you-say-it +2 # why: 话说错了，马上认错、改口，再回到课件方法一的第三步：一同回放录像。刚才那句失分挽不回来，但事情还能接着查下去。]
  ~ trust += 5
  王先生哼了一声，又坐了下来。 # mood: suspicious
  -> replay
* [对不起，我说的是机器的情况，您要这么理解，我也没办法。 # score: mind-how-you-say-it -2, dont-judge -2 # why: 客户已经觉得被当成了骗子，你却把话推回给他“这么理解”。不认错、也不再查，事情就在这一句上僵死了。]
  ~ trust -= 10
  -> stormed_out
* [您先别激动。您要是不满意，可以打我们的客服电话投诉。 # score: own-the-problem -2, mind-how-you-say-it -2 # redline: turn-away # why: 把客户推去投诉，是把自己该查完的事交了出去。第一个接到问题的人负责到底；先认下刚才那句话说急了，再一起看录像。]
  ~ trust -= 10
  -> stormed_out

=== replay ===
// 课件方法一第三步：与客户一同回放取款录像。录像里的内容课件未写，本处为编写。
你按王先生说的取款时间，请同事把门口那台取款机的录像调出来，和他一起坐到屏幕前。
画面里，王先生取出一沓钞票，站在机器旁点了一遍，装进钱包就走了。
前后不到两分钟，身边没有人靠近。
// 课件未写，本处为编写；具体做法请本行运营/合规部门确认：按取款时间查对这台取款机那笔出钞的冠字号码记录。
你又请同事调出这台取款机那笔出钞的冠字号码记录，一张张对过去：两张假钞的号码，都不在记录里。
王先生盯着屏幕，半天没说话。 # mood: anxious
这……录像上看不出什么，记录里也没有。那这两张是哪儿来的？ # speaker: 王先生
送点钞机来的柜员凑到你耳边，小声说。
主管，为两百块耗了一上午，要不赔了算了？ # speaker: 柜员
* [取款这段没问题。您取钱以后，钱借给过别人、买过东西吗？ # score: find-a-way +2, dont-judge +1 # why: 课件方法一的最后一步：请客户回忆取款后至今的经过，重点分析动用钱款的环节，如借款、小商店购物被调包。用“帮您一起想”的口气，而不是审问。]
  ~ trust += 10
  -> recall
* [王先生，您跟我说实话，这钱是不是您自己带来的？ # score: dont-judge -3, listen-first -1 # redline: treat-as-criminal # why: 录像没有异常、记录里也没有这两张的号码，只说明钱不是从这台机器里出来的，不等于客户在撒谎。没有证据就当面审问，客户只会觉得受了侮辱。课件是发现欺诈迹象才建议报案，而不是当面逼问。]
  ~ trust -= 25
  -> stormed_out
* [您也不容易，这200元就算我个人的，您也别再跑了。 # score: principled-not-pushover -3 # redline: pay-to-quiet # why: 查到最后一步反而心软，自掏腰包“花钱消灾”。这仍是课件批评的无原则迁就：钱付了，假钞真正的来历却再没人追问。]
  ~ trust += 15
  ~ compliance -= 20
  -> paid_off

=== recall ===
// 课件方法一最后一步：请客户回忆取款后至现在的经过。客户怎么回答、前后哪里对不上，课件未写，本处为编写。
王先生想了想，摇摇头。 # mood: suspicious
借钱？没有。钱取出来就一直在我钱包里，谁也没碰过。 # speaker: 王先生
{ story:
  可他刚才明明说过，昨晚在小卖部买过烟。说完这句，他把目光移到了别处。
- else:
  他顿了顿，把目光移到了别处。
  ……也就昨晚下楼，在小卖部买了条烟。 # speaker: 王先生
}
* [您一会儿说没动过，一会儿又说买过烟，这话对不上啊。 # score: dont-judge -3 # redline: treat-as-criminal # why: 发现了疑点，却拿它当面揭客户的短。客户被当面“拆穿”，只会恼羞成怒，事情反而查不下去。课件是发现欺诈迹象时冷静建议报案，而不是当面揭短。]
  ~ trust -= 20
  -> stormed_out
* [这事光靠我们查不够，我建议报上级行，也请您向公安机关报案。 # score: principled-not-pushover +1 # why: 课件方法二：仔细观察客户言行，发现欺诈迹象时，可建议向上级行及公安机关报案。立场公正，也没有指责；可一句话对不上还算不上欺诈迹象，他自己提过买烟，先帮他把这一环想清楚，才是方法一的最后一步。]
  ~ trust -= 5
  -> left_alone
* [您说昨晚在小卖部买过烟，付钱的时候，钱离过您的手吗？ # score: dont-judge +2, find-a-way +1 # why: 用客户自己说过的话帮他回忆，而不是抓他的“前后矛盾”。课件点明要重点分析动用钱款的环节，比如小商店购物被调包。]
  ~ trust += 10
  -> swapped

=== swapped ===
// 课件只举例“小商店购物被调包”；调包的具体经过课件未写，本处为编写。
王先生愣住了，皱着眉头想了好一会儿。 # mood: anxious
对了……我先递了两张一百的过去，老板拿到柜台底下看了看，又说现金找不开，让我扫码。 # speaker: 王先生
他把钱还给我，我就扫码付了。还回来的那两张，我也没细看…… # speaker: 王先生
这么说，是他给我换了？ # speaker: 王先生 # mood: upset
* (brisk) [那您去找小卖部的老板问问吧，我们这边就先到这儿了。 # score: own-the-problem -3, say-what-you-can-do -2 # why: 让客户自己去找老板对质，既不安全，也查不清什么：调包没有凭据，对方一句“没有”就完了，弄不好还会吵起来。话一说完就送客，客户会觉得“查完了就不管我了”。该告诉他的是：可以报案，录像和收缴记录我们都能配合提供。]
  ~ trust -= 10
  -> truth_cool
* [有可能是那会儿被人换了，这不怪您。您要报案，我们全力配合。 # score: say-what-you-can-do +2, mind-how-you-say-it +2, dont-judge +1 # why: 给客户留足面子，不翻旧账，也不替没有证据的事下定论，再把下一步能做的告诉他。课件精髓：保持公正的立场，也是服务的一个层面。]
  ~ trust += 10
  -> truth_found
* [您看，我就说不是我们取款机出的问题吧，这下清楚了。 # score: mind-how-you-say-it -3, dont-judge -2 # why: 查清了真相，却把它当成“赢了客户”。客户本来就下不来台，再被数落一句，面子挂不住，刚建立起来的信任也就丢了。]
  ~ trust -= 20
  -> found_but_sour

// ───────────── 结局 ─────────────
// 各结局的收尾经过课件均未写，本处为编写；“赔200元”与“客户自会主动离开”出自课件。

=== truth_found ===
{ trust >= 60 && not promised && not counterfeit_hall_lost:
  王先生长长地叹了口气，脸上的火气全没了。 # mood: calm
  唉，怪我自己没留神。刚才冲你们嚷嚷，对不住了。 # speaker: 王先生 # mood: pleased # sfx: relief
  他站起身，跟你握了握手，才走出会客室。 # walk: entrance
- else:
  王先生点点头，站起身来。 # mood: neutral
  行，我知道了。 # speaker: 王先生
  他道了声谢，走出了会客室，一路上没再看你。 # walk: entrance
}
-> wrap_up

=== truth_cool ===
王先生点点头，站起身来。 # mood: neutral
行吧，我自己去问。 # speaker: 王先生
他走出了会客室，临走也没再说什么。 # walk: entrance
-> wrap_up

=== wrap_up ===
{ compliance < 60: -> rules_broken }
-> report
= report
// 课件未写，本处为编写；具体做法请本行运营/合规部门确认：事后把假币收缴登记、处理经过和客户扬言找媒体的情况报告上级行。
送走王先生，你把收缴登记和处理经过整理好，连同他说过要找媒体的话，一并报告了上级行。
{
- truth_cool:
  事情查清了，没有赔钱，也没有冤枉客户；只是最后那一句，让他走得有些冷清。 # ending: truth-found-cool 查清了，客户仍有芥蒂 # band: B-D
- trust >= 60 && not promised && not counterfeit_hall_lost:
  没有赔一分钱，也没有让客户背上“骗子”的名声；事情查清了，人也留住了。 # ending: truth-found 真相查明，客户释然 # band: A-B
- else:
  事情查清了，没有赔钱，也没有冤枉客户；可前面那几句话，他还记着。 # ending: truth-found-cool 查清了，客户仍有芥蒂 # band: B-D
}
-> END

=== left_alone ===
// 课件方法二：“一般客户自会主动离开”。之后的经过课件未写，本处为编写。
// 本案的王先生并没有骗人（另一条路上查出是小卖部调包），所以他听到“报案”是犯难，不是心虚。
// 前面已经闹得很僵（信任低于 20）时，客户会把“报案”听成怀疑他。
{ trust < 20:
  王先生的脸一下子沉了下来。 # mood: angry
  报案？你们自己查不出来，倒怀疑起我来了！ # speaker: 王先生
  -> stormed_out
}
王先生愣了一下，皱起了眉头。 # mood: anxious
报案？……就两百块钱，派出所能管吗？ # speaker: 王先生
我先回去好好想想，这两天钱都过了谁的手，想起来再来找你们。 # speaker: 王先生
{ check.custody:
  他起身走出了会客室。 # walk: entrance # sfx: door
- else:
  他把收缴凭证揣进兜里，起身走出了会客室。 # walk: entrance # sfx: door
}
{ compliance < 60: -> rules_broken }
// 课件未写，本处为编写；具体做法请本行运营/合规部门确认：事后把假币收缴登记、处理经过和客户扬言找媒体的情况报告上级行。
你把收缴登记和处理经过整理好，连同他说过要找媒体的话，一并报告了上级行。
没有赔钱，也没有冤枉他；报案的路指给了他，收缴凭证也在他手里。只是钱在哪儿被换的，没能陪他当场想清楚。 # ending: left-on-his-own 客户自行离开 # band: A-C
-> END

=== rules_broken ===
{ check.custody:
  那两张假币没开凭证、没登记，就压在你的抽屉里；王先生手里什么凭据也没有。
}
{ story.hush:
  王先生扬言找媒体的事，按你说的“私下解决”，没有登记，也没有报告上级行。
}
{ promised:
  你当着他的面许过赔偿，又收了回去。
}
客户是走了，可制度上的口子，一个也没堵上。 # ending: rules-broken 人走了，制度的口子开了 # band: D
-> END

=== paid_off ===
{
- replay:
  你从自己钱包里数出200元，递给了王先生。 # sfx: cash
- promised.pocket:
  你从自己钱包里数出200元，递给了王先生。 # sfx: cash
- meeting_room or into_room:
  柜员从柜台取来200元，送进会客室，递给了王先生。 # sfx: cash
- else:
  柜员从柜台里拿出200元，递给了王先生。 # sfx: cash
}
王先生把钱揣进兜里，哼了一声。 # mood: neutral
早这样不就完了。 # speaker: 王先生
他走了出去。 # walk: entrance # sfx: door
{
- replay:
  查到最后一步，却松了口。200元付了出去，假钞真正的来历再没人追问。 # ending: paid-off 赔钱了事 # band: D
- not meeting_room and not into_room:
  假钞没有过机，录像没有回放，钱从哪儿来的没人知道；满大厅的人却都看见了：闹一闹，银行就给钱。 # ending: paid-off 赔钱了事 # band: D
- else:
  假钞没有过机，录像没有回放，钱从哪儿来的没人知道；一句“曝光”，就换走了200元。 # ending: paid-off 赔钱了事 # band: D
}
-> END

=== stormed_out ===
{
- check.to_pboc:
  行，你们自己的机器验出来的，还让我去跑人民银行！ # speaker: 王先生 # mood: angry
  王先生一把抓回两张假币，塞进兜里。
- check.custody:
  王先生站了起来，指着你的抽屉。 # mood: angry
- check:
  王先生一把抓起收缴凭证，站了起来。 # mood: angry
- meeting_room or into_room:
  王先生一把抓起钞票，站了起来。 # mood: angry
- else:
  王先生一把抓回钞票，脸涨得通红。 # mood: angry
}
好，你们等着！我这就去找你们上级，找记者！ # speaker: 王先生 # sfx: tension
{ check or meeting_room or into_room:
  他摔门而去。 # walk: entrance # sfx: door
- else:
  他转身就往外走，满大厅的人都看着。 # walk: entrance # sfx: door
}
{ check.to_pboc:
  两张已经认出来的假币，又跟着他出了门。 # ending: stormed-out 不欢而散 # band: C-D
- else:
  假钞的来历没查清，客户带着一肚子火走了，这件事并没有结束。 # ending: stormed-out 不欢而散 # band: C-D
}
-> END

=== sent_home ===
王先生将信将疑地站了起来。 # mood: suspicious
行，我等你们消息。查不出个结果，我还来！ # speaker: 王先生
{ check.give_back:
  他把两张假币揣回兜里，走出了营业厅。 # walk: entrance # sfx: door
  录像没一起看，两张已经认出来的假币，也跟着他回了家。 # ending: sent-home 回去等消息 # band: D
- else:
  他走出了营业厅。 # walk: entrance # sfx: door
  事情还没查完，客户却把一肚子疑心带回了家。下回再来，他未必还愿意坐下来听你说。 # ending: sent-home 回去等消息 # band: D
}
-> END

=== found_but_sour ===
王先生的脸一下子涨红了。 # mood: upset
行，算我倒霉，行了吧！ # speaker: 王先生
{ check.custody:
  他头也不回地走了。 # walk: entrance # sfx: door
  那两张假币没开凭证、没登记，还压在你的抽屉里。
- else:
  他把收缴凭证揣进兜里，头也不回地走了。 # walk: entrance # sfx: door
}
真相是一步步查清了；可最后那句“我就说”，让他红着脸走出了门。前面查得再用心，也被这一句抵掉了不少；他下回还愿不愿意来，就难说了。 # ending: found-but-sour 查清了，却伤了人心 # band: B-D
-> END
