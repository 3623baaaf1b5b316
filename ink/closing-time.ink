# case: closing-time
# title: 情景五：满点服务
# number: 5
# origin: deck
# principles: keep-your-word, their-urgency-first, attend-warmly, mind-how-you-say-it, rules-serve-people, say-what-you-can-do
# setting: counter-1
# customer: 胡先生
# look: man
# role: 柜员
# meters: trust, clock
# summary: 17:27，胡先生赶来办跨网点约定转存，接款车已在门外等款箱。
# essence: “人被口中的话语缠住，被嘴里的言语捉住”，我们承诺过的言语就成为客户对我们的要求，无论怎样，要守住自己所承诺的。
# advice: 为最后一位客户服务好才是真好！
INCLUDE common.ink

// 案例5（课件 p23–26）。营业结束时间 5:30（clock 1050）。
// 课件只给了不当处理和示范处理的几句对话；开场、保安和押运员的台词、17:31 门外敲门的客户、
// 款箱交接的做法、业务办理过程、各结局的收尾，均为按课件情节补写，见各处“课件未写，本处为编写”的注释。
// 不涉及任何具体规定、金额或利率。
//
// 时钟（clock）的后果：押运车后面还有别的网点要跑。款箱交接前拖得越晚（17:38 及以后），
// 押运员越等不起，会再来催，要求把款箱从窗口递到大厅，学员要多过一关；
// 这样的路径即使最后做得好，也只能到“业务办好了，时间却拖晚了”（kept-waiting），到不了最好的结局；先交款箱让客户干等的也到这里。
// 信任（trust）的后果：最后一句说得好，但一路下来客户信任不够（低于 60），到不了最好的结局；低于 50 则是“客户并不舒心”；
// 最后一步没做好时，前面信任攒得够（60 及以上）的，结局说“前面一路都办得妥帖”。
// 卷闸门只落一半（安全上的口子，触碰“违反制度”红线）的，业务办得再好也只到“客户并不舒心”。

// 学员劝过胡先生改天再来、或去开户网点（已触碰“打发走客户”红线），后来又改口为他办理
VAR closing_said_away = false
// 学员劝他去的是开户网点（不是明天再来）
VAR closing_sent_to_branch = false
// 卷闸门只落了一半
VAR closing_half_shutter = false
// 卷闸门已经落下（全落或半落）
VAR closing_shutter_down = false
// 胡先生的业务还没办完，款箱就先交出去了
VAR closing_box_first = false
// 押运员等不及，又来催过一次
VAR closing_escort_late = false
// 让押运员进了柜台（否则就是在大厅当着客户的面递款箱）
VAR closing_escort_inside = false

~ trust = 40
~ clock = 1047
-> arrival

=== arrival ===
// 课件未写，本处为编写：开场情景
下午五点二十七分，1号窗口。离营业结束时间五点半只剩三分钟。
其他窗口的客户都已经办完走了，你正准备清点、封装款箱。
押运公司的接款车已经停在门外，等着接款箱。
大门口一阵急促的脚步声，一位中年男子快步走进营业厅，额头上还冒着汗。 # walk: entrance # sfx: door # mood: anxious
保安朝他抬了抬手，指向1号窗口。
他快步走到你的窗口前。 # walk: counter-1
还……还来得及吗？我下了班一路赶过来的。 # speaker: 胡先生 # mood: anxious

* [（抬头看向窗口）还有客户来？请你快过来。 # score: attend-warmly -3, mind-how-you-say-it -2 # why: 这是课件里的不当处理：柜员招呼了一声，手上却没停下收尾，“请你快过来”也说得像在催。客户一进门就觉得自己是个打扰。冷漠是赶走客户的利器。]
  ~ trust -= 10
  ~ clock += 1
  你手上没停，接着封款箱。胡先生愣了一下，还是把存折从窗口递了进来。 # mood: upset
  -> request
* [（抬头看向窗口）请别着急，为您办完我们才会下班。 # score: attend-warmly +2, keep-your-word +2 # why: 这是课件的示范：先放下手头的收尾，一句“为您办完我们才会下班”就让赶时间的客户安下心来。五点半前进门的客户都要办完，这是营业时间对客户的承诺。]
  ~ trust += 8
  ~ clock += 1
  你把款箱推到一边。胡先生长出了一口气，把存折递进窗口。 # mood: calm
  -> request
* [（抬头看向窗口）请您稍等，理完手里这摞凭证就给您办。 # score: their-urgency-first -2, attend-warmly -1, mind-how-you-say-it +1 # why: 话说得客气，可凭证晚几分钟理不要紧，让一位赶在下班前进门的客户干等你做完收尾，是急自己所急。客户的急事应先于自己手头的事。]
  ~ trust -= 4
  ~ clock += 3
  你把手里那摞凭证理完、码齐，才接过存折。胡先生在窗口外不停地看表。 # mood: anxious
  -> request
* [（抬头看向窗口）您好，快五点半了，请您抓紧说办什么业务。 # score: their-urgency-first -2, attend-warmly +1 # why: 你马上招呼了客户，这一点是对的；可“快五点半了、请您抓紧”把下班的压力推给了客户。五点半前进门的客户，时间该由我们来顾，不该催他。]
  ~ trust -= 2
  ~ clock += 1
  哦，好，好，我尽量快。 # speaker: 胡先生 # mood: anxious
  胡先生手忙脚乱地把存折递进窗口。
  -> request

=== request ===
我要办每月零存整取自动转存。 # speaker: 胡先生
你翻开存折一看：这个零存整取账户不是在本网点开的。

* [胡先生，这种跨网点的设置比较麻烦，要多等一会儿，您看确定今天就办吗？ # score: mind-how-you-say-it -2, keep-your-word +1 # why: 你愿意今天办，这是对的；可“麻烦”二字让客户觉得自己给银行添了负担，还要他自己表态“确定”。课件示范的说法是平和地复述、确认需求，不提麻烦。]
  ~ trust -= 2
  ~ clock += 4
  麻烦？那……今天到底能不能办？ # speaker: 胡先生 # mood: suspicious
  能办，您稍等。 # speaker: 你
  胡先生点点头，脸色却不大好看。
  -> shutter
* [您这是在别的网点开的户，跨网点设置手续多，您去开户网点办更方便。 # redline: turn-away # score: keep-your-word -2, process-serves-customer -2 # why: 听上去是替客户着想，实际是把一位五点半前进门、今天就能办的客户推给别的网点。“您去开户网点办更方便”方便的是我们，客户要为此再跑一趟。]
  ~ trust -= 8
  ~ clock += 1
  ~ closing_said_away = true
  ~ closing_sent_to_branch = true
  -> branch_objection
* [好的。您不是在我们这里开户的，要做跨网点的零存整取约定转存，对吗？ # score: keep-your-word +2, mind-how-you-say-it +2 # why: 这是课件的示范：不提“麻烦”，只是平和地把客户的需求复述一遍、确认清楚，然后着手办理。今天就为他办，守住了营业时间的承诺。]
  ~ trust += 8
  ~ clock += 2
  对。省得我每个月自己跑一趟来存。 # speaker: 胡先生 # mood: calm
  好的，我这就为您办理。 # speaker: 你
  -> shutter
* [你不是在我们这里开户的啊！这种跨网点的零存整取约定转存设置比较麻烦，请你明天再来办吧！ # redline: turn-away # score: keep-your-word -3, mind-how-you-say-it -3 # why: 这是课件里的不当处理：客户五点半前就进了门，你却嫌业务麻烦、打发他明天再来。承诺过的营业时间就是客户对我们的要求，要守住。]
  ~ trust -= 12
  ~ clock += 1
  ~ closing_said_away = true
  -> why_not

=== why_not ===
为什么？ # speaker: 胡先生 # mood: upset

* [你看，已经下班了，接款车来接款箱了。 # score: their-urgency-first -3, attend-warmly -1 # why: 这是课件里的不当处理：把自己的下班和接款车当理由，等于告诉客户他不如款箱重要。急的是自己，不是客户。]
  ~ trust -= 8
  ~ clock += 1
  -> end_ducked
* [抱歉，是我说得不妥。请别着急，为您办完我们才会下班。 # score: keep-your-word +2, mind-how-you-say-it +1 # why: 说错了话，马上认错、改口，把课件的那句承诺补上，客户今天还能办成。可“请你明天再来”已经说出了口：对一位按时进门的客户说“明天再来”，就碰了“打发走客户”的红线，改口也挽不回来。]
  ~ trust += 6
  ~ clock += 2
  胡先生看了你一眼，没说话，把存折又往窗口里推了推。 # mood: suspicious
  -> confirm_late
* [系统要日终了，今天来不及了，明天您来我先给您办。 # redline: turn-away # score: keep-your-word -2, their-urgency-first -1 # why: “系统要日终了”是最顺口的借口，可客户是五点半前进门的，今天本该为他办完。语气再缓和，也是在劝一位按时来的客户明天再跑一趟。]
  ~ trust -= 6
  ~ clock += 1
  -> end_turned_away

=== branch_objection ===
// 课件未写，本处为编写：客户对“去开户网点办”的回应
开户网点？那边离我单位十几公里，我下了班根本赶不过去。你们这儿不是还没到五点半吗？ # speaker: 胡先生 # mood: upset

* [您说得对，您是五点半前进来的，今天就在这儿为您办完，请稍等。 # score: keep-your-word +2, process-serves-customer +1 # why: 听进了客户的话，立刻改口，今天就在本网点为他办完。可“去开户网点办”已经说出了口：把一位按时进门、今天能办的客户往别处推，就碰了“打发走客户”的红线，改口也挽不回来。]
  ~ trust += 6
  ~ clock += 2
  ~ closing_sent_to_branch = false
  胡先生这才把存折又递了进来。 # mood: neutral
  -> confirm_late
* [我是为您考虑：跨网点设置万一出了错，还得您去开户网点改，您还是去那边办稳妥。 # redline: turn-away # score: process-serves-customer -3 # why: 拿“万一出错”当理由，听上去很专业，实际是把客户推给别的网点，让他再请假跑一趟。服务流程应服务于客户，而不是让客户去迁就流程。]
  ~ trust -= 6
  ~ clock += 1
  -> end_turned_away

=== confirm_late ===
您不是在我们这里开户的，要做跨网点的零存整取约定转存，对吗？ # speaker: 你
对。 # speaker: 胡先生
-> shutter

=== shutter ===
// 课件：5:30营业结束时间一到，保安立即落闸关门。保安的问话为编写。
{clock < 1050:
  ~ clock = 1050
}
{clock > 1050:
  保安走到窗口边，指了指墙上的钟。
- else:
  墙上的钟走到了五点半。保安走到窗口边。
}
{clock > 1050:都过五点半了|五点半到了}，卷闸门我这就落下来了？ # speaker: 保安
胡先生回头望了一眼大门，又看看你，神情紧张起来。 # mood: anxious

* [落吧。胡先生，闸门落了不影响您，您的业务照常给您办完。 # score: keep-your-word +2, rules-serve-people +2 # why: 这是课件的示范：5:30一到保安就落闸关门，柜员照常为厅内的客户办理。到点关门和办完厅内客户，两个承诺都守住了，还顺口安了客户的心。]
  ~ trust += 8
  ~ clock += 1
  ~ closing_shutter_down = true
  保安按下按钮，卷闸门缓缓落下。 # sfx: door
  那就好，那就好。 # speaker: 胡先生 # mood: calm
  -> knock
* [您先别落吧，等胡先生办完再落，免得他以为我们要赶他走。 # score: rules-serve-people -2, attend-warmly +1 # why: 替客户着想的心是好的，可五点半落闸是营业厅的安全规定，厅里的客户照样可以办。让规定为人服务，是守住规定、再把客户照顾好，而不是为了照顾一位客户去松动安全规定。]
  ~ trust -= 2
  ~ clock += 2
  ~ closing_shutter_down = true
  // 课件未写，本处为编写：保安按规定落闸
  // 具体做法请本行运营/合规部门确认
  五点半得落闸，这是规定。胡先生，您放心，落了闸您的业务照样办。 # speaker: 保安
  保安按下按钮，卷闸门缓缓落下。 # sfx: door
  胡先生点点头，还是不大放心地看了看你。 # mood: neutral
  -> knock
* [落一半吧，留个口子，胡先生办完好出去，您也省得再开一次。 # redline: break-rules # score: rules-serve-people -2, their-urgency-first -1 # why: 图的是方便，可半落的卷闸门是安全上的口子，外面的人随时能弯腰钻进来，这就碰了“违反制度”的红线；在客户看来，这道门也是在催他快走。到点落闸、办完后从侧门送客户出去，才是两头都顾到。]
  ~ trust -= 6
  ~ clock += 1
  ~ closing_shutter_down = true
  ~ closing_half_shutter = true
  保安把卷闸门放到一半。 # sfx: door
  胡先生看着那道半落的门，在窗口前坐立不安。 # mood: upset
  -> knock
* [好的，您按时落吧。（转回屏幕，准备给胡先生办理） # score: attend-warmly -2, rules-serve-people +1 # why: 到点落闸没错，可你没跟客户说一句话。看着卷闸门落下，客户只会担心自己被关在营业时间之外。落闸的时候跟厅里的客户说一声，是对他的照顾。]
  ~ trust -= 2
  ~ clock += 1
  ~ closing_shutter_down = true
  卷闸门哗啦啦地落了下来。 # sfx: door
  那我……还办得了吗？ # speaker: 胡先生 # mood: anxious
  办得了。 # speaker: 你
  -> knock

=== knock ===
// 课件未写，本处为编写：营业结束后门外有人要求开门
{clock < 1051:
  ~ clock = 1051
}
你调出胡先生的零存整取账户，开始设置每月约定转存。
{closing_half_shutter:
  {clock == 1051:五点三十一分|没过几分钟}，半落的卷闸门下面探进来一个人，弯着腰朝里喊。 # sfx: tension
- else:
  {clock == 1051:五点三十一分|没过几分钟}，卷闸门外传来一阵拍门声，哐哐直响。 # sfx: tension
}
里面还有人吧？开一下门，我就取两千块钱，一分钟的事！ # speaker: 门外的人
{closing_half_shutter:
  保安赶紧过去拦在门口，回头看了你一眼。
- else:
  保安走到门边，回头看了你一眼。
}
胡先生也回过头去看。 # mood: anxious

* [（继续录入）已经落闸了，外面的就不用管了。胡先生，您这边马上好。 # score: say-what-you-can-do -2, their-urgency-first +1 # why: 没为门外的客户重开闸门是对的，也没丢下胡先生；可对门外的人一句交代都没有，只会让他越敲越急。不能办的时候，也要告诉客户我们能为他做什么。]
  ~ trust -= 2
  ~ clock += 2
  门外的人又拍了好一阵门，嘴里嘟嘟囔囔地走了。 # sfx: door
  胡先生回过头来，有些不自在。 # mood: neutral
  -> escort
* [（对保安）外面那位就取个钱，很快的，麻烦您把闸门开一下，让他进来办吧。 # redline: break-rules # score: rules-serve-people -2, fair-to-all -2 # why: 五点半落闸之后再开门放人进来，是营业厅安全上的大忌，也让厅里正在办理的胡先生被耽误。热心不能拿安全规定去换；营业时间对所有客户是一样的。]
  ~ trust -= 8
  ~ clock += 3
  -> end_reopened
* [胡先生，您稍等，我去门口跟外面那位说清楚，回来马上给您办完。 # score: their-urgency-first -3, rules-serve-people -2, say-what-you-can-do +1 # why: 想给门外的人一个交代没错，可为此丢下业务办到一半的胡先生，离开窗口去门口，是把先来的客户晾在一边，柜台也空了。门外的事可以请保安隔着门说明，柜员守在窗口把厅里的客户办完。]
  ~ trust -= 8
  ~ clock += 4
  你锁好屏幕，离开窗口走到门边，隔着卷闸门跟外面的人解释了好几分钟。
  胡先生一个人在窗口前等着，不时看看表。 # mood: anxious
  你回到窗口，接着办理。
  -> escort
* [（对保安）麻烦您隔着门跟他说，取钱可用门外的ATM，其他业务请明天再来办。 # score: say-what-you-can-do +2, rules-serve-people +2, their-urgency-first +2 # why: 闸门不开，安全规定守住了；请保安隔着门把能做的告诉对方（门外的ATM、明天再来），门外的人也得到了交代；你守在窗口，胡先生的业务一刻没停。不能办的时候，告诉客户我们能为他做什么。]
  ~ trust += 12
  ~ clock += 1
  // 课件未写，本处为编写；具体做法请本行运营/合规部门确认：营业结束落闸后不再开门，请保安隔门说明、引导使用自助设备
  您好，我们五点半已经结束营业了，闸门不能再开。取现金您可以用门外的ATM，其他业务请您明天营业时间再来，给您添麻烦了。 # speaker: 保安
  ……行吧，那我去ATM取。 # speaker: 门外的人
  胡先生回过头来，冲你点了点头。 # mood: calm
  -> escort

=== escort ===
// 课件未写，本处为编写：押运员到交接区；交接地点和流程以本行规定为准，请本行运营部门确认
{clock < 1053:
  ~ clock = 1053
}
对讲机响了。 # sfx: tension
1号窗口，我们到交接区了，款箱好了没有？后面还有好几个网点要跑。 # speaker: 押运员
胡先生听见了，有些过意不去。 # mood: anxious
要不……我明天再来？ # speaker: 胡先生

* [胡先生，您稍等，我先去交接区把款箱交了，回来马上接着给您办完。 # score: their-urgency-first -3, keep-your-word -2 # why: 款箱是在交接区交的，规矩没错；可先交款箱、让客户干等，是把押运的时间放在客户前面。课件示范的顺序正相反：办完五点半前进门的客户，才让押运公司接走款箱；“为您办完我们才会下班”这句承诺，也包括先办他、后交款箱。]
  ~ trust -= 12
  ~ clock += 8
  ~ closing_box_first = true
  // 课件未写，本处为编写；具体做法请本行运营/合规部门确认：款箱在交接区按流程交接
  你停下胡先生的业务，锁好屏幕，和同事一起把款箱送到交接区，核对、签字交接。
  胡先生隔着窗口干等着。 # mood: upset
  你回到窗口，接着设置约定转存。
  -> signing
* [您别走，今天一定给您办完。（对讲）请您在交接区稍等，我办完就过去。 # score: keep-your-word +2, their-urgency-first +2 # why: 这是课件的示范：柜员办完5:30前进入营业厅的客户，才让押运公司将款箱接走。先留住客户，再请押运员在交接区等，款箱照规矩在交接区交，客户也听见了，他不是在添麻烦。]
  ~ trust += 8
  ~ clock += 3
  行，我们在交接区等。 # speaker: 押运员
  胡先生坐了回去。 # mood: calm
  -> after_escort
* [（对讲）您从后门进柜台里稍等，我办完把款箱直接交给您，省得您再跑。 # redline: break-rules # score: rules-serve-people -4, keep-your-word -2 # why: 押运人员不能进柜台区，款箱也不能在柜台里随手交接：交接要在本行规定的交接区、按流程进行。图省事把人放进柜台，是现金安全上的大忌；客户还没办完，款箱就在他眼前交了出去，先办客户、后交款箱的顺序也没守住。]
  ~ trust -= 6
  ~ clock += 2
  ~ closing_escort_inside = true
  -> end_handover_breach
* [也好，系统要日终了，明天您一来我先为您办，给您留个优先号。 # redline: turn-away # score: keep-your-word -4, their-urgency-first -2 # why: 客户说“明天再来”，是不好意思耽误你们，不是真想再跑一趟。顺水推舟，再拿“系统要日终了”和优先号作补偿，仍是把一位五点半前进门的客户打发走了。]
  ~ trust -= 8
  ~ clock += 1
  -> end_turned_away

=== after_escort ===
// 时钟的后果：拖到 17:38 以后，押运员等不起了
{clock >= 1058:
  -> escort_late
}
胡先生的约定转存一项项设置下去。
-> signing

=== escort_late ===
// 课件未写，本处为编写：时间拖得越久，押运越等不起
~ closing_escort_late = true
对讲机又响了。 # sfx: tension
1号窗口，{clock >= 1060:{clock > 1060:都过五点四十了|都五点四十了}|都快五点四十了}，我们真得走了。要不你把款箱从窗口递出来，我们到大厅接一下？ # speaker: 押运员
胡先生抬起头，看了看你。 # mood: anxious

* [（对讲）好，您从侧门进大厅，我把款箱从窗口边递给您。 # redline: break-rules # score: rules-serve-people -3 # why: 款箱不能从窗口递到大厅，更不能当着客户的面交接：交接要在本行规定的交接区、按流程进行。押运催得再急，现金安全的规矩也不能省。]
  ~ trust -= 6
  ~ clock += 2
  -> end_handover_breach
* [（对讲）您再催我也得先办完客户，这是规定，您先在那儿等一下吧。 # score: one-voice -2, mind-how-you-say-it -1 # why: 先办完客户的顺序是对的，可当着客户的面跟押运员顶起来，客户听见的是两拨人为他起了争执。内部工作人员切忌在客户面前争论。]
  ~ trust -= 6
  ~ clock += 3
  对讲机那头没了声音。胡先生低着头，有些不自在。 # mood: neutral
  -> signing
* [（对讲）让您久等了，款箱得在交接区交，请您再等三分钟，马上到。 # score: one-voice +2, rules-serve-people +1 # why: 对押运员客气地道一声久等，说清楚款箱只在交接区交、还要等多久，不争不吵，客户听到的是一个声音。规矩守住了，客户也安心。]
  ~ trust += 6
  ~ clock += 3
  行，就三分钟。 # speaker: 押运员
  胡先生点点头，低头等着。 # mood: calm
  -> signing
* [胡先生，押运实在等不了了，您这边签字麻烦快一点，好吗？ # score: their-urgency-first -2, mind-how-you-say-it -1 # why: 押运等不起，是我们拖出来的，不该转嫁到客户身上。急客户所急，而不是急自己所急。]
  ~ trust -= 6
  ~ clock += 2
  胡先生赶紧拿起笔，手忙脚乱的。 # mood: upset
  -> signing

=== signing ===
// 课件未写，本处为编写：办理过程只作概括，不写具体流程和时长
~ clock += 1
约定转存设置好了。胡先生核对了凭条，签了字。
你把存折和凭条从窗口递了出去。

* [设置好了，以后每个月会自动转存，您不用再专门跑一趟了，让您久等了。 # score: attend-warmly +3, plain-language +2 # why: 办完了用客户听得懂的话说清楚办了什么，再道一声久等。为最后一位客户服务好，要好到他走出门的那一刻。]
  ~ trust += 10
  ~ clock += 1
  -> farewell
* (early) [好了，存折请您收好。下次请您早点来，我们五点半就下班了。 # score: mind-how-you-say-it -3, dont-judge -2, keep-your-word -2 # why: 客户明明是五点半前进门的，这句话却像在怪他来晚了。业务办完了，最后一句话把前面的服务都抵消了。]
  ~ trust -= 14
  ~ clock += 1
  我是五点半前进来的啊。 # speaker: 胡先生 # mood: upset
  -> end_sour
* (turned) [好了，让您久等了，存折和凭条请您收好，慢走。（转身去封装款箱） # score: attend-warmly -3, plain-language -2 # why: 话说得客气，可业务办完就转身去忙款箱，办了什么一句没说清，客户也没被送到门口。冷淡的最后一幕，会留在客户的记忆里。]
  ~ trust -= 8
  ~ clock += 1
  胡先生拿起存折看了看，没说话。 # mood: neutral
  -> end_sour

=== farewell ===
// 结局跟着学员最后这句话走（这里只有说得好的那一句才会到这里），再看一路下来的情形：
// 卷闸门只落了一半的、劝过客户改天再来的、客户信任不够的，到“业务办完，客户并不舒心”；
// 款箱先交、或拖到押运等不起的，到“时间却拖晚了”；其余才是最好的结局。
{closing_half_shutter:
  -> end_cold
}
{closing_said_away or trust < 50:
  -> end_cold
}
{closing_box_first or closing_escort_late:
  -> end_kept_waiting
}
{trust >= 60:
  -> end_model
}
-> end_cold

=== end_model ===
这么晚了还让你们等我，真不好意思。谢谢你啊！ # speaker: 胡先生 # mood: pleased
// 课件未写，本处为编写；具体做法请本行运营/合规部门确认：客户从侧门离开后，款箱在交接区按流程交接
保安打开旁边的小门，送胡先生出去。 # walk: entrance
厅里最后一位客户办完了，你和同事这才把封好的款箱送到交接区，同押运员核对、交接。 # sfx: cash
接款车开走了。五点半的承诺，你守到了最后一位客户。 # sfx: relief # ending: last-customer 为最后一位客户服务好 # band: A-B
-> END

=== end_kept_waiting ===
// 课件未写，本处为编写：业务办好、话也说得好，但时间拖晚了的收尾
好，谢谢啊。 # speaker: 胡先生 # mood: calm
{closing_box_first:
  他刚才看着你先把款箱交了出去才轮到自己，临走时还是客气地点了点头。
- else:
  保安打开旁边的小门，送他出去。 # walk: entrance
}
{closing_box_first:
  保安打开旁边的小门，送他出去。 # walk: entrance
- else:
  你和同事把款箱送到交接区，押运员在那里已经等了好一阵，核对、交接完就匆匆上了车。 # sfx: cash
}
业务办好了，客户也走得客气；只是这一路拖下来，不是他等，就是押运等。 # ending: kept-waiting 业务办好了，时间却拖晚了 # band: B-C
-> END

=== end_cold ===
// 课件未写，本处为编写：办完业务但客户不舒心的收尾
胡先生把存折收进口袋，点了点头，没再多说什么。 # mood: neutral
{
- closing_half_shutter:
  那道半落的闸门，刚才差点把门外的人放进来；他坐在窗口前，一直心神不定。
- closing_said_away:
  业务最后是办了，可你先前那句劝他走的话，他记在了心里。
- else:
  刚才这一番周折，他都看在眼里。
}
{closing_half_shutter:保安把半落的卷闸门往上抬了抬，他弯腰钻了出去。|保安打开旁边的小门，送他出去。} # walk: entrance
{not closing_box_first:
  你把款箱送到交接区交给押运员，接款车开走了。 # sfx: cash
}
业务是办完了，可这位客户心里并不舒坦。 # ending: served-cold 业务办完，客户并不舒心 # band: C-D
-> END

=== end_sour ===
// 课件未写，本处为编写：最后一句话没说好的收尾
胡先生把存折收进口袋，{signing.turned:看了一眼你的背影，|}转身就走。 # mood: upset
{closing_half_shutter:保安把半落的卷闸门往上抬了抬，他弯腰钻了出去。|保安打开旁边的小门，送他出去。} # walk: entrance
{not closing_box_first:
  你把款箱送到交接区交给押运员，接款车开走了。 # sfx: cash
}
{trust >= 60 and not (closing_half_shutter or closing_said_away or closing_box_first):前面一路都办得妥帖，|业务办完了，}可他走的时候，记住的是{signing.turned:你转身去封款箱的背影|你最后那句话}。 # ending: sour-goodbye 最后一步没做好 # band: B-D
-> END

=== end_turned_away ===
// 课件未写，本处为编写：客户被劝走的收尾
胡先生叹了口气，把存折收了回去。 # mood: upset
{closing_sent_to_branch:
  那……我哪天请个假，再跑一趟开户网点吧。 # speaker: 胡先生
- else:
  那……明天再说吧。 # speaker: 胡先生
}
{closing_shutter_down:
  {closing_half_shutter:保安把半落的卷闸门往上抬了抬，他弯腰钻了出去。|保安打开旁边的小门，送他出去。} # walk: entrance
- else:
  他转身走出大门，身后保安落下了卷闸门。 # walk: entrance # sfx: door
}
你把款箱送到交接区交给押运员，接款车开走了。 # sfx: cash
他是五点半前进的门，却没能在这里办成。 # ending: turned-away 客户被劝走，改天再跑一趟 # band: D # redline: turn-away
-> END

=== end_ducked ===
你低头清点、封装款箱，再没看窗口一眼。
// 课件：“胡先生见此又猫着腰钻了出去”；半落的卷闸门为据此补写
五点半一到，保安见柜台在收款箱，就把卷闸门放下了一半。 # sfx: door
胡先生站了一会儿，把存折揣回了口袋。 # mood: upset
他只好猫着腰，从半落的卷闸门下钻了出去，心里很不是滋味。 # walk: entrance
你把款箱交给押运员，接款车开走了。 # sfx: cash # ending: ducked-out 胡先生猫着腰钻了出去 # band: D # redline: turn-away
-> END

=== end_reopened ===
// 课件未写，本处为编写；具体规定请本行运营/合规部门确认：营业结束落闸后不再为门外的人开门
保安犹豫了一下，还是把卷闸门升了起来。 # sfx: door
门外的人弯腰钻了进来，后面又跟进来两个人：“还能办啊？那我们也办一下！”
保安赶紧又把闸门往下放，厅里一下子乱了起来。 # sfx: murmur
胡先生的业务停在一半，他坐在窗口前，看着这一屋子的人。 # mood: upset
五点半落下的闸门又开了，营业结束后的安全防线也跟着开了口子。 # ending: shutter-reopened 落下的闸门又开了 # band: D # redline: break-rules
-> END

=== end_handover_breach ===
// 课件未写，本处为编写；具体做法请本行运营/合规部门确认：款箱应在本行规定的交接区按流程交接，押运人员不进柜台，不当着客户的面交接
{closing_escort_inside:
  押运员从后门进了柜台，就站在你身后等着。你一边办胡先生的业务，一边把款箱推给他。
- else:
  押运员从侧门进了大厅。你把款箱从窗口边递出去，就在胡先生身边交到了押运员手里。
}
胡先生看着一箱现金在眼前交来交去，下意识地把存折往怀里收了收。 # mood: suspicious
你办完胡先生的业务，{closing_half_shutter:保安把半落的卷闸门往上抬了抬，他弯腰钻了出去。|保安打开旁边的小门，送他出去。} # walk: entrance
款箱是交出去了，可交接的规矩没守住。 # ending: handover-breach 款箱交接没守住规矩 # band: D # redline: break-rules
-> END
