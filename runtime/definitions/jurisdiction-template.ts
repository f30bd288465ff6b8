/**
 * 新建辖区 from a template: the template's package under a new id, names and policy document. The
 * template's rules keep their values, but a rule may only quote the jurisdiction's own text: every
 * `{ kind: 'policy', clause, quote }` (mechanism, forms' `x-source`, scenarios' `source`) becomes a
 * platform default whose note says which template clause it was borrowed from and that it awaits
 * checking against the new text.
 */
import type { JsonObject } from '../common/json.js';
import { isJsonObject } from '../common/json.js';
import type { PackageFiles } from './jurisdiction-package.js';

/** What the platform administrator gives a new jurisdiction. */
export interface NewJurisdiction {
  id: string;
  name: { zh: string; en: string };
  policy: {
    title: string;
    /** Date of issue (印发日期), YYYY-MM-DD. */
    issuedOn: string;
    /** The policy text (政策原文), stored with the package so scenarios and rules can quote it. */
    text?: string;
  };
}

/** The file name the new jurisdiction's policy text is stored under (`policy/<file>`). */
export const policyFileOf = (id: string): string => `${id}.txt`;

export function copyTemplate(
  template: PackageFiles,
  templateName: string,
  input: NewJurisdiction,
): PackageFiles {
  const borrowed = (value: unknown): unknown => withBorrowedSources(value, templateName);
  const files: PackageFiles = {};
  for (const [path, text] of Object.entries(template)) {
    if (path.startsWith('policy/') || path === 'README.md') continue;
    if (path === 'mechanism.json') {
      const mechanism = borrowed(JSON.parse(text)) as JsonObject;
      mechanism['id'] = input.id;
      mechanism['name'] = input.name;
      mechanism['policy'] = {
        file: policyFileOf(input.id),
        title: input.policy.title,
        issuedOn: input.policy.issuedOn,
      };
      files[path] = pretty(mechanism);
    } else if (/^(forms\/.*\.schema\.json|scenarios\/.*)$/.test(path))
      files[path] = pretty(borrowed(JSON.parse(text)));
    else files[path] = text;
  }
  if (input.policy.text?.trim()) files[`policy/${policyFileOf(input.id)}`] = input.policy.text;
  files['README.md'] = readme(input, templateName);
  return files;
}

function withBorrowedSources(value: unknown, templateName: string): unknown {
  if (Array.isArray(value)) return value.map((v) => withBorrowedSources(v, templateName));
  if (!isJsonObject(value)) return value;
  if (value['kind'] === 'policy' && typeof value['clause'] === 'string' && typeof value['quote'] === 'string')
    return {
      kind: 'default',
      note: `沿用模板「${templateName}」${value['clause']}的规则，尚待对照本辖区政策文件核对`,
    };
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withBorrowedSources(v, templateName)]));
}

function readme(input: NewJurisdiction, templateName: string): string {
  return [
    `# ${input.name.zh}`,
    '',
    `由平台管理员在工作台以「${templateName}」为模板新建。政策文件：${input.policy.title}（${input.policy.issuedOn}）。`,
    '',
    '模板的规则原样沿用，来源均标为平台默认值并注明所沿用的模板条款；请对照本辖区政策文件逐条核对后发布新版本。',
    '',
  ].join('\n');
}

function pretty(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
