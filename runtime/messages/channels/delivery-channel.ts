import type { DeliveryRecord, MessageRecord } from '../../store/messages.js';

/** The recipient as an outside channel needs them: a name (never an id shown), e-mail, mobile. */
export interface OutgoingRecipient {
  id: string;
  name: string;
  email: string | null;
  mobile: string | null;
}

/** One message on its way out through one channel. */
export interface OutgoingMessage {
  delivery: DeliveryRecord;
  message: MessageRecord;
  recipient: OutgoingRecipient;
  /** Where the message opens in the studio, when the public address is configured. */
  link: string | null;
}

/**
 * An outside channel of the message centre (e-mail, webhook): `send` resolves once the far side has
 * accepted the message and throws otherwise (the delivery worker then retries with backoff).
 */
export interface DeliveryChannel {
  /** The `channel` of the deliveries it sends: `email`, `webhook`. */
  readonly name: string;
  send(outgoing: OutgoingMessage): Promise<void>;
  close?(): void;
}

/** The plain text of a message: its body and where to open it. */
export function messageText(outgoing: OutgoingMessage): string {
  const { message, link } = outgoing;
  return link ? `${message.body}\n\n查看详情：${link}` : message.body;
}
