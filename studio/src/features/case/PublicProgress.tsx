import { Alert, Steps } from 'antd';
import type { Case, Rating, TimelineEvent } from '../../api/types';
import { Panel } from '../../components/Panel';
import { useFormat, useT, type Translate } from '../../i18n';

/** The stages an enterprise follows its request by (受理、办理中、已答复、待评价、已办结). */
type Stage = 'received' | 'handling' | 'answered' | 'rating' | 'done';
const stages: readonly Stage[] = ['received', 'handling', 'answered', 'rating', 'done'];

function stageOf(kase: Case, timeline: readonly TimelineEvent[], rating: Rating | null): Stage {
  if (kase.status !== 'open' || rating) return 'done';
  if (timeline.some((e) => e.type === 'answered')) return 'rating';
  return timeline.some((e) => e.type === 'classified') ? 'handling' : 'received';
}

/** The latest answer, as the enterprise should read it first. */
function answerOf(timeline: readonly TimelineEvent[]): { text: string; at: string } | null {
  const answered = [...timeline].reverse().find((e) => e.type === 'answered');
  const text = answered?.data.answer;
  return answered && typeof text === 'string' && text ? { text, at: answered.at } : null;
}

function refusalOf(kase: Case, timeline: readonly TimelineEvent[], t: Translate): string | null {
  if (kase.status !== 'refused') return null;
  const reasons = timeline.flatMap((e) => e.fields ?? []).map((f) => `${f.title}：${f.text}`);
  if (reasons.length > 0) return reasons.join('\n');
  return kase.outcome ? t.lookup('outcome', kase.outcome, t('status.refused')) : null;
}

/**
 * 办理进度: where the enterprise's request stands, in its own terms, and the answer in large type —
 * or, when it was not accepted, why (the fields the mechanism makes public). Nothing internal.
 */
export function PublicProgress({
  kase,
  timeline,
  rating,
}: {
  kase: Case;
  timeline: readonly TimelineEvent[];
  rating: Rating | null;
}) {
  const t = useT();
  const f = useFormat();
  const stage = stageOf(kase, timeline, rating);
  const answer = answerOf(timeline);
  const refusal = refusalOf(kase, timeline, t);
  return (
    <Panel id="progress-title" title={t('progress.title')} testId="public-progress">
      {refusal ? (
        <Alert
          type="warning"
          showIcon
          message={t('status.refused')}
          description={<span className="pre-wrap">{refusal}</span>}
          data-testid="progress-refusal"
        />
      ) : (
        <Steps
          direction="vertical"
          size="small"
          current={stages.indexOf(stage)}
          items={stages.map((s) => ({ title: t(`progress.${s}`) }))}
          data-testid="progress-steps"
        />
      )}
      {answer && (
        <section aria-labelledby="progress-answer-title" data-testid="progress-answer">
          <h3 id="progress-answer-title">
            {t('progress.answer')}
            <span className="muted">（{f.dateTime(answer.at)}）</span>
          </h3>
          <p className="progress-answer">{answer.text}</p>
        </section>
      )}
    </Panel>
  );
}
