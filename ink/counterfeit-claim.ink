# case: counterfeit-claim
# title: 客户称银行付了假钞怎么办
# number: 10
# principles: principled-not-pushover, listen-first, dont-judge
# setting: manager-desk
# customer: 王先生
# look: man
# role: 营业厅主管
# meters: trust, compliance
# summary: 客户拿两张同号假钞说是取款机所出，扬言找媒体曝光
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

~ trust = 20
~ compliance = 100
-> start

=== start ===
// 课件未写：客户的样子和到来的时刻，本处为编写。
营业厅里正是人多的时候。一位中年男客户攥着几张钞票，径直走到主管台前。 # walk: manager-desk # mood: angry
你们取款机出假钱，你看怎么办吧！ # speaker: 王先生 # sfx: tension
他嗓门很大，排队的客户纷纷转过头来。 # sfx: murmur
* [先生您好，我是营业厅主管，这事我来处理。这儿说话不方便，我陪您到会客室坐下慢慢说，好吗？ # score: listen-first +3, principled-not-pushover +1 # why: 课件方法一的第一步：客户激动时，先把他引离营业厅安抚。换个安静的地方，他不必当着众人撑着火气，也免得在大厅里当众争执。]
  ~ trust += 10
  王先生愣了一下，看看四周，哼了一声，还是跟着你往里走。 # mood: suspicious
  -> meeting_room
* [先生，您先消消气，有什么事您慢慢说，我听着。 # score: listen-first +1 # why: 先安抚、先聆听的方向是对的；可人还站在大厅里，围观的人越来越多，他很难真正平静下来。课件的做法是先把客户引离营业厅。]
  ~ trust += 5
  慢慢说？钱都成假的了，你让我怎么慢慢说！ # speaker: 王先生 # mood: angry
  -> hall
* [什么时间取的，拿出来给我看一下，好吗？ # score: listen-first -1 # why: 这是课件中主管的原话，语气并不差；但就在大厅里、当着排队的客户直接追问事实，客户的火气还没下去，事情只会越说越僵。]
  ~ trust -= 5
  昨天下午取的！你自己看！ # speaker: 王先生 # mood: angry
  -> hall

=== hall ===
// 课件只说“两张号码相同”；面额课件未写，按“赔200元”推定为两张一百元。
王先生把两张一百元拍在台面上。 # mood: angry
你看吧，两张号码相同，怎么回事，银行竟然出假钱！ # speaker: 王先生 # sfx: murmur
你拿起来一看，两张钞票的冠字号码一模一样。旁边排队的客户也伸长了脖子。
* [我们的取款机不可能出假钞，您这钱肯定不是在我们这儿取的。 # score: listen-first -2, dont-judge -1 # why: 想维护银行，却在没查之前就下了结论。话一出口，客户就被推到了对立面。课件精髓说的公正立场，是先查清，而不是先护短。]
  ~ trust -= 10
  -> threat_public
* [先生，这事我一定给您查清楚。这儿人多，请您到会客室坐下，我们一起把情况弄明白。 # score: listen-first +2, principled-not-pushover +1 # why: 晚了一步，但还是回到了课件方法一：把激动的客户引离营业厅安抚，再一起查，不在众人面前争执。]
  ~ trust += 5
  王先生瞪了你一眼，一把抓回钞票，还是跟着你往里走。 # mood: suspicious
  -> meeting_room
* [你先别肯定是我们行取款机出的。 # score: listen-first -2, dont-judge -2, principled-not-pushover -1 # why: 课件中主管的原话。没听经过、没验钞，就当众先把责任推开，等于暗示客户在说谎，客户只会闹得更凶。]
  ~ trust -= 10
  -> threat_public

=== threat_public ===
怎么不是？你要不认账，我去媒体曝光，看你们怕不怕！ # speaker: 王先生 # mood: angry # sfx: tension
大厅里的议论声更大了。一位柜员从柜台后探过身来，压低声音对你说。 # sfx: murmur
主管，要不赔他200元，息事宁人算了。 # speaker: 柜员
* [你是不是故意来讹钱的？拿两张假钱就想让银行赔？ # score: dont-judge -3, listen-first -1 # why: 没有任何依据，就当众把客户当成骗子。即使真有疑点，课件的做法也是冷静核查、必要时建议报案，而不是当面指责。]
  ~ trust -= 20
  -> stormed_out
* [您别去媒体，是我们的责任，我们认，一定给您一个说法。 # score: principled-not-pushover -3 # why: 被“曝光”一吓，没经核查就认错、许诺。这正是课件精髓说的“无原则的迁就和认错”，后面怎么兑现都是难题。]
  ~ trust += 10
  ~ compliance -= 20
  -> promised
* [先生，您有权反映，我们也一定查个明白。请您到会客室，我们一起验钞、看录像。 # score: principled-not-pushover +2, listen-first +2 # why: 不被威胁吓住，也不和客户顶牛；把“怎么查”摆出来请他一起参与，再把他从大厅引开，回到课件方法一。]
  ~ trust += 10
  王先生盯着你看了几秒，把钞票攥回手里。 # mood: suspicious
  行，我倒要看看你们怎么查。 # speaker: 王先生
  -> meeting_room
* [好吧，200元赔给你，这事就算了，你也别再嚷了。 # score: principled-not-pushover -3, listen-first -2 # why: 课件中的不当处理：怕客户到媒体曝光，就赔200元息事宁人。没验钞、没看录像，等于替没查清的事认了错，也让满大厅的人看到“闹一闹就有钱”。]
  ~ trust += 15
  ~ compliance -= 50
  -> paid_off

=== promised ===
王先生的口气一下子缓了下来，紧接着就伸出了手。 # mood: neutral
那行，两张，200元，现在就给吧。 # speaker: 王先生
柜员看着你，等你点头。
* [王先生，对不起，我刚才话说早了。赔不赔要看查的结果，我们先一起验钞、看录像，好吗？ # score: principled-not-pushover +2 # why: 收回仓促的承诺要付出信任的代价，但比将错就错好。课件忠告：比妥协更好的办法是用心。]
  ~ trust -= 15
  ~ compliance += 10
  闹了半天，你们说话不算数啊！ # speaker: 王先生 # mood: angry
  { not meeting_room:
    你好说歹说，总算把他请进了会客室。 # walk: meeting-room
  }
  -> check
* [好，我让柜台给您拿200元。 # score: principled-not-pushover -3, listen-first -1 # why: 为了兑现一句不该说的承诺，最后还是“花钱消灾”。钱付了，真相没查，这正是课件中的不当处理。]
  ~ trust += 10
  ~ compliance -= 30
  -> paid_off

=== meeting_room ===
你把王先生请进会客室，关上门，外面的嘈杂一下子远了。 # walk: meeting-room
王先生没坐，站在桌边，气还没消。 # mood: angry
{ hall:
  别以为换个屋子说话，我就好糊弄。 # speaker: 王先生
- else:
  别跟我来这套。钱是在你们取款机上取的，你们就得负责！ # speaker: 王先生
}
* [您把钱给我，我先拿去验一下，别的回头再说。 # score: listen-first -1 # why: 验钞是该做的，但客户话还没说完就拿走钞票，他会觉得你在敷衍、在找他的茬。课件的顺序是先安抚、请他讲经过，再核查。]
  ~ trust -= 5
  钱我不给你！你先听我把话说完！ # speaker: 王先生 # mood: angry
  -> story
* [您先坐，喝杯水。这事搁谁身上都着急。您从取钱那会儿说起，我仔细听。 # score: listen-first +3, dont-judge +1 # why: 课件方法一：引离营业厅、安抚，待客户平静后请他讲述事情经过。先听完再判断，客户才愿意配合后面的核查。]
  ~ trust += 15
  你给他倒了杯温水。王先生坐了下来，喝了一口，语气缓了些。 # mood: upset
  -> story
* [王先生，有句话我先说在前头：银行的取款机一般是不会出假钞的。 # score: listen-first -2, dont-judge -1 # why: 话还没听就先替银行辩护，等于告诉客户“问题在你”。课件精髓讲的公正立场，是先查清，而不是先站队。]
  ~ trust -= 10
  一般不会？那这是什么！你先听我说！ # speaker: 王先生 # mood: angry
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
  我把话撂这儿，今天不给个说法，我就去找媒体。 # speaker: 王先生 # sfx: tension
- else:
  你们要是不认账，我就去媒体曝光，看你们怕不怕！ # speaker: 王先生 # sfx: tension
}
* [您千万别去媒体。钱是在我们这儿取的，我们肯定给您赔。 # score: principled-not-pushover -3, listen-first -1 # why: 在曝光威胁下，没经核查就认错、许诺赔偿。这正是课件精髓所说的“无原则的迁就和认错”，也是课件中主管赔钱了事的开端。]
  ~ trust += 10
  ~ compliance -= 20
  -> promised
* [您的心情我理解。我不推，也不随口认，咱们一起查：先过点钞机，再看取款录像，行吗？ # score: principled-not-pushover +3, listen-first +1, dont-judge +1 # why: 不因“曝光”二字就认错，也不把客户往外推；把核查的步骤摆到桌面上，请他一起参与。课件忠告：比妥协更好的办法是用心。]
  ~ trust += 10
  王先生犹豫了一下，把钞票推到你面前。 # mood: suspicious
  行，我就看着你们查。 # speaker: 王先生
  -> check
* [您要曝光请便，我们的机器不会出这种问题。 # score: listen-first -2, dont-judge -1 # why: 立场硬了，却硬错了地方：没查就断定机器没问题，等于说客户在撒谎，把一件可以查清的事变成了对抗。]
  ~ trust -= 20
  -> stormed_out

=== check ===
// 课件方法一第二步：将假钞过机，看点钞机能否识别、是否为最新版的假钞。识别结果课件未写，本处为编写。
你请柜员送来一台点钞机，当着王先生的面，把两张钞票放了进去。 # sfx: cash
点钞机“嘀嘀”报警，两张都被退了出来。看票面，也不是什么新版的高仿假钞。
看见没有？假的！ # speaker: 王先生 # mood: angry
* [录像我让同事去调，调好了通知您。您先回去，等我们消息。 # score: principled-not-pushover +1, listen-first -2 # why: 查是要查的，但把客户打发走、关起门来查，客户看不到过程，只会觉得银行在拖。课件的做法是与客户一同回放录像。]
  ~ trust -= 10
  -> sent_home
* [确实是假钞，点钞机一下就认出来了。问题出在哪儿还得查，咱们一起看看您取款的录像。 # score: principled-not-pushover +3, dont-judge +1, listen-first +1 # why: 如实说“是假钞”，但不急着下“是谁的错”的结论；请客户一同回放取款录像，让事实说话。这是课件方法一的第二、三步。]
  ~ trust += 5
  -> video
* [这种假钞点钞机一过就认得出，取款机肯定也认得出，您这钱不是我们这儿出的。 # score: dont-judge -3, principled-not-pushover -1, listen-first -1 # why: 凭一次验钞就替机器打包票，录像还没看，就把怀疑甩给了客户。课件要的是一步步和客户一起查，而不是半路下结论。]
  ~ trust -= 20
  -> stormed_out

=== video ===
// 课件方法一第三步：与客户一同回放取款录像。录像里的内容课件未写，本处为编写。
你按王先生说的取款时间，请同事把那台取款机的录像调了出来，和他一起坐到屏幕前。 # mood: suspicious
画面里，王先生取出一沓钞票，站在机器旁点了一遍，装进钱包就走了。
前后不到两分钟，身边没有人靠近。
王先生盯着屏幕，半天没说话。 # mood: anxious
这……录像上也看不出什么来。 # speaker: 王先生
* [王先生，您跟我说实话，您是不是故意拿假钱来讹银行？ # score: dont-judge -3, listen-first -2 # why: 录像没有异常，不等于客户在撒谎。没有证据就当面指责，客户只会觉得受了侮辱。课件是发现欺诈迹象才建议报案，而不是当面审问。]
  ~ trust -= 25
  -> stormed_out
* [录像您也看了，取款时没问题。那就是钱离开银行以后的事了，跟我们没关系。 # score: listen-first -2, dont-judge -1 # why: 录像只说明取款那一刻，说明不了全部。急着撇清，就把客户一个人丢在了问题里，查到一半就收手，客户不会服气。]
  ~ trust -= 15
  -> stormed_out
* [取款这段看不出异常。您再帮我想想，钱取出来以后，借给过别人吗？买东西找过零吗？ # score: principled-not-pushover +2, listen-first +2, dont-judge +1 # why: 课件方法一的最后一步：请客户回忆取款后至今的经过，重点分析动用钱款的环节，如借款、小商店购物被调包。用“帮您一起想”的口气，而不是审问。]
  ~ trust += 10
  -> recall

=== recall ===
王先生想了想，摇摇头。 # mood: suspicious
借钱？没有。钱取出来就一直在我钱包里，谁也没碰过。 # speaker: 王先生
{ story:
  可他刚才明明说过，昨晚在小卖部买过烟。说完这句，他把目光移到了别处。
- else:
  他顿了顿，把目光移到了别处。
  ……也就昨晚下楼，在小卖部买了条烟。 # speaker: 王先生
}
* [您刚才还说买过烟，现在又说没动过，您这话前后对不上啊。 # score: dont-judge -2, listen-first -1, principled-not-pushover +1 # why: 发现了疑点，却拿它来揭客户的短。客户被当面“拆穿”，只会恼羞成怒，事情反而查不下去。]
  ~ trust -= 20
  -> stormed_out
* [您刚才提到昨晚在小卖部买烟，当时付的是这沓钱吗？老板找零时有没有把钱拿回去过？ # score: listen-first +2, dont-judge +2, principled-not-pushover +3 # why: 用客户自己说过的话帮他回忆，而不是抓他的“前后矛盾”。课件点明要重点分析动用钱款的环节，比如小商店购物被调包。]
  ~ trust += 10
  -> swapped
* [王先生，各个环节都查了，还是对不上。为了弄清楚，我建议报告上级行，也向公安机关报案，您看呢？ # score: principled-not-pushover +3 # why: 课件方法二：仔细观察客户言行，发现欺诈迹象时，可建议向上级行及公安机关报案。立场公正，也没有指责；不过此刻先帮他把买烟那一环想清楚，会更好。]
  ~ trust -= 5
  -> left_alone
* [您也不容易，这200元我们给您补上，您就别再跑了。 # score: principled-not-pushover -3, listen-first -1 # why: 查到最后一步反而心软，“花钱消灾”。这仍是课件批评的无原则迁就：钱付了，假钞真正的来历却再没人追问。]
  ~ trust += 15
  ~ compliance -= 50
  -> paid_off

=== swapped ===
// 课件只举例“小商店购物被调包”；调包的具体经过课件未写，本处为编写。
王先生愣住了，皱着眉头想了好一会儿。 # mood: anxious
对了……我先递了两张一百的过去，老板拿到柜台底下看了看，说找不开。 # speaker: 王先生
他把钱还给我，我就改付了零钱。还回来的那两张，我也没细看…… # speaker: 王先生
这么说，是他给我换了？ # speaker: 王先生 # mood: upset
* [您看，我就说不是我们取款机的问题吧。 # score: dont-judge -2, listen-first -2 # why: 查清了真相，却把它当成“赢了客户”。客户本来就下不来台，再被数落一句，面子挂不住，刚建立起来的信任也就丢了。]
  ~ trust -= 20
  -> found_but_sour
* [很有可能。这种调包很隐蔽，不怪您没留意。您要追究，可以向公安机关报案，有需要我们配合的您随时找我。 # score: listen-first +2, dont-judge +1, principled-not-pushover +1 # why: 给客户留足面子，不翻旧账，也不替没有证据的事下定论，再把下一步能做的告诉他。课件精髓：保持公正的立场，也是服务的一个层面。]
  ~ trust += 10
  -> truth_found
* (brisk) [那您赶紧去找小卖部老板问问吧，我们这边就先这样。 # score: listen-first -1, principled-not-pushover +1 # why: 结论没错，可话一说完就送客，客户会觉得“查完了就不管我了”。刚才一起查出来的好感，被这一句冲淡了。]
  ~ trust -= 5
  -> truth_found

// ───────────── 结局 ─────────────
// 各结局的收尾经过课件均未写，本处为编写；“赔200元”与“客户自会主动离开”出自课件。

=== truth_found ===
{ swapped.brisk:
  王先生点点头，站起身来。 # mood: neutral
  行吧，我自己去问。 # speaker: 王先生
  他走出了会客室，临走也没再说什么。 # walk: entrance
  事情查清了，没有赔钱，也没有冤枉客户；只是最后那一句，让他走得有些冷清。 # ending: truth-found 真相查明，客户释然
- else:
  王先生长长地叹了口气，脸上的火气全没了。 # mood: calm
  唉，怪我自己没留神。刚才冲你们嚷嚷，对不住了。 # speaker: 王先生 # mood: pleased # sfx: relief
  他站起身，跟你握了握手，才走出会客室。 # walk: entrance
  没有赔一分钱，也没有让客户背上“骗子”的名声，事情查清了，人也留住了。 # ending: truth-found 真相查明，客户释然
}
-> END

=== left_alone ===
// 课件方法二：“一般客户自会主动离开”。之后的经过课件未写。
王先生的脸色变了变。 # mood: anxious
报案？不用不用，就两百块钱，犯不着……我回去再想想。 # speaker: 王先生
他把钞票揣进兜里，起身走出了会客室。 # walk: entrance # sfx: door
没有赔钱，也没有指责他。两张假钞到底从哪儿来，没能查到底；但银行的立场守住了。 # ending: left-on-his-own 客户自行离开
-> END

=== paid_off ===
柜员从柜台里拿出200元，递给了王先生。 # sfx: cash
王先生把钱揣进兜里，哼了一声。 # mood: neutral
早这样不就完了。 # speaker: 王先生
他走出了营业厅。 # walk: entrance # sfx: door
{
- video:
  查到最后一步，却松了口。200元付了出去，假钞真正的来历再没人追问。 # ending: paid-off 赔钱了事
- hall:
  假钞没有过机，录像没有回放，钱从哪儿来的没人知道；满大厅的人却都看见了：闹一闹，银行就给钱。 # ending: paid-off 赔钱了事
- else:
  假钞没有过机，录像没有回放，钱从哪儿来的没人知道；一句“曝光”，就换走了200元。 # ending: paid-off 赔钱了事
}
-> END

=== stormed_out ===
{ meeting_room:
  王先生一把抓起钞票，站了起来。 # mood: angry
- else:
  王先生一把抓回钞票，脸涨得通红。 # mood: angry
}
好，你们等着！我这就去找你们上级，找记者！ # speaker: 王先生 # sfx: tension
{ meeting_room:
  他摔门而去。 # walk: entrance # sfx: door
- else:
  他转身就往外走，满大厅的人都看着。 # walk: entrance # sfx: door
}
假钞的来历没查清，客户带着一肚子火走了，这件事并没有结束。 # ending: stormed-out 不欢而散
-> END

=== sent_home ===
王先生将信将疑地站了起来。 # mood: suspicious
行，我等你们消息。查不出个结果，我还来！ # speaker: 王先生
他走出了营业厅。 # walk: entrance # sfx: door
事情还没查完，客户却把一肚子疑心带回了家。下回再来，他未必还愿意坐下来听你说。 # ending: sent-home 回去等消息
-> END

=== found_but_sour ===
王先生的脸一下子涨红了。 # mood: upset
行，算我倒霉，行了吧！ # speaker: 王先生
他把钞票揣进兜里，头也不回地走了。 # walk: entrance # sfx: door
真相是查清了，可客户丢了面子，你也丢了这位客户。 # ending: found-but-sour 查清了，却伤了人心
-> END
