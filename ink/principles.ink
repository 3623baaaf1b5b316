// 原则目录（培训师可编辑）
// 每个原则是一个 knot：knot 开头的标签给出它的编号、名称和出处。
// 每条原则只对应一种看得见的做法（比如 listen-first 看先后顺序，mind-how-you-say-it 看措辞）。
// 出处（source）必须逐字引用课件中的“精髓”或“忠告”，写成“案例N 精髓：原文”或“案例N 忠告：原文”，
// 可以只引其中一句；ink:check 会逐字核对。
// 案例里的 # score: 标签只能使用这里定义的编号。
// 红线（redline）也在这里定义：学员一旦触碰，等级最高只能到它的上限（ceiling）。
// 仪表（meter）也在这里定义；变量本身在 common.ink 中声明。仪表可以用 # cap: 声明阈值，越过即触碰红线。
// 这个文件可以在 Inky 中直接打开和运行：它会把目录读一遍。

-> catalogue

=== catalogue ===
本文件是评分目录：十七条原则、八条红线、四个仪表。
-> END

=== every_caller_a_prospect ===
# principle: every-caller-a-prospect
# name: “来电”客户＝潜在客户
# short: 潜在客户
# source: 案例1 精髓：不要苦恼客户不来银行，若是在点滴之间，我们跟客户的交流都有专业水准和用心的服务，客户会不来吗？服务，从心出发；诚信，点滴积累。
# source: 案例1 忠告：“来电”的客户＝潜在的客户
看电话和咨询：把每一次来电、每一个问题都当作潜在客户认真答复，不敷衍、不推走。
-> END

=== attend_warmly ===
# principle: attend-warmly
# name: 热情主动，拒绝冷漠
# short: 热情主动
# source: 案例6 精髓：冷淡无理的态度是激怒客户的最好手段。而我们要做的是：留意观察客户的需要，给予他超过他所期待的关注和热情！
# source: 案例6 忠告：冷漠是赶走客户的利器！
看主动：客户到面前时先放下手头的事、先开口招呼，而不是等客户来求。
-> END

=== keep_your_word ===
# principle: keep-your-word
# name: 言出必行，守住承诺
# short: 守住承诺
# source: 案例5 精髓：我们承诺过的言语就成为客户对我们的要求，无论怎样，要守住自己所承诺的。
# source: 案例5 忠告：为最后一位客户服务好才是真好！
看兑现：说过的话、挂出的营业时间都算承诺，做到为止，不找理由收回。
-> END

=== find_a_way ===
# principle: find-a-way
# name: 找办法，不找借口
# short: 找办法
# source: 案例2 忠告：服务的意识就在于：你有没有尽力做到自己能做的
# source: 案例3 忠告：真诚服务不是找借口，而是找办法！
# source: 案例19 精髓：为了不让客户“卡”在这里，完美的客户服务需要您的额外付出。
看办法：遇到难处先找能做的办法，而不是先讲做不到的理由。
-> END

=== say_what_you_can_do ===
# principle: say-what-you-can-do
# name: 不直接说“不”，告诉客户能做什么
# short: 说能做什么
# source: 案例13 精髓：服务人员应让客户感知到我们在努力帮他，并尽一切努力满足和接近他的期望，或者至少我们还能为他做些我们能做的，而不是仅仅告诉他我们不能做什么。
# source: 案例13 忠告：不要对客户直接说“不”，而是告诉客户我们能为他做什么！
看替代：不得不说“不行”时，同时给出能做的一件事。
-> END

=== listen_first ===
# principle: listen-first
# name: 聆听安抚，先平息情绪再解释
# short: 聆听安抚
# source: 案例4 精髓：客户需要更多的是聆听，而不是解释
# source: 案例4 忠告：聆听安抚，可得其心！
看先后顺序：先让客户把话说完、先安抚，再解释或核查。
-> END

=== mind_the_hall ===
# principle: mind-the-hall
# name: 顾及大厅，不让一位客户的风波波及众人
# short: 顾及大厅
# source: 案例4 精髓：在服务中要了解到客户的心理需求，因势利导。
# source: 案例7 忠告：专业服务会公平对待每一位客户。
# source: 案例17 忠告：内部工作人员切忌在客户面前争论。
看大厅：把争执从大厅里引开，照顾排队和围观的客户，不当众争辩。
-> END

=== mind_how_you_say_it ===
# principle: mind-how-you-say-it
# name: 客户更在乎你怎么说
# short: 怎么说
# source: 案例8 精髓：语言的模式就是思维的模式，当内心积蓄更多的关爱和快乐，语言一定是会有所不同。好的服务首先是从好的语言开始，好的语言从好的心态开始！
# source: 案例8 忠告：不管你说什么，客户更在乎你怎么说
看措辞：用“您”和“请”，不用命令句，不推责、不数落。
-> END

=== dont_judge ===
# principle: dont-judge
# name: 不评判、不猜疑客户
# short: 不评判
# source: 案例9 精髓：“客户要的是温暖的语言和帮助！”对错不是最重要的，如何解决和尽一切可能提供服务才是最重要的！
# source: 案例15 忠告：客户不是罪犯！
看评判：该核实的照常核实，但不当面猜疑、指责、数落客户。
-> END

=== fair_to_all ===
# principle: fair-to-all
# name: 公平对待每一位客户
# short: 公平
# source: 案例7 精髓：你有公平和公正的原则，客户会更信任你。
# source: 案例7 忠告：专业服务会公平对待每一位客户。
看顺序：人人按同样的规矩办，不因熟人、关系或嗓门大小区别对待。
-> END

=== principled_not_pushover ===
# principle: principled-not-pushover
# name: 卓越服务≠无原则的迁就和认错
# short: 坚持原则
# source: 案例10 精髓：卓越服务不等于无原则的迁就和认错，保持公正的立场，也是服务的一个层面！
# source: 案例10 忠告：比妥协更好的办法是用心！
看立场：不因威胁或纠缠就认错、赔钱，把该查的查清楚。
-> END

=== plain_language ===
# principle: plain-language
# name: 你是专家，客户不是
# short: 说人话
# source: 案例11 精髓：我们不要因为专业知识让客户感到有距离，而要以所知道的来帮助人，以亲切而易懂的方式对待他人。
# source: 案例11 忠告：你是专家，客户不是！
看说法：用客户听得懂的话解释，不堆术语。
-> END

=== rules_serve_people ===
# principle: rules-serve-people
# name: 让规定为人服务
# short: 规定为人
# source: 案例12 精髓：规定是人制定的，也是为人制定的，处理事情时我们更应该在乎如何使规定为人服务。
# source: 案例12 忠告：有时候，我们其实可以让客户喜欢规定的！
看规定：规定守住，同时帮客户想办法满足它，而不是拿规定挡人。
-> END

=== their_urgency_first ===
# principle: their-urgency-first
# name: 急客户所急，而不是急自己所急
# short: 急客户所急
# source: 案例14 精髓：我们经常搞不清一个问题，是交班重要，还是客户重要
# source: 案例14 精髓：服务讲求“不求自己的益处”，服务他人的过程就是付出关爱的过程。
# source: 案例14 忠告：服务之中当务之急，是急客户所急，而不是急自己所急
看轻重：客户的急事排在自己的交班、收尾之前。
-> END

=== process_serves_customer ===
# principle: process-serves-customer
# name: 服务流程应服务于客户
# short: 流程为客户
# source: 案例16 精髓：我们不是服务于流程，而是客户。
# source: 案例16 忠告：服务流程应服务于客户
看流程：能一次办完的不让客户多跑一趟、多填一张表。
-> END

=== one_voice ===
# principle: one-voice
# name: 内部统一说法，切忌在客户面前争论
# short: 统一说法
# source: 案例17 忠告：内部工作人员切忌在客户面前争论。
# source: 案例17 精髓：美好的语言帮助我们赢得客户的心！
对客户只有一个声音：同事说错了，给客户一个说得通的原由，统一说法。
-> END

=== own_the_problem ===
# principle: own-the-problem
# name: 谁错不重要，客户满意最重要
# short: 担当
# source: 案例18 精髓：“遮掩别人过犯的，得到人的喜爱”，我们要成为堵住破口的人。这是客户服务人员的义务和责任。
# source: 案例18 忠告：谁错不重要，客户满意最重要。
看担当：不推给别人或别的部门，第一个接到问题的人管到底，先解决再论对错。
-> END

// ───────────── 红线 ─────────────
// 红线是课件明确反对、无论得分多高都不能评优的做法。
// 选项或台词上写 # redline: 编号，走到那里就触碰红线；仪表的 # cap: 也可以触碰红线。
// ceiling 是触碰后等级的上限（B、C 或 D），分数也随之封顶在该等级以内。

=== redline_pay_to_quiet ===
# redline: pay-to-quiet
# name: 花钱消灾：用赔钱让客户息事宁人
# ceiling: D
# source: 案例10 精髓：卓越服务不等于无原则的迁就和认错，保持公正的立场，也是服务的一个层面！
# source: 案例10 忠告：比妥协更好的办法是用心！
未经核查就赔钱，或员工自掏腰包补给客户，让事情“过去”。
-> END

=== redline_promise_to_pay ===
# redline: promise-to-pay
# name: 未经核查就认错、许诺赔偿
# ceiling: C
# source: 案例10 精髓：卓越服务不等于无原则的迁就和认错
# source: 案例5 精髓：我们承诺过的言语就成为客户对我们的要求
在压力下先认下责任、许下赔偿，事后再收回也已失信。
-> END

=== redline_treat_as_criminal ===
# redline: treat-as-criminal
# name: 把客户当罪犯
# ceiling: D
# source: 案例15 忠告：客户不是罪犯！
# source: 案例9 精髓：“客户要的是温暖的语言和帮助！”
没有依据就当面指责、审问、揭短，或以叫保安、报警相威胁。
-> END

=== redline_turn_away ===
# redline: turn-away
# name: 打发走银行还欠着服务的客户
# ceiling: D
# source: 案例5 忠告：为最后一位客户服务好才是真好！
# source: 案例5 精髓：无论怎样，要守住自己所承诺的。
客户按时来了（或打来电话）、事情能办，却被劝走、推到明天、推给别的网点或部门，或者话没说完就被挂断。
-> END

=== redline_break_rules ===
# redline: break-rules
# name: 违反现金、安全或业务制度
# ceiling: D
# source: 案例12 精髓：是以规定来敷衍客户，还是让规定来服务于客户？
# source: 案例10 精髓：保持公正的立场，也是服务的一个层面！
为了方便或息事宁人，绕过现金、安全、业务或客户信息保密制度（具体制度以本行规定为准）。
-> END

=== redline_return_counterfeit ===
# redline: return-counterfeit
# name: 把已确认的假币交还客户
# ceiling: D
# source: 案例10 精髓：卓越服务不等于无原则的迁就和认错，保持公正的立场，也是服务的一个层面！
机器已确认是假币，仍把假币还给持有人带走（收缴的具体手续以人民银行和本行规定为准）。
-> END

=== redline_play_favourites ===
# redline: play-favourites
# name: 熟人优先、两样对待
# ceiling: C
# source: 案例7 忠告：专业服务会公平对待每一位客户。
# source: 案例7 精髓：你有公平和公正的原则，客户会更信任你。
让熟人插队、挑号或多占窗口时间，或者当着其他客户，给熟人和别人两样待遇。
-> END

=== redline_hall_lost ===
# redline: hall-lost
# name: 大厅失控
# ceiling: C
# source: 案例4 精髓：在服务中要了解到客户的心理需求，因势利导。
# source: 案例15 精髓：服务要排除一切可能带给客户的负面感受，努力营造温暖和关爱的氛围。
一位客户的风波升级到满厅不满，其他客户的服务被耽误。
-> END

// ───────────── 仪表 ─────────────

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
# cap: below 60 break-rules
制度和风控是否守住。热情但不合规，同样会失分；低于 60 即触碰“违反制度”红线。
-> END

=== meter_crowd ===
# meter: crowd
# name: 围观情绪
# start: 0
# min: 0
# max: 100
# better: lower
# format: percent
# cap: above 80 hall-lost
营业厅里其他客户的不满和议论；超过 80 即“大厅失控”。
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
