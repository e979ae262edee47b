/** Sends rendered emails through SES (v2 API): one plain-text and one HTML part each. */
import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import type { RenderedEmail } from '../notifications/templates.js';

export interface MailerConfig {
  readonly sender: string;
  /** SES configuration set (event publishing, suppression); empty for none. */
  readonly configurationSet: string;
}

export class Mailer {
  constructor(
    private readonly ses: SESv2Client,
    private readonly config: MailerConfig,
  ) {}

  /** Sends `email`; resolves to SES's message id. Throttling and transient errors are retried by the client. */
  async send(email: RenderedEmail, tags: Readonly<Record<string, string>>): Promise<string> {
    const { MessageId } = await this.ses.send(
      new SendEmailCommand({
        FromEmailAddress: this.config.sender,
        Destination: { ToAddresses: [...email.to] },
        ...(email.replyTo.length > 0 ? { ReplyToAddresses: [...email.replyTo] } : {}),
        Content: {
          Simple: {
            Subject: { Data: email.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: email.text, Charset: 'UTF-8' }, Html: { Data: email.html, Charset: 'UTF-8' } },
            // For mail filters and support tools: which template; values are ours, never user text.
            Headers: [{ Name: 'X-Rma-Template', Value: email.template }],
          },
        },
        ...(this.config.configurationSet ? { ConfigurationSetName: this.config.configurationSet } : {}),
        // Tag values allow only [A-Za-z0-9_-].
        EmailTags: Object.entries(tags).map(([Name, Value]) => ({ Name, Value: Value.replace(/[^A-Za-z0-9_-]/g, '_') })),
      }),
    );
    return MessageId ?? 'unknown';
  }
}
