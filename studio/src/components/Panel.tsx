import type { ReactNode } from 'react';

export interface PanelProps {
  /** The heading's id; the section is labelled by it. */
  id: string;
  title: ReactNode;
  testId?: string;
  children: ReactNode;
}

/** A titled block of a page: a section labelled by its h2, framed as a card. */
export function Panel({ id, title, testId, children }: PanelProps) {
  return (
    <section className="panel" aria-labelledby={id} data-testid={testId}>
      <h2 id={id} className="panel-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
