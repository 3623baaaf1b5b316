# case: suspicious-withdrawal
# title: 发现客户有可疑之处，怎么办
# number: 15
# origin: deck
# principles: dont-judge, mind-how-you-say-it, principled-not-pushover, their-urgency-first
# setting: counter-1
# customer: 曹先生
# look: man
# role: 柜员
# meters: trust, compliance
# summary: 曹先生要从爱人的卡上代取100000元现金买房，可他和身份证上的照片看着不太像。
# essence: “凡事都不可亏欠人，唯有彼此相爱”！服务要排除一切可能带给客户的负面感受，努力营造温暖和关爱的氛围。
# advice: 客户不是罪犯！
INCLUDE common.ink

// 案例15〔情景十五〕发现客户有可疑之处，怎么办（课件 p72–p78）。
// 出自课件的：曹先生要取100000元；他买房，房主说好了要现金；卡是他爱人的，他是代取；两个人的身份证都带来了；
// 他比身份证照片胖，相貌不大相符（“我以前瘦，现在长胖了”）。
// 不当处理的原话：“你为什么不转账”“你取别人卡上的钱，别人和你本人的身份证都带来了吗”“这我不管，我要检查你手续是否齐全！”
// “这是你嘛？长得不像啊！”，柜员盯住曹先生面部反复核对；曹先生：“我又不是罪犯，干嘛老盯着我？”
// 示范处理的原话：“为减少携带大额现金的麻烦，您可选择办理转账。”“帮别人代取，委托人和您的身份证都准备好了吧？”；
// 示范的做法：在交流中用不经意的目光核对相貌，借鉴别身份证之故请客户稍等，到后台与委托人电话核实，情况相符后快速办理。
// 选项里保留“你”的，是课件不当处理的原话。
// 课件没有写、由本项目编写的：开场的时间和情形、卡上户名不是他本人的交代、核实时打的是账户上留的联系电话
// （而不是代办人当场报的号码）、主管到窗口比对照片、他爱人在电话里的话、核实后回到窗口的几种说法、
// 被当面怀疑之后的几种应对和各结局的收尾。见各处“课件未写，本处为编写”的注释。具体手续均请本行运营/合规部门确认。
//
// 仪表的后果：
// - compliance（合规）：证件只扫一眼就付款、核实时转念不打电话（-45），合规低于 60 即触碰“违反制度”红线（目录中的阈值），
//   并直接走到“手续没核全就付了款”；用代办人当场报的号码核实（-25）不越线，但结局会点出这一步没核到位。
// - trust（客户信任）：核实后一句话说得好，信任到 75 是“核实到位，客户舒心”，到 50 是“手续核实了，客户有点不快”，
//   不到 50 是“钱取走了，心里有疙瘩”。
// 红线：当面说客户“长得不像”、拿保安压客户（treat-as-criminal）；劝他请卡的主人本人来、证件不符就不给办（turn-away）；
// 手续没核全就付款（break-rules，经合规仪表）。

~ trust = 40
~ compliance = 100
-> arrival

=== arrival ===
// 课件未写，本处为编写：开场的时间和情形
上午十点多，1号窗口叫到了号。 # sfx: chime
一位身材微胖的中年男子坐到窗口前，把一张银行卡从窗口递了进来，手里还攥着两张身份证。 # walk: counter-1 # mood: anxious
您好，有什么可帮到您？ # speaker: 你
我要取100000元。 # speaker: 曹先生

* (why_not) [你为什么不转账？ # score: mind-how-you-say-it -3 # why: 这是课件里的不当处理：一开口就是“你为什么”，客户听到的是盘问，还没办业务就先起了戒心。建议可以提，但要站在客户的角度说。]
  ~ trust -= 15
  我买房，房主说好了要现金。 # speaker: 曹先生 # mood: suspicious
  // 课件未写，本处为编写：柜员从户名上看出卡不是他本人的
  你刷了一下卡，户名是一位女士，不是他本人。
  -> documents
* (decide) [十万元现金不少，您带着不安全，还是转账吧，我这就帮您转。 # score: listen-first -1, mind-how-you-say-it -1 # why: 出发点是替客户着想，可“还是转账吧，我这就帮您转”是替客户做了主。客户要的是现金，转不转账该由他决定。]
  ~ trust -= 10
  不用转，我买房，房主说好了要现金，我是帮人代取的。 # speaker: 曹先生 # mood: neutral
  -> documents
* [为减少携带大额现金的麻烦，您可选择办理转账。 # score: mind-how-you-say-it +3 # why: 这是课件的示范：从客户的方便出发提一句转账，选不选由客户定。同样是建议转账，这么说客户听到的是关心，不是盘问。]
  ~ trust += 15
  我买房，房主说好了要现金，我是帮人代取的。 # speaker: 曹先生 # mood: neutral
  -> documents

=== documents ===

* (others) [你取别人卡上的钱，别人和你本人的身份证都带来了吗？ # score: principled-not-pushover +1, dont-judge -1, mind-how-you-say-it -2 # why: 这是课件里的不当处理：两个人的证件是该问，可“取别人卡上的钱”听着像在怀疑他来路不明。该核的照样核，话要说得像帮他办事。]
  ~ trust -= 10
  在这里，不是别人，是我爱人，快帮我办吧。 # speaker: 曹先生 # mood: upset
  -> check
* [帮别人代取，委托人和您的身份证都准备好了吧？ # score: principled-not-pushover +2, mind-how-you-say-it +1 # why: 这是课件的示范：代取要核对委托人和代办人两个人的证件，手续一样不少，问法却像在提醒他，而不是在审他。]
  ~ trust += 15
  在这里，不是别人，是我爱人。 # speaker: 曹先生 # mood: neutral
  他把两张身份证从窗口递了进来。
  -> check
// 课件未写，本处为编写；代取大额现金需要哪些手续，请本行运营/合规部门确认
* [代取这么大一笔不好办，最好请卡的主人本人来一趟，您看方便吗？ # redline: turn-away # score: principled-not-pushover -1, their-urgency-first -2 # why: 听上去很稳妥，其实是把一位证件带齐的客户往外推。课件的示范是：委托人和代办人的证件都带了，有疑问就去核实（具体手续以本行规定为准），而不是让客户回去换人来。]
  ~ trust -= 15
  -> sent_away
* (push) [买房付现金不稳妥，您跟房主商量一下转账吧，我帮您转。 # score: listen-first -3 # why: 客户已经说了房主要现金，你还在劝他改主意，等于没听他说话。转账的建议提一次就够了；接下来该办的，是把代取的手续核清楚。]
  ~ trust -= 15
  说好了要现金的，我跟人家怎么商量？卡是我爱人的，证件都在这儿，快帮我办吧。 # speaker: 曹先生 # mood: upset
  他把两张身份证从窗口递了进来。
  -> check

=== check ===
{ documents.others:
  他把两张身份证从窗口递了进来。
}
{ documents.others or documents.push:
  房主还在那边等着呢。 # speaker: 曹先生
}

* [好的，您稍坐，我这就给您办。（接过证件，边说话边看了看照片） # score: dont-judge +2, mind-how-you-say-it +1 # why: 这是课件的示范：柜员在交流中用不经意的目光，核对代办人与身份证上的相貌。该核的核了，客户却不觉得被人盯着看。]
  ~ trust += 10
  你一边跟他说话，一边看了一眼身份证：照片上的人瘦得多，眉眼有几分像，又有点不大相符。
  -> mismatch
* (scold) [这我不管，我要检查你手续是否齐全！ # score: mind-how-you-say-it -3 # why: 这是课件里的不当处理：客户说的是急，柜员回的是“我不管”。手续当然要查，可一句话就把客户推到了对面。]
  ~ trust -= 15
  // 课件：柜员盯住曹先生面部，反复与身份证上的人核对，发觉不大相符。
  你盯住曹先生的脸，拿着身份证反复比对。照片上的人瘦得多，看着不大相符。
  曹先生被你看得往后靠了靠。 # mood: suspicious
  -> mismatch
* (glance) [是您爱人的卡就好办，证件我看一眼就行，这就给您取。 # score: principled-not-pushover -3 # why: 客户高兴了，可代取十万元现金，证件只扫一眼就付款，核对的手续没有做完（具体手续以本行规定为准）。热情不能拿手续去换；课件的示范是该核的一样不少，只是核得不让客户难堪。]
  ~ trust += 5
  ~ compliance -= 45
  -> skipped
* (stare) [好的，请您稍等。（拿起两张身份证，对着他的脸一张张仔细比对） # score: dont-judge -2 # why: 核对相貌没错，可举着证件对着客户的脸比来比去，客户当场就知道你在怀疑他。课件的示范是在交流中用不经意的目光核对。]
  ~ trust -= 10
  照片上的人瘦得多，你看了又看，看着不大相符。
  看什么呢？证件还能有假？ # speaker: 曹先生 # mood: suspicious
  -> mismatch

=== mismatch ===

* (accused) [这是你嘛？长得不像啊！ # redline: treat-as-criminal # score: dont-judge -3 # why: 这是课件里的不当处理：照片看着不大像，只是一个要去核实的疑点，不是依据；当面说“长得不像”，等于说他冒名来取别人的钱。客户不是罪犯！有疑问就去核实，而不是当面指出来。]
  ~ trust -= 25
  我以前瘦，现在长胖了，怎么啦！我又不是罪犯，干嘛老盯着我？ # speaker: 曹先生 # mood: angry
  -> protest
* [请您稍等，我按规定鉴别一下身份证，马上就好。 # score: dont-judge +2, principled-not-pushover +1 # why: 这是课件的示范：借鉴别身份证之故，请客户稍等一下，到后台去核实。手续一步不少，客户也没有被当面怀疑的难堪。]
  ~ trust += 5
  好，你快点啊。 # speaker: 曹先生 # mood: neutral
  你拿着两张身份证起身离开了窗口。
  -> verify
* (other_id) [照片跟您本人差别有点大，麻烦您再出示一个别的证件，好吗？ # score: dont-judge -1, principled-not-pushover +1 # why: 想多核一道是对的，话也客气；可当面说“差别有点大”，客户已经听出你在怀疑他。课件的示范是借鉴别身份证之故，到后台去核实，不在窗口说破。]
  ~ trust -= 5
  我以前瘦，现在胖了。谁出门还带两个证件？还要我证明我是我？ # speaker: 曹先生 # mood: upset
  你请他稍等，拿着两张身份证起身离开了窗口。
  -> verify

=== protest ===
// 课件到曹先生这句话为止；之后的几种应对为编写
他嗓门不小，旁边窗口的客户也转过头来看。

* (refuse) [证件和本人对不上，这钱今天取不了，请您让您爱人本人来一趟吧。 # redline: turn-away # score: principled-not-pushover -1, their-urgency-first -2 # why: 证件对不上，该做的是核实，而不是直接拒办。委托人的电话一打就能弄清楚的事，却让客户回去换人来，房主那边就这么耽误了。]
  ~ trust -= 10
  -> sent_away
* (rule) [您别激动，证件和本人对不上，我得按规定鉴别一下身份证。 # score: mind-how-you-say-it -2, principled-not-pushover +1 # why: 核实是对的，可刚当面说了人家不像，一句道歉没有就拿规定顶回去，客户只会觉得你在拿规定压他。先为自己的话道个歉，再去核实。]
  ~ trust -= 5
  行，你查，我看你查出什么来！ # speaker: 曹先生 # mood: angry
  你拿着两张身份证起身离开了窗口。
  -> verify
* (guard) [您再这么大声，影响别的客户，我只好请保安过来了。 # redline: treat-as-criminal # score: dont-judge -3 # why: 客户是被你当面怀疑才急的，你却拿保安压他，把一位来办业务的客户当成了闹事的人。客户不是罪犯！]
  ~ trust -= 20
  -> stormed_out
* [对不起，是我说话不妥。请您稍等，我按规定鉴别一下身份证。 # score: mind-how-you-say-it +3 # why: 话说错了，马上认错，再回到课件示范的做法：借鉴别身份证之故，到后台去核实。“长得不像”那句已经说出了口，认错挽不回来，但事情能接着办下去。]
  ~ trust += 5
  曹先生哼了一声，没再说话。 # mood: suspicious
  你拿着两张身份证起身离开了窗口。
  -> verify

=== verify ===
// 课件示范：到后台与委托人电话核实。用账户上留的联系电话核实为编写。
// 课件未写，本处为编写；具体做法请本行运营/合规部门确认：核实委托人时打账户上留存的联系电话，而不是代办人当场给的号码。
// 具体做法请本行运营/合规部门确认：身份证鉴别、联网核查
你走进后台。证件是真的，卡的户名和委托人的身份证也对得上，只是代办人的相貌，你心里还是不踏实。

* (skip_call) [（转念一想：证件是真的，打电话反倒像怀疑他，回窗口照常办） # score: principled-not-pushover -3 # why: 怕客户觉得被怀疑，就把该做的核实省了。相貌不大相符、又是代取十万元现金，委托人的电话一定要打（具体手续以本行规定为准）。课件的示范正是：核实，但核得不让客户难堪。]
  ~ compliance -= 45
  -> skipped
* (his_number) [（回到窗口，请曹先生报一下他爱人的手机号，当面拨过去核实） # score: principled-not-pushover -2, dont-judge -1 # why: 打电话核实是对的，可打的是代办人当场报的号码，接电话的是谁并说不准；当着他的面拨，也等于告诉他你在怀疑他。课件的示范是到后台与委托人电话核实。]
  ~ trust -= 10
  ~ compliance -= 25
  你回到窗口，请他报了号码，当着他的面拨了过去。
  曹先生报号码的时候，脸沉了下来。 # mood: upset
  电话接通了，一位女士说是她让丈夫来取的。
  -> back
* (supervisor) [（请主管到窗口来，拿着身份证跟曹先生当面再对一对照片） # score: dont-judge -3 # why: 拿不准时请主管把关，本来没错；可把主管请到窗口、当着客户和旁人的面再比一遍照片，等于公开说他可疑。课件的示范是到后台与委托人电话核实，客户不必知道。]
  ~ trust -= 15
  主管走到窗口，拿着身份证看了看曹先生，又看了看照片。 # mood: upset
  曹先生的脸涨得通红，旁边窗口的客户也看了过来。
  // 课件未写，本处为编写；具体做法请本行运营/合规部门确认：主管到后台按账户上留的电话打给委托人核实
  主管也拿不准，回到后台按账户上留的电话打给了曹先生的爱人。情况相符。
  -> back
* [（按账户上留的联系电话，打给曹先生的爱人核实） # score: principled-not-pushover +2, dont-judge +1 # why: 这是课件的示范：到后台与委托人电话核实。打的是账户上留的电话，核得实；在后台打，客户在窗口外只当你在鉴别证件，不会觉得被怀疑。]
  ~ trust += 5
  // 课件未写，本处为编写：委托人在电话里的话
  电话响了两声就接通了。
  对，是我让他去取的，买房要用。卡和我的身份证都在他那儿。他这两年胖了不少，跟证件上是不大像。 # speaker: 曹先生的爱人
  情况相符。你回到了窗口。
  -> back

=== back ===
// 课件未写，本处为编写：核实后回到窗口说的这一句
好了没有？房主还在等着呢。 # speaker: 曹先生

* [让您久等了，您爱人和您的身份证都没问题，我这就给您办。 # score: mind-how-you-say-it +2, their-urgency-first +1 # why: 这是课件的示范：情况相符后，为曹先生快速办理了取款业务。一句“让您久等了”，不提刚才的核实，客户只记得这家银行办得又稳又快。]
  ~ trust += 10
  -> payout
* (reveal) [刚才我给您爱人打电话核实过了，确实是她让您取的。 # score: dont-judge -1 # why: 实话实说，听上去很坦诚；可核实过了就不必再提，再提一遍，客户听到的还是“刚才你被怀疑过”。快速办理就是最好的交代。]
  ~ trust -= 5
  -> payout
* (lecture) [核实好了。下回代取，记得让您爱人一起来一趟。 # score: mind-how-you-say-it -3 # why: 事情办妥了，最后一句却像在教训客户；这句话只会让他觉得你还在怀疑他。]
  ~ trust -= 10
  -> payout

=== payout ===
// 课件未写，本处为编写：办理和付款的经过只作概括；具体手续请本行运营/合规部门确认
你很快办好取款，把十万元过了两遍点钞机，从窗口递了出去。 # sfx: cash
{ back.lecture:
  -> end_sour
}
{ mismatch.accused:
  -> end_hurt
}
{ trust >= 75 and not (verify.his_number or verify.supervisor or check.scold):
  -> end_best
}
{ trust >= 50:
  -> end_ok
}
-> end_cold

=== end_best ===
// 课件未写，本处为编写：示范处理的收尾
曹先生当面点好钱，装进包里，冲你点了点头。 # mood: pleased
谢谢啊，办得挺快。 # speaker: 曹先生
他拎着包快步走出了大门。 # walk: entrance # sfx: door
{
- mismatch.other_id:
  “照片差别有点大”那一句让他不大痛快；好在核实得快，办得也利索。证件核实了，委托人也核实了。 # ending: verified-kindly 核实到位，客户舒心 # band: A-B
- check.stare:
  你举着证件比对的那一下让他不大自在；好在核实得快，办得也利索。证件核实了，委托人也核实了。 # ending: verified-kindly 核实到位，客户舒心 # band: A-B
- back.reveal:
  证件核实了，委托人也核实了；只是临走听你说给他爱人打过电话，他愣了一下。 # ending: verified-kindly 核实到位，客户舒心 # band: A-B
- else:
  证件核实了，委托人也核实了，客户却一点没觉得被人怀疑。 # ending: verified-kindly 核实到位，客户舒心 # band: A-B
}
-> END

=== end_ok ===
// 课件未写，本处为编写
曹先生点好钱，装进包里，点了点头。 # mood: neutral
他拎着包走出了大门。 # walk: entrance # sfx: door
{
- verify.his_number:
  手续算是核了，只是打的是他当场报的号码，核得并不扎实；当着他的面拨电话，他也看得出你在防着他。 # ending: verified 手续核实了，客户有点不快 # band: B-C
- verify.supervisor:
  手续核实了，钱也取走了；可主管当着旁人的面拿着他的证件比照片，那一下，他脸上挂不住。 # ending: verified 手续核实了，客户有点不快 # band: B-C
- else:
  手续核实了，钱也取走了；只是过程中有那么几下，客户心里不太舒服。 # ending: verified 手续核实了，客户有点不快 # band: B-C
}
-> END

=== end_cold ===
// 课件未写，本处为编写
曹先生一言不发，把钱装进包里。 # mood: upset
他拎起包就走，头也没回。 # walk: entrance # sfx: door
{ verify.his_number:
  钱是取走了，可他一路上都觉得自己被当成了贼；核实时打的又是他当场报的号码，手续也没核扎实。 # ending: served-cold 钱取走了，心里有疙瘩 # band: C-D
- else:
  钱是取走了，手续也核了；可他一路上都觉得自己被人防着，心里有了疙瘩。 # ending: served-cold 钱取走了，心里有疙瘩 # band: C-D
}
-> END

=== end_sour ===
// 课件未写，本处为编写：最后一句话没说好
曹先生接过钱，脸沉了下来。 # mood: upset
证件都带齐了，还要她一起来？行，下回我让她自己来。 # speaker: 曹先生
他把钱往包里一塞，走了。 # walk: entrance # sfx: door
{mismatch.accused:先是一句“长得不像”，最后又是一句“下回让您爱人一起来”。|前面都办下来了，最后一句话却让客户心里不舒服。} # ending: sour-goodbye 最后一句话没说好 # band: B-D
-> END

=== end_hurt ===
// 课件未写，本处为编写：被当面说“长得不像”之后的收尾
曹先生接过钱，一张一张地点，谁也没看。 # mood: angry
钱我取了。你们这儿，我以后不来了。 # speaker: 曹先生
他走到门口，还在跟自己嘀咕：我又不是罪犯。 # walk: entrance # sfx: door
手续最后是核实了，可“长得不像”那一句，他记住了。 # ending: treated-as-suspect 被当成了可疑的人 # band: D
-> END

=== sent_away ===
// 课件未写，本处为编写：客户被劝回去请委托人本人来
{ protest.refuse:
  我爱人在上班，走不开！证件都在这儿，你一句“不像”就不给办了？ # speaker: 曹先生 # mood: angry
- else:
  她在上班，哪走得开？证件我都带来了，怎么就不好办了？ # speaker: 曹先生 # mood: angry
}
行，我回去让她请假自己来！房主那边，我看你怎么交代！ # speaker: 曹先生
他一把抓回卡和证件，走出了营业厅。 # walk: entrance # sfx: door
证件带齐了，一个电话就能核实的事，客户却白跑了一趟，买房的钱也没取成。 # ending: sent-away 客户被劝回去换人来 # band: D # redline: turn-away
-> END

=== stormed_out ===
// 课件未写，本处为编写
叫保安？我取我爱人的钱，犯了哪条法了？ # speaker: 曹先生 # mood: angry
他一把抓回卡和证件，摔门走了。 # walk: entrance # sfx: door
旁边窗口的客户面面相觑。
一位带齐了证件的客户，被当成闹事的人请了出去；钱没取成，他也不会再来了。 # ending: stormed-out 客户被当成闹事的人 # band: D
-> END

=== skipped ===
// 课件未写，本处为编写；具体手续请本行运营/合规部门确认：代取大额现金、相貌存疑时，应与委托人核实后再办理
{ verify:你回到窗口，|}给他办了取款，把十万元递了出去。 # sfx: cash
曹先生点好钱，高高兴兴地走了。 # walk: entrance # mood: pleased
客户很满意；可相貌不大相符、代取十万元现金，委托人那一头，谁也没有核实过。 # ending: check-skipped 手续没核全就付了款 # band: D
-> END
