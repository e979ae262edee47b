/** The mail the SES emulator received, as its viewer lists it. */
import { stack } from './client.js';

export interface SentEmail {
  readonly from: string;
  readonly replyTo: string[];
  readonly destination: { readonly to: string[] };
  readonly subject: string;
  readonly body: { readonly text?: string; readonly html?: string };
  readonly headers?: { readonly name: string; readonly value: string }[];
}

export async function sentMail(): Promise<SentEmail[]> {
  const response = await fetch(`${stack().urls.ses}/store`);
  return ((await response.json()) as { emails: SentEmail[] }).emails;
}

export const templateOf = (email: SentEmail) => email.headers?.find((h) => h.name === 'X-Rma-Template')?.value;

/** `<template> → <recipient>` for every email about RMA `number`, in the order sent. */
export async function mailAbout(number: string): Promise<string[]> {
  return (await sentMail()).filter((e) => e.subject.includes(number)).map((e) => `${templateOf(e)} → ${e.destination.to.join(',')}`);
}
