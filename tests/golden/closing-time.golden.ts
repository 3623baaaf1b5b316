import type { Golden } from './golden';

export default {
  caseId: 'closing-time',
  walkthroughs: [
    {
      name: '课件示范处理：请别着急，为您办完我们才会下班',
      choices: [
        '（放下手中的款箱，起身）请别着急',
        '您不是在我们这里开户的',
        '按时落闸吧',
        '请稍等，这位客户五点半前就进来了',
        '胡先生，约定转存已经为您设置好了',
      ],
      ending: 'last-customer',
      grade: 'A',
    },
    {
      name: '课件中的不当处理：请你明天再来办吧，接款车来接款箱了',
      choices: [
        '（低头清点款箱，头也不抬）还有客户来',
        '你不是在我们这里开户的啊',
        '你看，已经下班了',
        '马上好',
      ],
      ending: 'ducked-out',
      grade: 'D',
    },
    {
      name: '办了业务，却嫌麻烦、催客户签字',
      choices: [
        '（放下手中的款箱，起身）请别着急',
        '跨网点的设置比较麻烦',
        '按时落闸吧',
        '胡先生，押运的在等了',
        '胡先生，约定转存已经为您设置好了',
      ],
      ending: 'served-cold',
      grade: 'C',
    },
    {
      name: '课件中的不当处理之后及时改口，为客户办完',
      choices: [
        '（低头清点款箱，头也不抬）还有客户来',
        '你不是在我们这里开户的啊',
        '对不起，是我说得不妥',
        '按时落闸吧',
        '请稍等，这位客户五点半前就进来了',
        '胡先生，约定转存已经为您设置好了',
      ],
      ending: 'served-cold',
      grade: 'C',
    },
    {
      name: '催客户快点，再用明天的优先号把他劝回去',
      choices: ['我们马上下班了', '今天快下班了，我给您留个优先号', '明天您直接到1号窗口找我'],
      ending: 'tomorrow',
      grade: 'D',
    },
  ],
} satisfies Golden;
