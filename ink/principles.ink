// 原则目录（培训师可编辑）
// 每个原则是一个 knot：knot 开头的标签给出它的编号、名称和出处。
// 出处（source）必须逐字引用课件中的“精髓”或“忠告”。
// 案例里的 # score: 标签只能使用这里定义的编号。
// 仪表（meter）也在这里定义；变量本身在 common.ink 中声明。
// 这个文件可以在 Inky 中直接打开和运行：它会把目录读一遍。

-> catalogue

=== catalogue ===
本文件是评分原则目录，共十六条原则、四个仪表。
-> END

=== every_caller_a_prospect ===
# principle: every-caller-a-prospect
# name: “来电”客户＝潜在客户
# short: 潜在客户
# source: 案例1 精髓：不要苦恼客户不来银行，若是在点滴之间，我们跟客户的交流都有专业水准和用心的服务，客户会不来吗？服务，从心出发；诚信，点滴积累。
# source: 案例1 忠告：“来电”的客户＝潜在的客户
每一次咨询都可能带来一位新客户。
-> END

=== attend_warmly ===
# principle: attend-warmly
# name: 热情主动，拒绝冷漠
# short: 热情主动
# source: 案例6 精髓：冷淡无理的态度是激怒客户的最好手段。而我们要做的是：留意观察客户的需要，给予他超过他所期待的关注和热情！
# source: 案例6 忠告：冷漠是赶走客户的利器！
放下手头的事，主动招呼客户。
-> END

=== keep_your_word ===
# principle: keep-your-word
# name: 言出必行，守住承诺
# short: 守住承诺
# source: 案例5 精髓：我们承诺过的言语就成为客户对我们的要求，无论怎样，要守住自己所承诺的。
# source: 案例5 忠告：为最后一位客户服务好才是真好！
营业时间也是承诺：5:30前进门的客户都要办完。
-> END

=== find_a_way ===
# principle: find-a-way
# name: 找办法，不找借口
# short: 找办法
# source: 案例2 忠告：服务的意识就在于：你有没有尽力做到自己能做的
# source: 案例3 忠告：真诚服务不是找借口，而是找办法！
# source: 案例19 精髓：为了不让客户“卡”在这里，完美的客户服务需要您的额外付出。
尽力做到自己能做的。
-> END

=== say_what_you_can_do ===
# principle: say-what-you-can-do
# name: 不直接说“不”，告诉客户能做什么
# short: 说能做什么
# source: 案例13 精髓：服务人员应让客户感知到我们在努力帮他，并尽一切努力满足和接近他的期望，或者至少我们还能为他做些我们能做的，而不是仅仅告诉他我们不能做什么。
# source: 案例13 忠告：不要对客户直接说“不”，而是告诉客户我们能为他做什么！
说明限制的同时，给出能做的事。
-> END

=== listen_first ===
# principle: listen-first
# name: 聆听安抚，先平息情绪再解释
# short: 聆听安抚
# source: 案例4 精髓：客户需要更多的是聆听，而不是解释，在服务中要了解到客户的心理需求，因势利导。
# source: 案例4 忠告：言语柔和，使其消怒；聆听安抚，可得其心！
先听，先安抚，再解释。
-> END

=== mind_how_you_say_it ===
# principle: mind-how-you-say-it
# name: 客户更在乎你怎么说
# short: 怎么说
# source: 案例8 精髓：语言的模式就是思维的模式，当内心积蓄更多的关爱和快乐，语言一定是会有所不同。好的服务首先是从好的语言开始，好的语言从好的心态开始！
# source: 案例8 忠告：不管你说什么，客户更在乎你怎么说
用“您”和“请”，不用命令句。
-> END

=== dont_judge ===
# principle: dont-judge
# name: 不评判、不猜疑客户
# short: 不评判
# source: 案例9 精髓：“客户要的是温暖的语言和帮助！”对错不是最重要的，如何解决和尽一切可能提供服务才是最重要的！
# source: 案例15 忠告：客户不是罪犯！
必要的核实要做，但不当面猜疑、不指责。
-> END

=== fair_to_all ===
# principle: fair-to-all
# name: 公平对待每一位客户
# short: 公平
# source: 案例7 精髓：你有公平和公正的原则，客户会更信任你。
# source: 案例7 忠告：专业服务会公平对待每一位客户。
不因熟人插队，不让一位客户耽误所有人。
-> END

=== principled_not_pushover ===
# principle: principled-not-pushover
# name: 卓越服务≠无原则的迁就和认错
# short: 坚持原则
# source: 案例10 精髓：卓越服务不等于无原则的迁就和认错，保持公正的立场，也是服务的一个层面！
# source: 案例10 忠告：比妥协更好的办法是用心！
温暖不等于放弃核查：不“花钱消灾”，不因威胁认错。
-> END

=== plain_language ===
# principle: plain-language
# name: 你是专家，客户不是
# short: 说人话
# source: 案例11 精髓：我们不要因为专业知识让客户感到有距离，而要以所知道的来帮助人，以亲切而易懂的方式对待他人。
# source: 案例11 忠告：你是专家，客户不是！
用客户听得懂的话。
-> END

=== rules_serve_people ===
# principle: rules-serve-people
# name: 让规定为人服务
# short: 规定为人
# source: 案例12 精髓：规定是人制定的，也是为人制定的，处理事情时我们更应该在乎如何使规定为人服务。
# source: 案例12 忠告：有时候，我们其实可以让客户喜欢规定的！
守住规定，同时帮客户满足规定。
-> END

=== their_urgency_first ===
# principle: their-urgency-first
# name: 急客户所急，而不是急自己所急
# short: 急客户所急
# source: 案例14 精髓：我们经常搞不清一个问题，是交班重要，还是客户重要……服务讲求“不求自己的益处”，服务他人的过程就是付出关爱的过程。
# source: 案例14 忠告：服务之中当务之急，是急客户所急，而不是急自己所急
客户的急事先于自己手头的事。
-> END

=== process_serves_customer ===
# principle: process-serves-customer
# name: 服务流程应服务于客户
# short: 流程为客户
# source: 案例16 精髓：我们不是服务于流程，而是客户。
# source: 案例16 忠告：服务流程应服务于客户
少让客户跑，少让客户填。
-> END

=== one_voice ===
# principle: one-voice
# name: 内部统一说法，切忌在客户面前争论
# short: 统一说法
# source: 案例17 忠告：内部工作人员切忌在客户面前争论。
# source: 案例17 点评：发现伙伴说错了，应说出让客户听起来“有道理”的原由，求得客户谅解，并统一说法。
对客户只有一个声音。
-> END

=== own_the_problem ===
# principle: own-the-problem
# name: 谁错不重要，客户满意最重要
# short: 担当
# source: 案例18 精髓：“遮掩别人过犯的，得到人的喜爱”，我们要成为堵住破口的人。这是客户服务人员的义务和责任。
# source: 案例18 忠告：谁错不重要，客户满意最重要。
第一个接到问题的人负责到底。
-> END

=== meter_trust ===
# meter: trust
# name: 客户信任
# start: 50
# min: 0
# max: 100
# better: higher
# format: percent
客户对你和这家银行的感受。
-> END

=== meter_compliance ===
# meter: compliance
# name: 合规
# start: 100
# min: 0
# max: 100
# better: higher
# format: percent
制度和风控是否守住。热情但不合规，同样会失分。
-> END

=== meter_crowd ===
# meter: crowd
# name: 围观情绪
# start: 0
# min: 0
# max: 100
# better: lower
# format: percent
营业厅里其他客户的不满和议论。
-> END

=== meter_clock ===
# meter: clock
# name: 时钟
# start: 0
# min: 0
# max: 1440
# better: none
# format: clock
当前时间（从零点起的分钟数）。
-> END
