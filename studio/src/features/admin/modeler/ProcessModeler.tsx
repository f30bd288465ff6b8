import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import 'bpmn-js/dist/assets/diagram-js.css';
import { Button, Card, Select, Space } from 'antd';
import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  ZeebePropertiesProviderModule,
} from 'bpmn-js-properties-panel';
import ZeebeBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-cloud';
import { useEffect, useMemo, useRef, useState } from 'react';
import zeebeModdle from 'zeebe-bpmn-moddle/resources/zeebe.json';
import type { DefinitionProblem } from '../../../api/definition-types';
import { definitionsApi } from '../../../api/definitions-client';
import { useLang, useT } from '../../../i18n';
import { fileProblems } from '../problems';
import { ProblemList } from '../ProblemList';
import type { Draft } from '../use-draft';
import { formChoices, groupChoices, jobTypeChoices, processChoices } from './picker-names';
import { Pickers } from './Pickers';
import { translateModule } from './zh-translate';
import type { ModelerServices, ShapeLike } from './zeebe-properties';

interface Props {
  jurisdiction: string;
  draft: Draft;
  jobTypes: string[];
  problems: DefinitionProblem[];
  onProblems: (p: DefinitionProblem[]) => void;
}

const lintDelayMs = 600;

/**
 * 流程建模: bpmn-js modeller with the Zeebe properties panel. Every change is saved into the draft
 * and linted by the server with the very checks of `defs:validate` (bpmnlint camunda-compat,
 * FEEL, references to forms, groups and job types).
 */
export default function ProcessModeler({ jurisdiction, draft, jobTypes, problems, onProblems }: Props) {
  const t = useT();
  const { lang } = useLang();
  const canvas = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const [name, setName] = useState(
    draft.value.processes.find((p) => !p.name.startsWith('shared.'))?.name ?? '',
  );
  const [services, setServices] = useState<ModelerServices | null>(null);
  const [selected, setSelected] = useState<ShapeLike | null>(null);
  const canvasRef = useRef<ZoomableCanvas | null>(null);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const xml = draft.value.processes.find((p) => p.name === name)?.xml ?? '';

  useEffect(() => {
    if (!canvas.current || !panel.current || !xml) return;
    const modeler = new BpmnModeler({
      container: canvas.current,
      propertiesPanel: { parent: panel.current },
      additionalModules: [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        ZeebePropertiesProviderModule,
        ZeebeBehaviorsModule,
        translateModule(lang),
      ],
      moddleExtensions: { zeebe: zeebeModdle },
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const lint = async () => {
      const { xml: next } = await modeler.saveXML({ format: true });
      if (!next) return;
      const d = draftRef.current;
      d.setProcess(name, next);
      const processes = d.value.processes.map((p) => (p.name === name ? { name, xml: next } : p));
      const r = await definitionsApi.validate(jurisdiction, { ...d.value, processes });
      onProblems(r.problems);
    };
    modeler.on('commandStack.changed', () => {
      clearTimeout(timer);
      timer = setTimeout(() => void lint(), lintDelayMs);
    });
    modeler.on('selection.changed', (e: { newSelection: ShapeLike[] }) =>
      setSelected(e.newSelection[0] ?? null),
    );
    void modeler.importXML(xml).then(() => {
      const c = modeler.get('canvas') as ZoomableCanvas;
      fitToView(c);
      canvasRef.current = c;
      setServices({ moddle: modeler.get('moddle'), modeling: modeler.get('modeling') });
    });
    return () => {
      clearTimeout(timer);
      modeler.destroy();
      setServices(null);
      setSelected(null);
    };
    // The modeller owns the XML while open: re-import only when another process is picked.
  }, [name, jurisdiction, lang]);

  const groups = useMemo(() => groupChoices(draft.value.mechanism), [draft.value.mechanism]);
  const forms = useMemo(() => formChoices(draft.value.forms), [draft.value.forms]);
  const processes = useMemo(() => processChoices(draft.value.processes), [draft.value.processes]);
  const file = `processes/${name}.bpmn`;
  return (
    <div className="admin-modeler" data-testid="modeler">
      <Space wrap>
        <label htmlFor="process-pick">{t('admin.process')}</label>
        <Select
          id="process-pick"
          value={name}
          onChange={setName}
          className="admin-process-pick"
          options={processes}
          data-testid="process-pick"
        />
        <Button onClick={() => canvasRef.current && fitToView(canvasRef.current)} data-testid="zoom-fit">
          {t('admin.zoomFit')}
        </Button>
        <Button onClick={() => canvasRef.current?.zoom(1)} data-testid="zoom-100">
          {t('admin.zoomActual')}
        </Button>
      </Space>
      <div className="admin-modeler-body">
        <div ref={canvas} className="admin-canvas" data-testid="bpmn-canvas" />
        <div className="admin-side">
          <Card size="small" title={t('admin.pickers')}>
            <Pickers
              services={services}
              element={selected}
              jobTypes={jobTypeChoices(jobTypes)}
              forms={forms}
              groups={groups}
            />
          </Card>
          <div ref={panel} className="admin-properties" />
        </div>
      </div>
      <Card size="small" title={t('admin.lint')} data-testid="lint">
        {fileProblems(problems, file).length === 0 ? (
          t('admin.lintOk')
        ) : (
          <ProblemList problems={fileProblems(problems, file)} testId="lint-problems" />
        )}
      </Card>
    </div>
  );
}

interface ZoomableCanvas {
  zoom(v: 'fit-viewport' | number, center?: 'auto'): number;
}

/** Fits the whole diagram into the canvas, centred clear of the palette (on open and on 全图); wheel or 100% to read. */
function fitToView(canvas: ZoomableCanvas): void {
  canvas.zoom('fit-viewport', 'auto');
}
