/**
 * The default policy: the seller's return terms (../shared/terms/return-policy.txt) as data.
 * Each value cites the clause it comes from; ../shared/spec/policy.md is the rule book.
 */
import type { Policy } from './book.js';

const photoOrVideo = ['photo', 'video'] as const;

/** Checked against the policy schema by the tests (test/unit/contract.test.ts), not at every cold start. */
export const defaultPolicy: Policy = {
  version: '2026-11-24',
  timeZone: 'Asia/Shanghai',
  reasons: {
    faulty: {
      label: 'Faulty when received',
      openUntil: { anchor: 'invoicedAt', days: 60, clause: 'FAULTY WHEN RECEIVED: "We guarantee at least 60 days"' },
      survivesAcceptance: true,
      evidence: {
        files: [{ anyOf: ['photo'], min: 1 }],
        explanation: { minLength: 20, orFileOf: ['test_report'] },
        clause: '"accompanied with its picture and brief explanation or test report"',
      },
      returnMethods: ['ship'],
      holdUntilInstructed: false,
      shipBy: [{ anchor: 'invoicedAt', days: 60, clause: '"All returns should be made within 60 days of date of invoice"' }],
      requiresIntact: false,
    },
    damaged_in_transit: {
      label: 'Damaged in transit',
      openUntil: {
        anchor: 'deliveredAt',
        days: 14,
        clause: 'DAMAGED IN TRANSIT: "we will not accept Shipping Damage Claims later than 14 days from receipt"',
      },
      survivesAcceptance: true,
      evidence: {
        files: [{ anyOf: [...photoOrVideo], min: 1 }],
        explanation: { minLength: 1, orFileOf: [] },
        clause: '"please provide us with the Photo or video"',
      },
      returnMethods: ['ship', 'collection', 'none'],
      holdUntilInstructed: true,
      shipBy: [{ anchor: 'invoicedAt', days: 60, clause: '"All returns should be made within 60 days of date of invoice"' }],
      requiresIntact: false,
    },
    incorrect_item: {
      label: 'Incorrect item',
      openUntil: { anchor: 'deliveredAt', days: 7, clause: 'INCORRECT ITEM: "contact us within 7 days"' },
      survivesAcceptance: false,
      evidence: {
        files: [{ anyOf: ['photo'], min: 1 }],
        explanation: { minLength: 1, orFileOf: [] },
        clause: '"accompanied with its picture and brief explanation"',
      },
      returnMethods: ['collection'],
      holdUntilInstructed: false,
      shipBy: [{ anchor: 'invoicedAt', days: 60, clause: '"All returns should be made within 60 days of date of invoice"' }],
      requiresIntact: false,
    },
    other: {
      label: 'Other reason',
      openUntil: { anchor: 'deliveredAt', days: 7, clause: '"inform the reason in writing within 7 days after receiving the goods"' },
      survivesAcceptance: false,
      evidence: {
        files: [{ anyOf: ['photo'], min: 1 }],
        explanation: { minLength: 1, orFileOf: [] },
        clause: '"accompanied with its picture and brief explanation"',
      },
      returnMethods: ['ship'],
      holdUntilInstructed: false,
      shipBy: [
        { anchor: 'invoicedAt', days: 60, clause: '"All returns should be made within 60 days of date of invoice"' },
        { anchor: 'noticeAt', days: 53, clause: '"Then you have 53 days to return the item intact"' },
      ],
      requiresIntact: true,
    },
  },
  acceptance: {
    window: { anchor: 'deliveredAt', days: 7, clause: '"within 7 days of delivery ... deemed to have received the items in full working order"' },
    clause: 'R-ACCEPTANCE',
  },
  evidenceBy: { anchor: 'noticeAt', days: 7, clause: 'R-EVIDENCE-BY (implementation rule)' },
  shipBy: { minDaysAfterApproval: 7, reminderDaysBefore: 3 },
  sla: { resolutionHours: 48, decisionHours: 48 },
  uploads: {
    maxFilesPerRma: 10,
    kinds: {
      photo: { contentTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/heic'], maxBytes: 10 * 1024 * 1024 },
      video: { contentTypes: ['video/mp4', 'video/quicktime'], maxBytes: 100 * 1024 * 1024 },
      test_report: { contentTypes: ['application/pdf'], maxBytes: 10 * 1024 * 1024 },
    },
  },
  tracking: { pattern: '^[A-Za-z0-9-]+$', minLength: 5, maxLength: 40 },
  returnAddress: {
    lines: ['No. 328, Hengyong Road', 'Jiading District', '201806 Shanghai', 'China'],
    phone: '86-21-68361005',
  },
  contacts: { sales: 'sales@mitkco.com', refunds: 'info@mitkco.com' },
};
