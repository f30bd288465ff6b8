/** Names the case workflow and its callers share (plain strings: the client side never loads workflow code). */
export const caseWorkflowType = 'caseWorkflow';
/** Signal: the case changed outside the workflow (an API call stepped it); re-read its next due instant. */
export const wakeSignalName = 'wake';
/** Update: step the case's due work now; answers how many instances were stepped. */
export const runDueUpdateName = 'runDue';
