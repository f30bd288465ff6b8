import type { Lang } from '../../../i18n';

/** Chinese for the modeller's palette, context pad and properties panel (bpmn-js speaks English). */
const zh: Record<string, string> = {
  General: '常规',
  Name: '名称',
  ID: '标识',
  Documentation: '文档',
  'Element documentation': '元素文档',
  'Process documentation': '流程文档',
  'Execution listeners': '执行监听器',
  'Extension properties': '扩展属性',
  Inputs: '输入映射',
  Implementation: '实现方式',
  'Input mapping': '输入映射',
  'Output mapping': '输出映射',
  'Local variable name': '局部变量名',
  'Process variable name': '流程变量名',
  'Variable assignment value': '变量赋值',
  'Job worker': '作业执行器',
  'Zeebe user task': 'Zeebe 用户任务',
  Outputs: '输出映射',
  'Input propagation': '输入传递',
  'Output propagation': '输出传递',
  'Task definition': '任务定义',
  Type: '类型',
  Retries: '重试次数',
  'Task definition type': '任务类型',
  Assignment: '分配',
  Assignee: '办理人',
  'Candidate groups': '候选组',
  'Candidate users': '候选用户',
  Form: '表单',
  'Form key': '表单键',
  'Due date': '到期时间',
  'Follow up date': '跟进时间',
  Condition: '条件',
  'Condition expression': '条件表达式',
  Timer: '定时器',
  Message: '消息',
  'Subscription correlation key': '关联键',
  'Called element': '调用元素',
  'Process ID': '流程标识',
  'Multi-instance': '多实例',
  Headers: '任务头',
  'Version tag': '版本标签',
  Executable: '可执行',
  'Create start event': '创建开始事件',
  'Create end event': '创建结束事件',
  'Create intermediate/boundary event': '创建中间/边界事件',
  'Create gateway': '创建网关',
  'Create task': '创建任务',
  'Create data object reference': '创建数据对象引用',
  'Create data store reference': '创建数据存储引用',
  'Create expanded sub-process': '创建展开子流程',
  'Create pool/participant': '创建泳池/参与者',
  'Create group': '创建分组',
  'Activate hand tool': '抓手工具',
  'Activate lasso tool': '套索工具',
  'Activate create/remove space tool': '空间工具',
  'Activate global connect tool': '全局连线工具',
  'Append task': '追加任务',
  'Append end event': '追加结束事件',
  'Append gateway': '追加网关',
  'Append intermediate/boundary event': '追加中间事件',
  'Change element': '更改元素类型',
  Delete: '删除',
  'Connect using sequence flow': '用顺序流连接',
  'Add text annotation': '添加注释',
};

function fill(template: string, replacements?: Record<string, string>): string {
  return template.replace(/{([^}]+)}/g, (m, key: string) => replacements?.[key] ?? m);
}

/** A diagram-js `translate` module for the interface language. */
export function translateModule(lang: Lang) {
  const translate = (template: string, replacements?: Record<string, string>) =>
    fill(lang === 'zh' ? (zh[template] ?? template) : template, replacements);
  return { translate: ['value', translate] };
}
