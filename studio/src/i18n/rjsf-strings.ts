import { englishStringTranslator, replaceStringParameters, TranslatableString } from '@rjsf/utils';
import type { Lang } from './LanguageProvider';

// rjsf's own interface strings (buttons, option names, array captions) in Chinese; English is rjsf's.
// Typed on rjsf's enum: a string added by an rjsf upgrade fails the build until it is translated.
const zh: Record<TranslatableString, string> = {
  [TranslatableString.ArrayItemTitle]: '第 %1 项',
  [TranslatableString.MissingItems]: '缺少条目定义',
  [TranslatableString.EmptyArray]: '暂无条目，请用下方按钮添加。',
  [TranslatableString.YesLabel]: '是',
  [TranslatableString.NoLabel]: '否',
  [TranslatableString.CloseLabel]: '关闭',
  [TranslatableString.ErrorsLabel]: '错误',
  [TranslatableString.NewStringDefault]: '新值',
  [TranslatableString.AddButton]: '添加',
  [TranslatableString.AddItemButton]: '添加一项',
  [TranslatableString.CopyButton]: '复制',
  [TranslatableString.ExpandButton]: '展开',
  [TranslatableString.MoveDownButton]: '下移',
  [TranslatableString.MoveUpButton]: '上移',
  [TranslatableString.RemoveButton]: '删除',
  [TranslatableString.NowLabel]: '现在',
  [TranslatableString.ClearLabel]: '清除',
  [TranslatableString.AriaDateLabel]: '选择日期',
  [TranslatableString.PreviewLabel]: '预览',
  [TranslatableString.DecrementAriaLabel]: '减 1',
  [TranslatableString.IncrementAriaLabel]: '加 1',
  [TranslatableString.OptionalObjectAdd]: '填写此项',
  [TranslatableString.OptionalObjectRemove]: '不填此项',
  [TranslatableString.OptionalObjectEmptyMsg]: '此项未填写',
  [TranslatableString.Type]: '类型',
  [TranslatableString.Value]: '值',
  [TranslatableString.ClearButton]: '清空',
  [TranslatableString.UnknownFieldType]: '无法显示的字段类型 %1',
  [TranslatableString.OptionPrefix]: '选项 %1',
  [TranslatableString.TitleOptionPrefix]: '%1 选项 %2',
  [TranslatableString.KeyLabel]: '%1 名称',
  [TranslatableString.DeprecatedLabel]: '%1（已停用）',
  [TranslatableString.CycleDetected]: '字段“%1”的定义循环引用，可展开下一层',
  [TranslatableString.InvalidObjectField]: '字段“%1”的配置无效：%2',
  [TranslatableString.UnsupportedField]: '不支持的字段定义',
  [TranslatableString.UnsupportedFieldWithId]: '字段“%1”的定义不受支持',
  [TranslatableString.UnsupportedFieldWithReason]: '不支持的字段定义：%1',
  [TranslatableString.UnsupportedFieldWithIdAndReason]: '字段“%1”的定义不受支持：%2',
  [TranslatableString.FilesInfo]: '%1（%2）',
};

/** rjsf's `translateString` for the interface language. */
export function rjsfStrings(lang: Lang): (text: TranslatableString, params?: string[]) => string {
  return lang === 'zh'
    ? (text, params) => replaceStringParameters(zh[text], params)
    : englishStringTranslator;
}
