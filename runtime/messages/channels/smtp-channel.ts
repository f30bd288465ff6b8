import nodemailer from 'nodemailer';
import type { DeliveryChannel, OutgoingMessage } from './delivery-channel.js';
import { messageText } from './delivery-channel.js';

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user: string | null;
  pass: string | null;
  /** The From address, e.g. `企业服务平台 <noreply@example.gov.cn>`. */
  from: string;
}

/** E-mail over SMTP (nodemailer): one mail per delivery, to the recipient's address, in Chinese. */
export function smtpChannel(settings: SmtpSettings): DeliveryChannel {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.user ? { auth: { user: settings.user, pass: settings.pass ?? '' } } : {}),
    connectionTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    name: 'email',
    async send(outgoing: OutgoingMessage) {
      await transport.sendMail({
        from: settings.from,
        to: outgoing.delivery.target,
        subject: outgoing.message.title,
        text: messageText(outgoing),
        headers: { 'X-Message-Id': outgoing.message.id },
      });
    },
    close: () => transport.close(),
  };
}
