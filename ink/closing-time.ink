# case: closing-time
# title: 情景五：满点服务
# number: 5
# principles: keep-your-word, their-urgency-first, attend-warmly, mind-how-you-say-it
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
// 课件只给了不当处理和示范处理的几句对话；开场、保安和押运员的台词、业务办理过程、各结局的收尾，
// 均为按课件情节补写，见各处“课件未写，本处为编写”的注释。不涉及任何具体规定、金额或利率。

VAR closing_box_first = false
VAR closing_escort_told = false
VAR closing_shutter_down = false

~ trust = 40
~ clock = 1047
-> arrival

=== arrival ===
// 课件未写，本处为编写：开场情景
下午五点二十七分，1号窗口。离营业结束时间五点半只剩三分钟。
其他窗口的客户都快办完了，你正准备清点、封装款箱。
押运公司的接款车已经停在门外，等着接款箱。
大门口一阵急促的脚步声，一位中年男子快步走进营业厅，额头上还冒着汗。 # walk: entrance # sfx: door # mood: anxious
保安朝他抬了抬手，指向1号窗口。
他快步走到你的窗口前。 # walk: counter-1
还……还来得及吗？我下了班一路赶过来的。 # speaker: 胡先生 # mood: anxious

* [（低头清点款箱，头也不抬）还有客户来？请你快过来。 # score: attend-warmly -3, mind-how-you-say-it -2, their-urgency-first -1 # why: 这是课件里的不当处理：柜员忙着自己的收尾，连头都不抬，客户一进门就感到自己是个打扰。冷漠是赶走客户的利器。]
  ~ trust -= 10
  ~ clock += 1
  胡先生愣了一下，还是把存折从窗口递了进来。 # mood: upset
  -> request
* [（放下手中的款箱，起身）请别着急，为您办完我们才会下班。请问您办什么业务？ # score: attend-warmly +3, keep-your-word +2, mind-how-you-say-it +2 # why: 这是课件的示范：先放下手头的事，一句“为您办完我们才会下班”就让赶时间的客户安下心来。五点半前进门的客户都要办完，这是营业时间对客户的承诺。]
  ~ trust += 15
  ~ clock += 1
  胡先生长出了一口气，把存折递进窗口。 # mood: calm
  -> request
* [（手上继续点着钞票）您好，请稍等，我把这把钞票点完。 # score: their-urgency-first -2, attend-warmly -1, mind-how-you-say-it +1 # why: 话说得客气，可让一位赶着下班前进门的客户等你做完收尾，是急自己所急。客户的急事应先于自己手头的事。]
  ~ trust -= 3
  ~ clock += 2
  你把一把钞票点完、扎好，才抬起头。胡先生在窗口外不停地看表。 # mood: anxious
  -> request
* [我们马上下班了，您快点，办什么？ # score: their-urgency-first -2, mind-how-you-say-it -2, attend-warmly +1 # why: 你虽然招呼了客户，可一句“您快点”把下班的压力推给了客户。客户更在乎你怎么说，他听到的是：你在耽误我们下班。]
  ~ trust -= 5
  ~ clock += 1
  哦，好，好，我尽量快。 # speaker: 胡先生 # mood: anxious
  胡先生手忙脚乱地把存折递进窗口。
  -> request

=== request ===
我要办每月零存整取自动转存。 # speaker: 胡先生
你翻开存折一看：这个零存整取账户不是在本网点开的。

* [跨网点的设置比较麻烦，得多等一会儿，您确定今天办？ # score: mind-how-you-say-it -2, their-urgency-first -1, keep-your-word +1 # why: 你愿意办，但“麻烦”二字让客户觉得自己给银行添了负担，还要他自己表态“确定”。不妨直接确认需求、马上动手。]
  ~ trust -= 5
  ~ clock += 2
  麻烦？那……今天到底能不能办？ # speaker: 胡先生 # mood: suspicious
  能办，您稍等。 # speaker: 你
  胡先生点点头，脸色却不大好看。
  -> shutter
* [您不是在我们这里开户的，要做跨网点的零存整取约定转存，对吗？ # score: mind-how-you-say-it +3, attend-warmly +2, keep-your-word +2 # why: 这是课件的示范：不提“麻烦”，只是平和地把客户的需求复述一遍、确认清楚，然后着手办理。客户感到的是被认真对待。]
  ~ trust += 10
  ~ clock += 2
  对。省得我每个月自己跑一趟来存。 # speaker: 胡先生 # mood: calm
  好的，我这就为您办理。 # speaker: 你
  -> shutter
* [你不是在我们这里开户的啊！这种跨网点的零存整取约定转存设置比较麻烦，请你明天再来办吧！ # score: keep-your-word -3, mind-how-you-say-it -3, their-urgency-first -2 # why: 这是课件里的不当处理：客户五点半前就进了门，你却嫌业务麻烦、打发他明天再来。承诺过的营业时间就是客户对我们的要求，要守住。]
  ~ trust -= 20
  ~ clock += 1
  -> why_not
* [今天快下班了，我给您留个优先号，明天您一来就先给您办，好吗？ # score: keep-your-word -3, their-urgency-first -1, mind-how-you-say-it +1 # why: 话很客气，还给了补偿，可客户是五点半前进门的，今天本该为他办完。用“明天优先”换自己准时下班，仍是没有守住营业时间的承诺。]
  ~ trust -= 8
  ~ clock += 1
  -> tomorrow_objection

=== why_not ===
为什么？ # speaker: 胡先生 # mood: upset

* [对不起，是我说得不妥。请别着急，为您办完我们才会下班。 # score: keep-your-word +3, mind-how-you-say-it +2, their-urgency-first +2 # why: 说错了话，马上认错、改口，把课件的那句承诺补上。客户还在窗口前，就还来得及挽回。]
  ~ trust += 15
  ~ clock += 1
  胡先生看了你一眼，没说话，把存折又往窗口里推了推。 # mood: suspicious
  -> confirm_late
* [今天确实太晚了，明天您一来我就先给您办，好吗？ # score: keep-your-word -2, their-urgency-first -1, mind-how-you-say-it +1 # why: 语气缓和了些，可还是在劝一位按时进门的客户明天再跑一趟。客户要的不是明天的优先，而是今天的承诺兑现。]
  ~ trust -= 3
  ~ clock += 1
  -> tomorrow_objection
* [你看，已经下班了，接款车来接款箱了。 # score: keep-your-word -3, their-urgency-first -3, mind-how-you-say-it -1 # why: 这是课件里的不当处理：把自己的下班和接款车当理由，等于告诉客户他不如款箱重要。急的是自己，不是客户。]
  ~ trust -= 10
  ~ clock += 1
  -> escort_poor

=== escort_poor ===
// 课件未写，本处为编写：押运员催款箱的台词
后面的交接门响了两声，押运员探进头来。 # sfx: tension
1号窗口，款箱好了没有？车在外面等着呢。 # speaker: 押运员
存折被推回到胡先生面前，他站在窗口前，不知该走还是该留。 # mood: upset

* [马上好！（转身收拾款箱，不再理会窗口前的胡先生） # score: attend-warmly -3, their-urgency-first -3, keep-your-word -2 # why: 这是课件里的不当处理：柜员忙着收拾款箱，根本不注意柜台前的客户。冷漠是赶走客户的利器，客户带着一肚子委屈离开。]
  ~ trust -= 15
  ~ clock += 2
  -> end_ducked
* [请稍等，这位先生是五点半前进来的，我为他办完再交款箱。 # score: their-urgency-first +3, keep-your-word +3, attend-warmly +1 # why: 最后关头把顺序摆正了：先办完五点半前进门的客户，再交款箱。这正是课件示范的做法，为最后一位客户服务好才是真好。]
  ~ trust += 12
  ~ clock += 1
  ~ closing_escort_told = true
  押运员点点头，退了出去。
  胡先生有些意外，重新在窗口前坐了下来。 # mood: neutral
  -> confirm_late

=== tomorrow_objection ===
// 课件未写，本处为编写：客户对“明天再来”的回应
明天？我白天要上班，就是下了班才赶过来的。现在不是还没到五点半吗？ # speaker: 胡先生 # mood: upset

* [明天您直接到1号窗口找我，我一定先给您办。 # score: keep-your-word -2, their-urgency-first -2, mind-how-you-say-it +1 # why: 客户已经说了明天不方便，你仍然坚持让他改天再跑一趟。态度再好，也是在用自己的方便替客户做决定。]
  ~ trust -= 10
  ~ clock += 1
  -> end_tomorrow
* [您说得对，您是五点半前进来的，今天一定为您办完。请您稍等。 # score: keep-your-word +3, their-urgency-first +2, mind-how-you-say-it +1 # why: 听进了客户的话，立刻改口兑现营业时间的承诺。五点半前进门的客户，今天就为他办完。]
  ~ trust += 10
  ~ clock += 1
  胡先生这才坐了下来。 # mood: neutral
  -> confirm_late

=== confirm_late ===
您不是在我们这里开户的，要做跨网点的零存整取约定转存，对吗？ # speaker: 你
对。 # speaker: 胡先生
-> shutter

=== shutter ===
// 课件：5:30营业结束时间一到，保安立即落闸关门。保安的问话为编写。
{clock > 1050:
  保安走到窗口边，指了指墙上的钟。
- else:
  墙上的钟走到了五点半。保安走到窗口边。
}
五点半了，卷闸门现在落下来吗？ # speaker: 保安
胡先生回头望了一眼大门，又看看你，神情紧张起来。 # mood: anxious

* [落吧。（继续低头操作，没有跟胡先生解释） # score: attend-warmly -2, mind-how-you-say-it -1, keep-your-word +1 # why: 到点落闸没错，可你没跟客户说一句话。看着卷闸门落下，客户只会担心自己被关在营业时间之外。]
  ~ trust -= 5
  ~ clock += 1
  ~ closing_shutter_down = true
  卷闸门哗啦啦地落了下来。 # sfx: door
  那我……还办得了吗？ # speaker: 胡先生 # mood: anxious
  办得了。 # speaker: 你
  -> processing
* [按时落闸吧。胡先生，您别担心，您的业务我照常为您办完。 # score: keep-your-word +3, attend-warmly +2, mind-how-you-say-it +1 # why: 这是课件的示范：5:30一到保安就落闸关门，柜员照常为厅内的客户办理。到点关门和办完厅内客户，两个承诺都守住了，还顺手安了客户的心。]
  ~ trust += 8
  ~ clock += 1
  ~ closing_shutter_down = true
  保安按下按钮，卷闸门缓缓落下。 # sfx: door
  那就好，那就好。 # speaker: 胡先生 # mood: calm
  -> processing
* [落一半就行，我这边也快收了。 # score: keep-your-word -2, their-urgency-first -2, mind-how-you-say-it -1 # why: 半落的卷闸门是在催客户走，“我这边也快收了”更是当着客户的面急自己所急。客户会觉得自己是被勉强留下的。]
  ~ trust -= 10
  ~ clock += 1
  ~ closing_shutter_down = true
  保安把卷闸门放到一半。 # sfx: door
  胡先生看着那道半落的门，在窗口前坐立不安。 # mood: upset
  -> processing

=== processing ===
// 课件未写，本处为编写：办理过程只作概括，不写具体流程和时长
你调出胡先生的零存整取账户，开始设置每月约定转存。
{closing_escort_told:
  -> finish
}
-> escort

=== escort ===
// 课件未写，本处为编写：押运员催款箱的台词
后面的交接门响了两声，押运员探进头来。 # sfx: tension
1号窗口，款箱好了没有？车在外面等着，后面还有好几个网点要跑。 # speaker: 押运员
胡先生听见了，有些过意不去。 # mood: anxious
要不……我明天再来？ # speaker: 胡先生

* [胡先生，押运的在等了，您签字快一点。 # score: their-urgency-first -2, mind-how-you-say-it -2, keep-your-word +1 # why: 业务是在办，可你把押运员的急转嫁给了客户。急客户所急，而不是急自己所急。]
  ~ trust -= 8
  ~ clock += 2
  胡先生匆匆在凭条上签了字，笔都差点掉了。 # mood: upset
  -> finish
* [先把款箱交给你们。胡先生，您稍等，我交接完再给您办。 # score: their-urgency-first -3, attend-warmly -1 # why: 先交款箱、让客户干等，是把流程和押运的时间放在客户前面。课件示范的顺序正相反：办完五点半前进门的客户，才让押运公司接走款箱。]
  ~ trust -= 8
  ~ clock += 5
  ~ closing_box_first = true
  你停下胡先生的业务，封箱、登记、交接。胡先生隔着窗口干等着。 # mood: upset
  你交接完款箱，回到窗口，把约定转存设置完。
  -> finish
* [请稍等，这位客户五点半前就进来了，我为他办完马上交款箱。 # score: their-urgency-first +3, keep-your-word +3, attend-warmly +1 # why: 这是课件的示范：柜员办完5:30前进入营业厅的客户，才让押运公司将款箱接走。客户也听见了，他不是在添麻烦。]
  ~ trust += 10
  ~ clock += 3
  押运员点点头。
  行，那我们在车上等。 # speaker: 押运员
  胡先生安下心来，仔细核对凭条后签了字。 # mood: calm
  -> finish
* [那也行，明天您一来我先给您办。 # score: keep-your-word -3, their-urgency-first -2 # why: 客户客气地说“明天再来”，是不好意思耽误你们，不是真想再跑一趟。顺水推舟接下这句话，就把营业时间的承诺丢了。]
  ~ trust -= 10
  ~ clock += 1
  -> end_tomorrow

=== finish ===
// 课件未写，本处为编写：办完后的交还
约定转存设置好了。你把存折和凭条从窗口递了出去。

* [好了。下次请早点来，我们五点半就下班了。 # score: mind-how-you-say-it -2, keep-your-word -2 # why: 客户明明是五点半前进门的，这句话却像在怪他来晚了。业务办完了，最后一句话把前面的服务都抵消了。]
  ~ trust -= 8
  ~ clock += 1
  我是五点半前进来的啊。 # speaker: 胡先生 # mood: upset
  -> farewell
* [胡先生，约定转存已经为您设置好了，请收好存折。让您久等了，请慢走。 # score: attend-warmly +2, mind-how-you-say-it +2, keep-your-word +1 # why: 办完了说清楚、交还清楚，再道一声久等。为最后一位客户服务好，要好到他走出门的那一刻。]
  ~ trust += 7
  ~ clock += 2
  -> farewell
* [好了。（把存折推出窗口，转身去收拾款箱） # score: attend-warmly -2, mind-how-you-say-it -1 # why: 业务办完就转身，客户连一句交代都没听到。冷淡的最后一幕，会留在客户的记忆里。]
  ~ trust -= 5
  ~ clock += 1
  胡先生拿起存折看了看，没说话。 # mood: neutral
  -> farewell

=== farewell ===
{closing_box_first or trust < 70:
  -> end_cold
}
-> end_model

=== end_model ===
这么晚了还让你们等我，真不好意思。谢谢你啊！ # speaker: 胡先生 # mood: pleased
// 课件未写，本处为编写：保安从侧门送客户出去
保安打开旁边的小门，送胡先生出去。 # walk: entrance
厅里最后一位客户办完了，你这才把封好的款箱交给押运公司。 # sfx: cash
接款车开走了。五点半的承诺，你守到了最后一位客户。 # sfx: relief # ending: last-customer 为最后一位客户服务好
-> END

=== end_cold ===
// 课件未写，本处为编写：办完业务但客户不舒心的收尾
胡先生把存折收进口袋，点了点头，没再多说什么。 # mood: neutral
{closing_box_first:
  他看着你先把款箱交了出去才轮到自己，总觉得自己是来添麻烦的。
- else:
  业务是办了，可刚才这一番周折，让他心里并不舒坦。
}
保安打开旁边的小门，送他出去。 # walk: entrance
{not closing_box_first:
  你把款箱交给押运公司，接款车开走了。 # sfx: cash
}
业务办完了，客户却没有被真正服务好。 # ending: served-cold 业务办完，客户并不舒心
-> END

=== end_tomorrow ===
// 课件未写，本处为编写：客户被劝回明天再来的收尾
胡先生叹了口气，把存折收了回去。 # mood: upset
那……明天再说吧。 # speaker: 胡先生
{closing_shutter_down:
  保安打开旁边的小门，送他出去。 # walk: entrance
- else:
  他转身走出大门，身后保安落下了卷闸门。 # walk: entrance # sfx: door
}
你把款箱交给押运公司，接款车开走了。 # sfx: cash
明天，他还得想办法再跑一趟。 # ending: tomorrow 客户被劝回，明天再跑一趟
-> END

=== end_ducked ===
你低头清点、封装款箱，再没看窗口一眼。
// 课件：“胡先生见此又猫着腰钻了出去”；半落的卷闸门为据此补写
五点半已过，保安见柜台在收款箱，就把卷闸门放下了一半。 # sfx: door
胡先生站了一会儿，把存折揣回了口袋。 # mood: upset
他只好猫着腰，从半落的卷闸门下钻了出去，心里很不是滋味。 # walk: entrance
你把款箱交给押运员，接款车开走了。 # sfx: cash # ending: ducked-out 胡先生猫着腰钻了出去
-> END
