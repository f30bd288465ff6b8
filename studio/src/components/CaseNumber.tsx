/** 案件编号 as every screen shows it (monospace, never wrapped); nothing for a case not numbered yet. */
export function CaseNumber({ value }: { value: string | null | undefined }) {
  return value ? (
    <span className="case-number" data-testid="case-number">
      {value}
    </span>
  ) : null;
}
