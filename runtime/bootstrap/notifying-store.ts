import type { Clock } from '../common/clock.js';
import { causesMessages, messagesFor, type OutsideChannels } from '../messages/step-messages.js';
import type { Mutation } from '../store/mutations.js';
import { withTransact } from '../store/store-decorator.js';
import type { Store } from '../store/store.js';

/**
 * The store, writing the 站内信 a transaction's case steps cause into that same transaction (the
 * notification outbox, `messagesFor`): engine steps, workers and use cases alike, so no step is
 * missed and none waits for a channel. A failing rule is reported (`onError`) and never fails the step.
 */
export function notifyingStore(
  store: Store,
  clock: Clock,
  channels: OutsideChannels,
  onError: (error: unknown) => void = (error) => console.error('messages: a rule failed', error),
): Store {
  const transact = async (mutations: readonly Mutation[]): Promise<void> => {
    let messages: Mutation[] = [];
    if (mutations.some(causesMessages))
      try {
        messages = await messagesFor(store, mutations, clock, channels);
      } catch (error) {
        onError(error);
      }
    await store.transact(messages.length ? [...mutations, ...messages] : mutations);
  };
  return withTransact(store, transact);
}
