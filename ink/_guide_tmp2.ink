# case: suspicious-withdrawal
# title: 发现客户有可疑之处，怎么办
# number: 15
# principles: dont-judge, mind-how-you-say-it, principled-not-pushover
# setting: counter-1
# customer: 曹先生
# look: man
# role: 柜员
# meters: trust, compliance, crowd
# summary: 曹先生要从爱人的卡上代取十万元现金，可他和身份证上的照片看着不太像。
# essence: “凡事都不可亏欠人，唯有彼此相爱”！服务要排除一切可能带给客户的负面感受，努力营造温暖和关爱的氛围。
# advice: 客户不是罪犯！
INCLUDE common.ink

~ trust = 50
-> opening

=== opening ===
曹先生走到1号窗口，把一张银行卡递了进来。 # walk: counter-1 # mood: anxious
我要取100000元。 # speaker: 曹先生
* [您取这么多现金做什么用？转账不是更方便吗？ # score: mind-how-you-say-it -2 # why: 先问钱做什么用，客户听到的是盘问，还没办业务就先起了戒心。]
  ~ trust -= 10
* [十万元现金带着不安全，您还是转账吧，我帮您办。 # score: mind-how-you-say-it -1 # why: 出发点是好的，可“您还是转账吧”是替客户做了主。]
  ~ trust -= 5
* [为减少携带大额现金的麻烦，您可以选择办理转账。 # score: mind-how-you-say-it +2 # why: 课件的示范：站在客户的角度提建议，办不办由客户定。]
  ~ trust += 10
- 我买房，房主说好了要现金。我是帮我爱人取的。 # speaker: 曹先生
* [帮家人代取，您爱人和您的身份证都带来了吧？ # score: principled-not-pushover +2 # why: 课件的示范：代取要核对两个人的证件，问法平和，手续一样不少。]
  ~ trust += 5
  -> check
* [您取的是别人卡上的钱，两个人的身份证都带来了吗？ # score: principled-not-pushover +1, dont-judge -1 # why: 该问的问了，可“别人卡上的钱”听着像在怀疑他。]
  ~ trust -= 5
  -> check
* [既然是您爱人的卡，密码也对，我就直接给您取了。 # score: principled-not-pushover -2 # why: 代取大额现金不核对证件，热情但不合规（具体手续以本行规定为准）。]
  ~ compliance -= 50
  -> skipped

=== check ===
在这里，不是别人，是我爱人，快帮我办吧。 # speaker: 曹先生
你核对证件时发现，曹先生比身份证照片上胖了不少，看着不太像。
* (accused) [这是你嘛？长得不像啊！ # redline: treat-as-suspect # score: dont-judge -2 # why: 课件里的不当处理：当面说客户长得不像，等于把他当成冒名的人。客户不是罪犯！]
  ~ trust -= 30
  我以前瘦，现在长胖了，怎么啦！我又不是罪犯，干嘛老盯着我？ # speaker: 曹先生 # mood: angry
* [请您稍等，我按规定鉴别一下身份证，马上就好。 # score: dont-judge +2 # why: 课件的示范：借鉴别身份证之故，到后台打电话核实，客户不会觉得被怀疑。]
  曹先生点点头。 # mood: neutral
* [照片跟您本人差别有点大，您还有别的证件吗？ # score: dont-judge -1 # why: 说的是实话，可当面说“差别有点大”，客户已经听出你在怀疑他。]
  ~ trust -= 15
  我以前瘦，现在胖了。还要我证明我是我？ # speaker: 曹先生 # mood: upset
- 你到后台给曹先生的爱人打了电话，情况相符。
-> back

=== back ===
你回到窗口。
好了没有？房主还在等着呢。 # speaker: 曹先生
* [刚才我给您爱人打电话核实过了，确实是她让您取的。 # score: dont-judge -1 # why: 实话实说，可等于告诉他：刚才我怀疑过你。]
  ~ trust -= 5
* (lecture) [核实好了。下回代取，记得让您爱人一起来一趟。 # score: mind-how-you-say-it -2 # why: 事情办妥了，最后一句却像在教训客户。]
  ~ trust -= 10
* [让您久等了，身份证没问题，我这就给您办。 # score: mind-how-you-say-it +2 # why: 核实过了就快速办理，一句“让您久等了”，不提刚才的怀疑。]
  ~ trust += 10
- -> finale

=== finale ===
// 先看学员最后说的话，再看有没有越过红线，最后看客户信任。
{ back.lecture: -> end_sour }
{ check.accused: -> end_hurt }
{ trust >= 65: -> end_best }
{ trust >= 50: -> end_ok }
-> end_cold

=== end_best ===
曹先生点好钱，道了声谢。 # mood: pleased # band: A
证件核实了，客户也没觉得被怀疑。 # ending: verified-kindly 核实到位，客户舒心 # band: A
-> END

=== end_ok ===
曹先生把钱装好，点了点头。 # mood: neutral
手续核实了，只是过程中客户有些不快。 # ending: verified 手续核实了，客户有点不快 # band: B-C
-> END

=== end_cold ===
曹先生一言不发地把钱装进包里。 # mood: upset
钱取走了，可客户心里有了疙瘩。 # ending: served-cold 钱取走了，心里有疙瘩 # band: C-D
-> END

=== end_sour ===
曹先生的脸沉了下来：“行，下回我让她自己来。” # mood: upset
前面都办下来了，最后一句话却让客户心里不舒服。 # ending: sour-goodbye 最后一句话没说好 # band: B-D
-> END

=== end_hurt ===
钱是取到了，可曹先生走的时候还在嘀咕：我又不是罪犯。 # mood: angry # walk: entrance
“长得不像”那一句，他记住了。 # ending: treated-as-suspect 被当成了可疑的人 # band: D
-> END

=== skipped ===
曹先生拿着十万元现金走了。 # walk: entrance # mood: pleased
客户很满意，可代取大额现金的手续没有核全。 # ending: check-skipped 手续没核全就付了款 # band: D
-> END
