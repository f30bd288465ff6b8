/** The slice of bpmn-engine's runtime API the embedded adapter uses, typed locally. */
export interface ActivityApi {
  id: string;
  type: string;
  executionId: string;
  content: Record<string, unknown>;
  owner: {
    isSubProcess?: boolean;
    isMultiInstance?: boolean;
    /** The activity's current execution: for a multi-instance activity, its body. */
    executionId?: string;
    execution?: ExecutionApi | null;
  };
  signal(message?: unknown): void;
  getPostponed(): ActivityApi[];
}

export interface ExecutionApi {
  getPostponed(): ActivityApi[];
}

export interface ServiceExecuteMessage {
  content: { id: string; executionId: string };
}

export type ServiceCallback = (err: Error | null, result?: unknown) => void;

export interface ActivityBehaviour {
  extensionElements?: { values?: { $type: string }[] };
  Service?: unknown;
}

export interface ActivityElement {
  id: string;
  type: string;
  behaviour: ActivityBehaviour;
}

export interface BpmnEngineInstance {
  execute(options: { listener?: unknown }): Promise<ExecutionApi>;
  recover(state: unknown): BpmnEngineInstance;
  resume(options: { listener?: unknown }): Promise<ExecutionApi>;
  getState(): Promise<{ definitions?: { source?: unknown }[] } & Record<string, unknown>>;
  stop(): void;
  readonly state: string;
  readonly execution: ExecutionApi | null;
  once(event: string, fn: (arg: unknown) => void): void;
  on(event: string, fn: (arg: unknown) => void): void;
}
