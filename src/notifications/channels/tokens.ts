/** Nest injection tokens of the outgoing channels (their classes live beside this file). */
export const EMAIL_CHANNEL = Symbol('EMAIL_CHANNEL');
export const WEBHOOK_CHANNEL = Symbol('WEBHOOK_CHANNEL');
