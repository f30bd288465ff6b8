import { useMemo, useState } from 'react';
import type { DefinitionProblem, JsonObject, JsonValue } from '../../../api/definition-types';
import { directoryApi } from '../../../api/directory-client';
import type { OrgUnitNode } from '../../../api/directory-types';
import { useAsync } from '../../../hooks/use-async';
import { useLang, useT } from '../../../i18n';
import { EditorNav } from '../EditorNav';
import { mechanismProblems } from '../problems';
import type { Draft } from '../use-draft';
import { referencesOf, type Named } from './reference-pickers';
import { RuleTryIt } from './RuleTryIt';
import { SectionForm } from './SectionForm';
import { sectionLabel, sectionsOf } from './sections';
import { TiersEditor } from './TiersEditor';

const flatten = (nodes: OrgUnitNode[]): Named[] =>
  nodes.flatMap((n) => [{ id: n.id, name: n.name }, ...flatten(n.children)]);

interface Props {
  jurisdiction: string;
  draft: Draft;
  schema: JsonObject;
  problems: DefinitionProblem[];
}

/**
 * 机制设置: one short form per mechanism section, references picked by name (tiers, groups, levels,
 * the directory's units); tiers as an ordered list; routing rules with a live try-it pane.
 */
export function SettingsEditor({ jurisdiction, draft, schema, problems }: Props) {
  const t = useT();
  const { lang } = useLang();
  const sections = useMemo(() => sectionsOf(schema.properties as Record<string, unknown>), [schema]);
  const [section, setSection] = useState(sections[0] ?? 'requestClasses');
  const located = useMemo(() => mechanismProblems(problems), [problems]);
  const withErrors = new Set(located.map((p) => p.pointer.split('/')[1]));
  const mechanism = draft.value.mechanism;
  const routing = (mechanism.routing ?? {}) as Record<string, JsonValue>;
  const units = useAsync(async () => flatten(await directoryApi.orgUnits(jurisdiction)), [jurisdiction]);
  const refs = useMemo(() => referencesOf(mechanism, units.data ?? []), [mechanism, units.data]);

  return (
    <div className="admin-settings">
      <EditorNav
        label={t('admin.section')}
        selected={section}
        onSelect={setSection}
        items={sections.map((key) => ({
          key,
          label: (
            <span
              data-testid={`section-${key}`}
              className={withErrors.has(key) ? 'admin-has-error' : undefined}
            >
              {sectionLabel(key, lang)}
              {withErrors.has(key) ? ' ⚠' : ''}
            </span>
          ),
        }))}
      />
      <div className="admin-section" data-testid={`section-form-${section}`}>
        <h2 className="admin-section-title">{sectionLabel(section, lang)}</h2>
        {section === 'tiers' ? (
          <TiersEditor mechanism={mechanism} groups={refs.groups} onChange={draft.setMechanism} />
        ) : (
          <SectionForm
            section={section}
            rootSchema={schema}
            value={mechanism[section]}
            problems={located}
            refs={refs}
            onChange={(value) => draft.setMechanism({ ...mechanism, [section]: value })}
          />
        )}
        {section === 'routing' &&
          Object.entries(routing)
            .filter((e): e is [string, string] => typeof e[1] === 'string')
            .map(([name, rule]) => <RuleTryIt key={name} name={name} rule={rule} />)}
      </div>
    </div>
  );
}
