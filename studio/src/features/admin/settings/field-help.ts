/**
 * Chinese help under the mechanism's settings, by property name (the schema's own descriptions are
 * English, for developers). A property without an entry shows no help in Chinese rather than English.
 */
export const fieldHelpZh: Record<string, string> = {
  id: '英文小写标识，流程、表单和规则用它引用此项；已发布后请勿随意修改。',
  workingDays: '受理次日起算。留空即无办理时限（不倒计时、不计超期）。',
  caseNumberPrefix:
    '案件编号的前缀，2 至 8 位大写字母或数字，如 JXKF（编号形如 JXKF-2026-000123）。留空则取辖区标识的首字母。',
  limitWording: '无办理时限时向企业展示，如“第一时间”。',
  tier: '由哪个办理层级负责。',
  group: '由哪个处理组认领任务。',
  intervalWorkingDays: '超期后每隔几个工作日催办一次。',
  maxBeforeEscalation: '催办几次仍未办结，就升级。',
  escalateToTier: '多次催办无果后，诉求升级到哪个层级。',
  standing: '这一等级计为满意、中间还是不满意，决定满意率和不满意件。',
  closesCase: '评价为此等级即办结；不勾选则回访并重新办理。',
  afterWorkingDays: '企业在几个工作日内未评价，就按此处理。',
  level: '逾期未评价时自动记录的评价等级。',
  maxReopenRounds: '不满意后最多重新办理几轮，超过后交最高层级。',
  autoRating: '政策规定“逾期未评价视为某等级”时设置。',
  unrated: '没有自动评价时：企业逾期未评价，诉求按“未评价”办结，不计入满意率，单独统计。',
  revisit: '评价未办结时，由哪个处理组回访企业。',
  stars: '企业按维度打星。',
  max: '最高星数。',
  utcOffsetMinutes: '与协调世界时相差的分钟数，北京时间为 480。',
  dayStartsAt: '上班时间，催办消息在此时发出，格式如 08:30。',
  dayEndsAt: '期限最后一个工作日的截止时间，24:00 表示当天结束。',
  extraHolidays: '国家法定节假日之外，本地额外放假的日期。',
  extraWorkdays: '本地调休上班的日期。',
  pausesForSupplement: '企业补充材料期间暂停计时。',
  pausesForReturnReview: '退单审核期间暂停计时。',
  maxExtensionWorkingDays: '一次延期最多增加的工作日数。',
  maxExtensions: '一件诉求最多可延期几次。',
  warnWorkingDaysBefore: '到期前几个工作日列为预警件。',
  channels: '企业提出诉求的渠道。',
  refusalReasons: '不予受理时可选的理由。',
  issuerRoles: '可以下发督办单的角色。',
  clause: '政策文件中的条款编号，如“第十条”。',
  quote: '政策原文，须与文件一字不差；前后片段用“……”连接。',
  note: '说明原文怎么规定（或没有规定），以及为何取这个值。',
  admissibility: '判断诉求是否受理的规则（JSONata 表达式），可在下方试算。',
  classSuggestion: '建议诉求类别的规则（JSONata 表达式），可在下方试算。',
};

/** The names of the two choices of an optional setting (`anyOf: [null, …]`): off, then on. */
export const choiceTitlesZh: Record<string, [string, string]> = {
  reminder: ['不催办', '超期催办'],
  escalateToTier: ['不升级（催办到此为止）', '升级到层级'],
  autoRating: ['不自动评价', '逾期自动评价'],
  unrated: ['不设置', '逾期按“未评价”办结'],
  revisit: ['不回访', '回访'],
  revisits: ['不抽样回访', '抽样回访督导'],
  needsSurvey: ['不做需求调查', '需求调查'],
  pairing: ['不结对', '结对服务'],
  policyMatching: ['不做政策匹配', '政策匹配'],
  keyEnterprises: ['不设重点企业', '重点企业规则'],
  policyPush: ['不推送政策', '推送政策'],
  visitKind: ['不建走访任务', '建走访任务'],
};

/** Off / on when a setting has no names of its own. */
export const defaultChoiceTitlesZh: [string, string] = ['不设置', '设置'];
