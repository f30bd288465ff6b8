/** After errors render, moves keyboard focus to the first invalid control inside `root`. */
export function focusFirstInvalid(root: HTMLElement | null): void {
  setTimeout(() => {
    root?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, 0);
}
