/**
 * The customer's emails in Simplified Chinese (the seller is in Shanghai), for orders whose
 * `customer.locale` is Chinese. They say what the English ones say; where a sentence states the
 * terms themselves, the clause follows in the original English (the policy's `clause`), since
 * the English terms are what the shopper agreed to. Addresses, references and notes written by
 * the seller's staff stay as they were written.
 */
import { formatMoney } from '../domain/money.js';
import type { EvidenceKind, Reason } from '../domain/policy/book.js';
import { type Draft, type EmailContext, formatInstantZh } from './render.js';
import type { CustomerTemplate } from './templates.js';

const REASONS: Record<Reason, string> = {
  faulty: '收货时有故障',
  damaged_in_transit: '运输途中损坏',
  incorrect_item: '发错商品',
  other: '其他原因',
};

const KINDS: Record<EvidenceKind, string> = { photo: '照片', video: '视频', test_report: '测试报告' };

const kinds = (list: readonly EvidenceKind[]) => list.map((k) => KINDS[k]).join('或');

/** A clause of the terms, quoted as written. */
const terms = (...clauses: readonly string[]) => ({ p: `退货条款原文（英文）：${clauses.join(' ')}` });

function whatToUpload(ctx: EmailContext): string[] {
  const rule = ctx.policy.reasons[ctx.rma.reason].evidence;
  const files = rule.files.map((g) => `至少 ${g.min} 个${kinds(g.anyOf)}`);
  const text = rule.explanation;
  const explanation = text === null ? [] : [`一段简短说明（至少 ${text.minLength} 个字符）${text.orFileOf.length > 0 ? `，或一份${kinds(text.orFileOf)}` : ''}`];
  return [...files, ...explanation];
}

export function zhCustomerDrafts(ctx: EmailContext): Record<CustomerTemplate, () => Draft> {
  const { rma, policy, customer } = ctx;
  const when = (iso: string | null) => (iso === null ? '未定' : formatInstantZh(iso, policy.timeZone));
  const n = rma.number;
  const rule = policy.reasons[rma.reason];
  const hello = { p: `${customer.name}，您好：` };
  const signOff = { p: `您的退货编号：${n}。如有疑问，请直接回复此邮件，或写信至 ${policy.contacts.sales}。` };
  const address = rma.returnInstructions?.address ?? null;
  const shipByTerms = terms(...rule.shipBy.map((w) => w.clause));
  return {
    rma_opened: () => ({
      subject: `退货申请 ${n} 已创建：请上传证明材料`,
      blocks: [
        hello,
        { p: `我们已收到您的退货申请 ${n}（${REASONS[rma.reason]}）。请上传：` },
        { pre: whatToUpload(ctx).map((w) => `- ${w}`).join('\n') },
        terms(rule.evidence.clause),
        { facts: [['证明材料截止时间', when(rma.deadlines.evidenceBy)]] },
        { p: '上传后请提交退货申请。超过此时间仍在等待证明材料的退货申请将失效。' },
        signOff,
      ],
    }),
    rma_submitted: () => ({
      subject: `退货申请 ${n} 已提交`,
      blocks: [hello, { p: `谢谢！退货申请 ${n} 及其证明材料已提交。` }, { facts: [['我们的答复截止时间', when(rma.deadlines.decisionDueBy)]] }, signOff],
    }),
    rma_approved: () => {
      const method = rma.returnInstructions?.method;
      return {
        subject: `退货申请 ${n} 已批准`,
        blocks: [
          hello,
          { p: `您的退货申请 ${n} 已获批准。` },
          method === 'ship' && rule.holdUntilInstructed && { p: '现在可以寄回损坏的商品：“在我们通知之前请勿寄回”的限制已解除。' },
          method === 'ship' && { p: '请将商品寄至：' },
          method === 'ship' && address !== null && { pre: address },
          method === 'ship' && { facts: [['寄回截止时间', when(rma.deadlines.shipBy)]] },
          method === 'ship' && shipByTerms,
          method === 'ship' && { p: '寄出后，请在退货页面填写承运商和运单号。超过此时间仍未寄出的退货申请将失效。' },
          method === 'collection' && { p: '我们将安排上门取件，承运商会与您联系。请不要自行寄出任何物品。' },
          method === 'none' && { p: '您无需寄回任何物品。我们将在 2 天内处理您的退货。' },
          rma.decisionNote && { facts: [['我们团队的备注', rma.decisionNote]] },
          signOff,
        ],
      };
    },
    rma_rejected: () => ({
      subject: `退货申请 ${n}：未获批准`,
      blocks: [hello, { p: `很抱歉，退货申请 ${n} 未获批准。` }, { facts: [['原因', rma.decisionNote ?? '']] }, signOff],
    }),
    rma_ship_reminder: () => ({
      subject: `提醒：请寄出退货 ${n}`,
      blocks: [hello, { p: `退货申请 ${n} 已获批准，但我们还没有收到运单号。` }, address !== null && { pre: address }, { facts: [['寄回截止时间', when(rma.deadlines.shipBy)]] }, signOff],
    }),
    rma_expired: () => {
      const shipBy = rma.timeline.at(-1)?.type === 'expired_ship_by';
      return {
        subject: `退货申请 ${n} 已失效`,
        blocks: [
          hello,
          { p: shipBy ? `退货申请 ${n} 已失效：商品未在 ${when(rma.deadlines.shipBy)} 之前寄出。` : `退货申请 ${n} 已失效：证明材料未在 ${when(rma.deadlines.evidenceBy)} 之前提交。` },
          shipBy && shipByTerms,
          signOff,
        ],
      };
    },
    rma_in_transit: () => ({
      subject: `退货 ${n} 已寄出`,
      blocks: [hello, { p: `我们已收到退货 ${n} 的物流信息。` }, rma.shipment && { facts: [['承运商', rma.shipment.carrier], ['运单号', rma.shipment.trackingNumber]] }, signOff],
    }),
    rma_received: () => ({
      subject: `退货 ${n} 已签收`,
      blocks: [hello, { p: `我们的仓库已收到退货 ${n}，接下来将进行检验。` }, signOff],
    }),
    rma_inspection_result: () => {
      const passed = rma.inspection?.result === 'pass';
      const resolution = rma.preferredResolution === 'refund' ? '退款' : '换货';
      return {
        subject: `退货 ${n}：检验${passed ? '通过' : '未通过'}`,
        blocks: [
          hello,
          { p: passed ? `退货 ${n} 已通过检验。我们将在 ${when(rma.deadlines.resolutionDueBy)} 之前为您${resolution}。` : `退货 ${n} 未通过检验，因此我们无法退款或换货。` },
          rma.inspection && { facts: [['检验备注', rma.inspection.note]] },
          signOff,
        ],
      };
    },
    rma_refunded: () => {
      const r = rma.resolution?.type === 'refund' ? rma.resolution : null;
      return {
        subject: `退货 ${n}：已退款`,
        blocks: [
          hello,
          { p: `我们已为退货 ${n} 办理退款。` },
          r && { facts: [['金额', formatMoney(r.amount, r.currency)], ['参考号', r.reference], ['日期', when(r.at)]] },
          { p: `如果您还没有收到退款，请先向您的银行或信用卡发卡机构查询；如仍未到账，请凭上述参考号联系 ${policy.contacts.refunds}。` },
          signOff,
        ],
      };
    },
    rma_exchanged: () => {
      const r = rma.resolution?.type === 'exchange' ? rma.resolution : null;
      return {
        subject: `退货 ${n}：换货商品已发出`,
        blocks: [hello, { p: `我们已为退货 ${n} 寄出换货商品。` }, r && { facts: [['参考号', r.reference], ['承运商', r.carrier], ['运单号', r.trackingNumber]] }, signOff],
      };
    },
    rma_cancelled: () => ({
      subject: `退货申请 ${n} 已取消`,
      blocks: [hello, { p: `退货申请 ${n} 已取消。在退货期限内，这些商品仍可再次申请退货。` }, signOff],
    }),
  };
}
