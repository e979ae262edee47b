// Generated from /v1/openapi.json by examples/generate.ts (openapi-typescript). Do not edit.

export interface paths {
    "/v1/storefront/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or update an order */
        put: operations["putOrder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/storefront/orders/{orderId}/delivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the delivery of an order */
        post: operations["recordDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/storefront/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A session for a shopper signed in at the shop */
        post: operations["createStorefrontSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The return policy in force */
        get: operations["getPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API as OpenAPI 3.1 */
        get: operations["getOpenApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with order number and email */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order and what can be returned */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rmas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session's order's returns */
        get: operations["listRmas"];
        put?: never;
        /** Open a return (idempotency-key required) */
        post: operations["openRma"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rmas/{rmaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One return */
        get: operations["getRma"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rmas/{rmaId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a return before it is shipped */
        post: operations["cancelRma"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rmas/{rmaId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A presigned upload for a photo, video or test report */
        post: operations["requestEvidenceUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rmas/{rmaId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the return with its evidence */
        post: operations["submitRma"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rmas/{rmaId}/shipment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report the shipment with its tracking number */
        post: operations["reportShipment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rmas/{rmaId}/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask about a refund not yet received */
        post: operations["askAboutRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/rmas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The queue, oldest first, by status and SLA breach */
        get: operations["listOpsRmas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/rmas/{rmaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One return with its customer and evidence downloads */
        get: operations["getOpsRma"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/rmas/{rmaId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve (with the return method) or reject */
        post: operations["decideRma"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/rmas/{rmaId}/collection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the pickup of a collected return */
        post: operations["recordCollection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/rmas/{rmaId}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the warehouse has the item */
        post: operations["recordReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/rmas/{rmaId}/inspection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the inspection result */
        post: operations["recordInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/rmas/{rmaId}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund (at most what was paid) or exchange */
        post: operations["resolveRma"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts per state, open SLA breaches, median time to resolution */
        get: operations["getOpsSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/reports/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns of a period by reason and SKU, median times, SLA compliance
         * @description RMAs opened in the period (days in the policy’s time zone): by reason and by SKU, median times, SLA compliance. Reads the RMAs of the period through the status index, never a scan.
         */
        get: operations["getReturnsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/reports/rmas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every RMA opened in a period, a page at a time (the CSV export)
         * @description Every RMA opened in the period, a page at a time (by status, then oldest first): what the console turns into a CSV file.
         */
        get: operations["exportOpsRmas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Side effects (emails, timer changes) that failed, or still wait */
        get: operations["listOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/outbox/{messageId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deliver a failed side effect again, once */
        post: operations["retryOutboxMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The webhook endpoints, without secrets */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /** Register a webhook endpoint (its secret is shown once) */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/webhook-endpoints/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an endpoint; its pending deliveries are dropped */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/webhook-endpoints/{endpointId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new secret; the old one signs beside it for 24 h */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/webhook-endpoints/{endpointId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send one webhook.test event */
        post: operations["testWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/webhook-endpoints/{endpointId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable an endpoint that was disabled after failing for 3 days */
        post: operations["enableWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/webhook-endpoints/{endpointId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The endpoint's deliveries, newest first */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deliver a failed delivery again, once */
        post: operations["retryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Health: {
            /**
             * @description ok when every dependency checked answers
             * @enum {string}
             */
            status: "ok" | "unavailable";
            checks: {
                /**
                 * @description the DynamoDB table answers a read
                 * @enum {string}
                 */
                table: "ok" | "unavailable";
            };
        };
        Policy: {
            version: string;
            timeZone: string;
            reasons: {
                faulty: {
                    label: string;
                    openUntil: {
                        /** @enum {string} */
                        anchor: "invoicedAt" | "deliveredAt" | "noticeAt" | "approvedAt" | "inspectedAt";
                        days: number;
                        clause: string;
                    };
                    survivesAcceptance: boolean;
                    evidence: {
                        files: {
                            anyOf: ("photo" | "video" | "test_report")[];
                            min: number;
                        }[];
                        explanation: {
                            minLength: number;
                            orFileOf: ("photo" | "video" | "test_report")[];
                        } | null;
                        clause: string;
                    };
                    returnMethods: ("ship" | "collection" | "none")[];
                    holdUntilInstructed: boolean;
                    shipBy: {
                        /** @enum {string} */
                        anchor: "invoicedAt" | "deliveredAt" | "noticeAt" | "approvedAt" | "inspectedAt";
                        days: number;
                        clause: string;
                    }[];
                    requiresIntact: boolean;
                };
                damaged_in_transit: {
                    label: string;
                    openUntil: {
                        /** @enum {string} */
                        anchor: "invoicedAt" | "deliveredAt" | "noticeAt" | "approvedAt" | "inspectedAt";
                        days: number;
                        clause: string;
                    };
                    survivesAcceptance: boolean;
                    evidence: {
                        files: {
                            anyOf: ("photo" | "video" | "test_report")[];
                            min: number;
                        }[];
                        explanation: {
                            minLength: number;
                            orFileOf: ("photo" | "video" | "test_report")[];
                        } | null;
                        clause: string;
                    };
                    returnMethods: ("ship" | "collection" | "none")[];
                    holdUntilInstructed: boolean;
                    shipBy: {
                        /** @enum {string} */
                        anchor: "invoicedAt" | "deliveredAt" | "noticeAt" | "approvedAt" | "inspectedAt";
                        days: number;
                        clause: string;
                    }[];
                    requiresIntact: boolean;
                };
                incorrect_item: {
                    label: string;
                    openUntil: {
                        /** @enum {string} */
                        anchor: "invoicedAt" | "deliveredAt" | "noticeAt" | "approvedAt" | "inspectedAt";
                        days: number;
                        clause: string;
                    };
                    survivesAcceptance: boolean;
                    evidence: {
                        files: {
                            anyOf: ("photo" | "video" | "test_report")[];
                            min: number;
                        }[];
                        explanation: {
                            minLength: number;
                            orFileOf: ("photo" | "video" | "test_report")[];
                        } | null;
                        clause: string;
                    };
                    returnMethods: ("ship" | "collection" | "none")[];
                    holdUntilInstructed: boolean;
                    shipBy: {
                        /** @enum {string} */
                        anchor: "invoicedAt" | "deliveredAt" | "noticeAt" | "approvedAt" | "inspectedAt";
                        days: number;
                        clause: string;
                    }[];
                    requiresIntact: boolean;
                };
                other: {
                    label: string;
                    openUntil: {
                        /** @enum {string} */
                        anchor: "invoicedAt" | "deliveredAt" | "noticeAt" | "approvedAt" | "inspectedAt";
                        days: number;
                        clause: string;
                    };
                    survivesAcceptance: boolean;
                    evidence: {
                        files: {
                            anyOf: ("photo" | "video" | "test_report")[];
                            min: number;
                        }[];
                        explanation: {
                            minLength: number;
                            orFileOf: ("photo" | "video" | "test_report")[];
                        } | null;
                        clause: string;
                    };
                    returnMethods: ("ship" | "collection" | "none")[];
                    holdUntilInstructed: boolean;
                    shipBy: {
                        /** @enum {string} */
                        anchor: "invoicedAt" | "deliveredAt" | "noticeAt" | "approvedAt" | "inspectedAt";
                        days: number;
                        clause: string;
                    }[];
                    requiresIntact: boolean;
                };
            };
            acceptance: {
                window: {
                    /** @enum {string} */
                    anchor: "invoicedAt" | "deliveredAt" | "noticeAt" | "approvedAt" | "inspectedAt";
                    days: number;
                    clause: string;
                };
                clause: string;
            };
            evidenceBy: {
                /** @enum {string} */
                anchor: "invoicedAt" | "deliveredAt" | "noticeAt" | "approvedAt" | "inspectedAt";
                days: number;
                clause: string;
            };
            shipBy: {
                minDaysAfterApproval: number;
                reminderDaysBefore: number;
            };
            sla: {
                resolutionHours: number;
                decisionHours: number;
            };
            uploads: {
                maxFilesPerRma: number;
                kinds: {
                    photo: {
                        contentTypes: string[];
                        maxBytes: number;
                    };
                    video: {
                        contentTypes: string[];
                        maxBytes: number;
                    };
                    test_report: {
                        contentTypes: string[];
                        maxBytes: number;
                    };
                };
            };
            tracking: {
                pattern: string;
                minLength: number;
                maxLength: number;
            };
            returnAddress: {
                lines: string[];
                phone: string;
            };
            contacts: {
                /** Format: email */
                sales: string;
                /** Format: email */
                refunds: string;
            };
        };
        Order: {
            orderNumber: string;
            customer: {
                /** Format: email */
                email: string;
                name: string;
                /** @description the shopper's language (BCP 47), e.g. zh-CN */
                locale?: string;
            };
            /** @enum {string} */
            currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLP" | "CNY" | "COP" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SRD" | "SSP" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "UYU" | "UZS" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XCD" | "XCG" | "XDR" | "XOF" | "XPF" | "XSU" | "YER" | "ZAR" | "ZMW" | "ZWG" | "ZWL";
            /**
             * Format: date-time
             * @description not in the future, not before 2000
             */
            invoicedAt: string;
            lines: {
                lineId: string;
                sku: string;
                name: string;
                quantity: number;
                /** @description minor units of the order currency */
                unitPrice: number;
            }[];
            /**
             * Format: date-time
             * @description ISO 8601 UTC instant
             */
            updatedAt: string;
            orderId: string;
            deliveredAt: string | null;
            /** @description end of the 7-day acceptance window (R-ACCEPTANCE) */
            acceptanceClosesAt: string | null;
            acceptedAt: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 UTC instant
             */
            createdAt: string;
        };
        Session: {
            /** @description bearer token for the customer endpoints, bound to this order */
            token: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC instant
             */
            expiresAt: string;
            orderId: string;
        };
        CustomerOrder: {
            orderId: string;
            orderNumber: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC instant
             */
            invoicedAt: string;
            deliveredAt: string | null;
            lines: {
                lineId: string;
                sku: string;
                name: string;
                quantity: number;
                returnableQuantity: number;
                reasons: {
                    faulty: {
                        eligible: boolean;
                        closesAt: string | null;
                        /** @enum {string} */
                        code?: "window_closed" | "order_not_delivered" | "fully_returned";
                    };
                    damaged_in_transit: {
                        eligible: boolean;
                        closesAt: string | null;
                        /** @enum {string} */
                        code?: "window_closed" | "order_not_delivered" | "fully_returned";
                    };
                    incorrect_item: {
                        eligible: boolean;
                        closesAt: string | null;
                        /** @enum {string} */
                        code?: "window_closed" | "order_not_delivered" | "fully_returned";
                    };
                    other: {
                        eligible: boolean;
                        closesAt: string | null;
                        /** @enum {string} */
                        code?: "window_closed" | "order_not_delivered" | "fully_returned";
                    };
                };
            }[];
        };
        Rma: {
            rmaId: string;
            number: string;
            orderId: string;
            /** @enum {string} */
            status: "awaiting_evidence" | "submitted" | "approved" | "in_transit" | "received" | "awaiting_resolution" | "resolved" | "rejected" | "inspection_failed" | "expired" | "cancelled";
            /** @enum {string} */
            reason: "faulty" | "damaged_in_transit" | "incorrect_item" | "other";
            lines: {
                lineId: string;
                quantity: number;
            }[];
            explanation: string;
            /** @enum {string} */
            preferredResolution: "refund" | "exchange";
            policyVersion: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC instant
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC instant
             */
            updatedAt: string;
            deadlines: {
                evidenceBy: string | null;
                shipBy: string | null;
                decisionDueBy: string | null;
                resolutionDueBy: string | null;
            };
            returnInstructions: {
                /** @enum {string} */
                method: "ship" | "collection" | "none";
                address: string | null;
                shipBy: string | null;
            } | null;
            shipment: {
                carrier: string;
                trackingNumber: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 UTC instant
                 */
                at: string;
            } | null;
            evidence: components["schemas"]["Evidence"][];
            resolution: ({
                /** @constant */
                type: "refund";
                amount: number;
                currency: string;
                reference: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 UTC instant
                 */
                at: string;
            } | {
                /** @constant */
                type: "exchange";
                reference: string;
                carrier: string;
                trackingNumber: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 UTC instant
                 */
                at: string;
            }) | null;
            slaBreached: boolean;
            decisionSlaBreached: boolean;
            timeline: {
                /**
                 * Format: date-time
                 * @description ISO 8601 UTC instant
                 */
                at: string;
                /** @enum {string} */
                actor: "customer" | "ops" | "system";
                type: string;
                data?: {
                    [key: string]: unknown;
                };
            }[];
        };
        RmaList: {
            items: components["schemas"]["Rma"][];
        };
        Evidence: {
            evidenceId: string;
            /** @enum {string} */
            kind: "photo" | "video" | "test_report";
            /** @enum {string} */
            status: "pending" | "verified" | "rejected";
            contentType: string;
            size: number;
        };
        EvidenceUpload: {
            evidenceId: string;
            /** @constant */
            status: "pending";
            maxBytes: number;
            upload: {
                /** Format: uri */
                url: string;
                /** @description post these form fields, then the file as `file` */
                fields: {
                    [key: string]: string;
                };
                /**
                 * Format: date-time
                 * @description ISO 8601 UTC instant
                 */
                expiresAt: string;
            };
        };
        OpsRma: {
            rmaId: string;
            number: string;
            orderId: string;
            /** @enum {string} */
            status: "awaiting_evidence" | "submitted" | "approved" | "in_transit" | "received" | "awaiting_resolution" | "resolved" | "rejected" | "inspection_failed" | "expired" | "cancelled";
            /** @enum {string} */
            reason: "faulty" | "damaged_in_transit" | "incorrect_item" | "other";
            lines: {
                lineId: string;
                quantity: number;
            }[];
            explanation: string;
            /** @enum {string} */
            preferredResolution: "refund" | "exchange";
            policyVersion: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC instant
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 UTC instant
             */
            updatedAt: string;
            deadlines: {
                evidenceBy: string | null;
                shipBy: string | null;
                decisionDueBy: string | null;
                resolutionDueBy: string | null;
            };
            returnInstructions: {
                /** @enum {string} */
                method: "ship" | "collection" | "none";
                address: string | null;
                shipBy: string | null;
            } | null;
            shipment: {
                carrier: string;
                trackingNumber: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 UTC instant
                 */
                at: string;
            } | null;
            evidence: {
                evidenceId: string;
                /** @enum {string} */
                kind: "photo" | "video" | "test_report";
                /** @enum {string} */
                status: "pending" | "verified" | "rejected";
                contentType: string;
                size: number;
                fileName: string;
                sha256: string | null;
                /** @description presigned GET of the verified version, 15 minutes; null unless verified */
                downloadUrl: string | null;
                downloadExpiresAt: string | null;
            }[];
            resolution: ({
                /** @constant */
                type: "refund";
                amount: number;
                currency: string;
                reference: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 UTC instant
                 */
                at: string;
            } | {
                /** @constant */
                type: "exchange";
                reference: string;
                carrier: string;
                trackingNumber: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 UTC instant
                 */
                at: string;
            }) | null;
            slaBreached: boolean;
            decisionSlaBreached: boolean;
            timeline: {
                /**
                 * Format: date-time
                 * @description ISO 8601 UTC instant
                 */
                at: string;
                /** @enum {string} */
                actor: "customer" | "ops" | "system";
                /** @description ops: the JWT sub */
                actorId?: string;
                actorEmail?: string | null;
                type: string;
                data?: {
                    [key: string]: unknown;
                };
            }[];
            customer: {
                name: string;
                email: string;
            };
            decisionNote: string | null;
            inspection: {
                /** @enum {string} */
                result: "pass" | "fail";
                note: string;
                intact: boolean | null;
                /**
                 * Format: date-time
                 * @description ISO 8601 UTC instant
                 */
                at: string;
            } | null;
            /** @description what was paid for the returned units (R-RESOLUTION) */
            maxRefund: {
                amount: number;
                currency: string;
            };
            /** @description the RMA's order as the shop reported it: what was bought, when, at what price */
            order: {
                orderNumber: string;
                currency: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 UTC instant
                 */
                invoicedAt: string;
                deliveredAt: string | null;
                lines: {
                    lineId: string;
                    sku: string;
                    name: string;
                    quantity: number;
                    /** @description minor units */
                    unitPrice: number;
                }[];
            };
        };
        RmaPage: {
            items: components["schemas"]["Rma"][];
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        OpsSummary: {
            countsByStatus: {
                [key: string]: number;
            };
            openSlaBreaches: {
                refund: number;
                decision: number;
            };
            medianSubmissionToResolutionHours: number | null;
        };
        ReturnsReport: {
            from: string;
            to: string;
            /** @description the policy's time zone, in which the period's days are counted */
            timeZone: string;
            /** @description RMAs opened in the period */
            total: number;
            byReason: {
                /** @enum {string} */
                reason: "faulty" | "damaged_in_transit" | "incorrect_item" | "other";
                count: number;
                /** @description of all RMAs of the period */
                share: number;
            }[];
            /** @description most returned first */
            bySku: {
                sku: string;
                name: string;
                /** @description RMAs with a line of this SKU */
                returns: number;
                units: number;
                /** @description of all RMAs of the period */
                share: number;
            }[];
            /** @description submission to approval or rejection */
            medianHoursToDecision: number | null;
            /** @description submission to refund or exchange */
            medianHoursToResolution: number | null;
            sla: {
                /** @description decided within 48 hours of submission (R-DECISION-SLA) */
                decision: {
                    /** @description RMAs whose clock ran out or stopped: done in time, or flagged breached */
                    measured: number;
                    met: number;
                    /** @description met / measured; null when nothing was measured */
                    compliance: number | null;
                };
                /** @description refunded within 2 days of a passed inspection (R-REFUND-SLA) */
                refund: {
                    /** @description RMAs whose clock ran out or stopped: done in time, or flagged breached */
                    measured: number;
                    met: number;
                    /** @description met / measured; null when nothing was measured */
                    compliance: number | null;
                };
            };
        };
        OutboxMessage: {
            messageId: string;
            /** @enum {string} */
            kind: "email" | "schedule" | "event";
            /** @description the RMA it belongs to; null for an order timer */
            rmaId: string | null;
            /** @enum {string} */
            status: "pending" | "failed";
            attempts: number;
            lastError: string | null;
            /** @description when the next attempt is due; null once failed */
            nextAttemptAt: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 UTC instant
             */
            createdAt: string;
        };
        OutboxPage: {
            items: components["schemas"]["OutboxMessage"][];
            /** @description pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        OutboxRetry: {
            messageId: string;
            /** @constant */
            status: "pending";
            /**
             * Format: date-time
             * @description due now: the relay delivers it within a minute
             */
            nextAttemptAt: string;
        };
        WebhookEndpoint: {
            endpointId: string;
            url: string;
            /** @description null: every type */
            events: ("rma.opened" | "rma.evidence_verified" | "rma.evidence_rejected" | "rma.submitted" | "rma.approved" | "rma.rejected" | "rma.in_transit" | "rma.received" | "rma.inspected" | "rma.resolved" | "rma.cancelled" | "rma.expired" | "rma.sla_breached")[] | null;
            description: string | null;
            /** @enum {string} */
            status: "enabled" | "disabled";
            /**
             * Format: date-time
             * @description ISO 8601 UTC instant
             */
            createdAt: string;
            /** @description since when every delivery attempt failed; null while deliveries succeed */
            failingSince: string | null;
            /** @description when it was disabled after failing for 3 days */
            disabledAt: string | null;
        };
        CreatedWebhookEndpoint: {
            endpointId: string;
            url: string;
            /** @description null: every type */
            events: ("rma.opened" | "rma.evidence_verified" | "rma.evidence_rejected" | "rma.submitted" | "rma.approved" | "rma.rejected" | "rma.in_transit" | "rma.received" | "rma.inspected" | "rma.resolved" | "rma.cancelled" | "rma.expired" | "rma.sla_breached")[] | null;
            description: string | null;
            /** @enum {string} */
            status: "enabled" | "disabled";
            /**
             * Format: date-time
             * @description ISO 8601 UTC instant
             */
            createdAt: string;
            /** @description since when every delivery attempt failed; null while deliveries succeed */
            failingSince: string | null;
            /** @description when it was disabled after failing for 3 days */
            disabledAt: string | null;
            /** @description whsec_…: shown only now; verify deliveries with it (Standard Webhooks) */
            secret: string;
        };
        WebhookEndpointList: {
            items: components["schemas"]["WebhookEndpoint"][];
        };
        WebhookSecret: {
            /** @description the new whsec_… secret, shown only now; the old one keeps signing beside it for 24 h */
            secret: string;
            /**
             * Format: date-time
             * @description when the old secret stops signing
             */
            previousSecretExpiresAt: string;
        };
        WebhookTest: {
            /** @description the webhook-id of the test delivery */
            eventId: string;
            deliveryId: string;
        };
        WebhookDelivery: {
            deliveryId: string;
            eventId: string;
            /** @enum {string} */
            type: "rma.opened" | "rma.evidence_verified" | "rma.evidence_rejected" | "rma.submitted" | "rma.approved" | "rma.rejected" | "rma.in_transit" | "rma.received" | "rma.inspected" | "rma.resolved" | "rma.cancelled" | "rma.expired" | "rma.sla_breached" | "webhook.test";
            rmaId: string | null;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            attempts: number;
            lastStatusCode: number | null;
            lastError: string | null;
            nextAttemptAt: string | null;
            deliveredAt: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 UTC instant
             */
            createdAt: string;
        };
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDelivery"][];
            /** @description pass as `cursor` for the next (older) page; null on the last page */
            nextCursor: string | null;
        };
        WebhookDeliveryRetry: {
            deliveryId: string;
            /** @constant */
            status: "pending";
            /**
             * Format: date-time
             * @description due now: delivered within a minute
             */
            nextAttemptAt: string;
        };
        /** @description The request could not be completed; quote requestId when reporting it. */
        InternalErrorProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 500;
            /** @constant */
            code: "internal_error";
            requestId?: string;
        };
        /** @description API Gateway's own answer (not problem+json): the authorizer refused the token, or no route matched */
        GatewayMessage: {
            message: string;
        };
        /** @description The request is not valid: `errors` lists every problem by its path. Nothing changed. */
        ValidationFailedProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 400;
            /** @constant */
            code: "validation_failed";
            /** @description every problem, by its path */
            errors: {
                /** @description where in the request, e.g. lines[0].quantity */
                path: string;
                message: string;
            }[];
        };
        /** @description No valid credentials: a missing, malformed, unknown or expired token. */
        UnauthorizedProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 401;
            /** @constant */
            code: "unauthorized";
        };
        /** @description The storefront signature is missing, wrong, or its timestamp is more than 300 s from now. */
        InvalidSignatureProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 401;
            /** @constant */
            code: "invalid_signature";
        };
        /** @description Authenticated, but not allowed: e.g. an ops token outside the rma-ops group. */
        ForbiddenProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 403;
            /** @constant */
            code: "forbidden";
        };
        /** @description No such resource, or not yours: another order’s RMA answers exactly as a missing one. */
        NotFoundProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 404;
            /** @constant */
            code: "not_found";
        };
        /** @description No order matches (sign-in answers an unknown order and a wrong email alike). */
        OrderNotFoundProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 404;
            /** @constant */
            code: "order_not_found";
        };
        /** @description Not possible in the state the RMA is in (`rmaStatus`); nothing changed. */
        InvalidStateProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 409;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            code: "invalid_state";
            /** @description the state the RMA is in */
            rmaStatus?: string;
        };
        /** @description The order has not been delivered yet. */
        OrderNotDeliveredProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 409;
            /** @constant */
            code: "order_not_delivered";
        };
        /** @description A damaged item must not be shipped before ops give instructions. */
        AwaitingInstructionsProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 409;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            code: "awaiting_instructions";
            /** @description the state the RMA is in */
            rmaStatus: string;
        };
        /** @description The RMA already holds the most files allowed. */
        EvidenceLimitReachedProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 409;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            code: "evidence_limit_reached";
        };
        /** @description A request with this idempotency key is still in progress. */
        IdempotencyConflictProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 409;
            /** @constant */
            code: "idempotency_conflict";
        };
        /** @description The order has returns: its lines, currency, invoice and delivery dates are fixed. */
        OrderLockedProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 409;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            code: "order_locked";
        };
        /** @description The file is larger than its kind allows (`maxBytes`). */
        FileTooLargeProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 413;
            /** @constant */
            code: "file_too_large";
            /** @description the largest file of this kind */
            maxBytes: number;
        };
        /** @description The body is not JSON, or the file type is not accepted (`allowed`). */
        UnsupportedMediaTypeProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 415;
            /** @constant */
            code: "unsupported_media_type";
            /** @description the content types that are accepted */
            allowed: string[];
        };
        /** @description The return window for this reason closed (`closesAt`). */
        WindowClosedProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 422;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            code: "window_closed";
            /**
             * Format: date-time
             * @description when the window closed
             */
            closesAt: string;
        };
        /** @description More units than can still be returned (`returnable`). */
        QuantityExceedsReturnableProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 422;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            code: "quantity_exceeds_returnable";
            errors: {
                /** @description where in the request, e.g. lines[0].quantity */
                path: string;
                message: string;
            }[];
            /** @description units of the line that can still be returned */
            returnable: number;
        };
        /** @description Evidence the reason requires is missing (`missing`). */
        EvidenceIncompleteProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 422;
            /** @constant */
            code: "evidence_incomplete";
            /** @description what is still missing, in words */
            missing: string[];
        };
        /** @description The refund is more than was paid for the returned units (`paid`). */
        RefundExceedsPaidProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 422;
            /** @constant */
            code: "refund_exceeds_paid";
            /** @description what was paid for the returned units, minor units */
            paid: number;
        };
        /** @description This idempotency key was used for another request. */
        IdempotencyKeyReusedProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 422;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            code: "idempotency_key_reused";
        };
        /** @description Too many attempts; retry after `retryAfterSeconds` (also the retry-after header). */
        RateLimitedProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 429;
            /** @constant */
            code: "rate_limited";
            /** @description as the retry-after header */
            retryAfterSeconds: number;
        };
        /** @description The update is older than one already applied (`appliedUpdatedAt`); nothing changed. */
        StaleUpdateProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 409;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            code: "stale_update";
            /**
             * Format: date-time
             * @description the updatedAt of the update applied
             */
            appliedUpdatedAt: string;
        };
        /** @description A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
        UnavailableProblem: {
            /** @description a URI naming the problem type */
            type: string;
            title: string;
            /** @description what happened, in words */
            detail: string;
            /** @constant */
            status: 503;
            /** @constant */
            code: "unavailable";
            /** @description as the retry-after header */
            retryAfterSeconds: number;
        };
        OrderInput: {
            orderNumber: string;
            customer: {
                /** Format: email */
                email: string;
                name: string;
                /** @description the shopper's language (BCP 47), e.g. zh-CN */
                locale?: string;
            };
            /** @enum {string} */
            currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLP" | "CNY" | "COP" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SRD" | "SSP" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "UYU" | "UZS" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XCD" | "XCG" | "XDR" | "XOF" | "XPF" | "XSU" | "YER" | "ZAR" | "ZMW" | "ZWG" | "ZWL";
            /**
             * Format: date-time
             * @description not in the future, not before 2000
             */
            invoicedAt: string;
            lines: {
                lineId: string;
                sku: string;
                name: string;
                quantity: number;
                /** @description minor units of the order currency */
                unitPrice: number;
            }[];
            /**
             * Format: date-time
             * @description the shop's last-modified time of the order: an update older than the one applied is refused with 409 stale_update
             */
            updatedAt?: string;
        };
        DeliveryInput: {
            /**
             * Format: date-time
             * @description ISO 8601 UTC instant
             */
            deliveredAt: string;
        };
        StorefrontSessionRequest: {
            orderId: string;
        };
        SignInRequest: {
            orderNumber: string;
            email: string;
        };
        RmaRequest: {
            orderId: string;
            /** @enum {string} */
            reason: "faulty" | "damaged_in_transit" | "incorrect_item" | "other";
            lines: {
                lineId: string;
                quantity: number;
            }[];
            explanation: string;
            /** @enum {string} */
            preferredResolution: "refund" | "exchange";
        };
        EvidenceRequest: {
            /** @enum {string} */
            kind: "photo" | "video" | "test_report";
            contentType: string;
            fileName: string;
            size: number;
        };
        Shipment: {
            carrier: string;
            trackingNumber: string;
        };
        Inquiry: {
            message: string;
        };
        Decision: {
            /** @constant */
            decision: "approve";
            /**
             * @description required when the reason allows more than one method
             * @enum {string}
             */
            returnMethod?: "ship" | "collection" | "none";
            note: string;
            /**
             * Format: date-time
             * @description method ship only: a later ship-by than the policy gives
             */
            shipBy?: string;
        } | {
            /** @constant */
            decision: "reject";
            note: string;
        };
        Receipt: {
            note?: string;
        };
        Inspection: {
            /** @enum {string} */
            result: "pass" | "fail";
            note: string;
            /** @description required for reason `other` (R-INSPECTION) */
            intact?: boolean;
        };
        Resolution: {
            /** @constant */
            type: "refund";
            /** @description minor units, above 0 and at most what was paid for the returned units */
            amount: number;
            /** @enum {string} */
            currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLP" | "CNY" | "COP" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SRD" | "SSP" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "UYU" | "UZS" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XCD" | "XCG" | "XDR" | "XOF" | "XPF" | "XSU" | "YER" | "ZAR" | "ZMW" | "ZWG" | "ZWL";
            reference: string;
        } | {
            /** @constant */
            type: "exchange";
            reference: string;
            carrier: string;
            trackingNumber: string;
        };
        WebhookEndpointRequest: {
            /** @description https://, to a public address (http://localhost:<port> also on the local stack) */
            url: string;
            /** @description the event types to send; leave out for every type, present and future */
            events?: ("rma.opened" | "rma.evidence_verified" | "rma.evidence_rejected" | "rma.submitted" | "rma.approved" | "rma.rejected" | "rma.in_transit" | "rma.received" | "rma.inspected" | "rma.resolved" | "rma.cancelled" | "rma.expired" | "rma.sla_breached")[];
            description?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    putOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "orderNumber": "SO-10482",
                 *       "customer": {
                 *         "email": "ada@example.com",
                 *         "name": "Ada Lovelace"
                 *       },
                 *       "currency": "USD",
                 *       "invoicedAt": "2026-11-10T06:00:00.000Z",
                 *       "lines": [
                 *         {
                 *           "lineId": "L1",
                 *           "sku": "STM32F103C8T6",
                 *           "name": "MCU STM32F103",
                 *           "quantity": 2,
                 *           "unitPrice": 299
                 *         }
                 *       ],
                 *       "updatedAt": "2026-11-10T06:00:00.000Z"
                 *     }
                 */
                "application/json": components["schemas"]["OrderInput"];
            };
        };
        responses: {
            /** @description Order updated (or unchanged) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "orderId": "so-10482",
                     *       "orderNumber": "SO-10482",
                     *       "customer": {
                     *         "email": "ada@example.com",
                     *         "name": "Ada Lovelace"
                     *       },
                     *       "currency": "USD",
                     *       "invoicedAt": "2026-11-10T06:00:00.000Z",
                     *       "lines": [
                     *         {
                     *           "lineId": "L1",
                     *           "sku": "STM32F103C8T6",
                     *           "name": "MCU STM32F103",
                     *           "quantity": 2,
                     *           "unitPrice": 299
                     *         }
                     *       ],
                     *       "deliveredAt": "2026-11-14T03:00:00.000Z",
                     *       "acceptanceClosesAt": "2026-11-21T15:59:59.999Z",
                     *       "acceptedAt": null,
                     *       "createdAt": "2026-11-10T06:00:02.000Z",
                     *       "updatedAt": "2026-11-14T03:00:05.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Order created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "orderId": "so-10482",
                     *       "orderNumber": "SO-10482",
                     *       "customer": {
                     *         "email": "ada@example.com",
                     *         "name": "Ada Lovelace"
                     *       },
                     *       "currency": "USD",
                     *       "invoicedAt": "2026-11-10T06:00:00.000Z",
                     *       "lines": [
                     *         {
                     *           "lineId": "L1",
                     *           "sku": "STM32F103C8T6",
                     *           "name": "MCU STM32F103",
                     *           "quantity": 2,
                     *           "unitPrice": 299
                     *         }
                     *       ],
                     *       "deliveredAt": "2026-11-14T03:00:00.000Z",
                     *       "acceptanceClosesAt": "2026-11-21T15:59:59.999Z",
                     *       "acceptedAt": null,
                     *       "createdAt": "2026-11-10T06:00:02.000Z",
                     *       "updatedAt": "2026-11-14T03:00:05.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_signature`: The storefront signature is missing, wrong, or its timestamp is more than 300 s from now. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidSignatureProblem"];
                };
            };
            /** @description `order_locked`: The order has returns: its lines, currency, invoice and delivery dates are fixed. `stale_update`: The update is older than one already applied (`appliedUpdatedAt`); nothing changed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OrderLockedProblem"] | components["schemas"]["StaleUpdateProblem"];
                };
            };
            /** @description `unsupported_media_type`: The body is not JSON, or the file type is not accepted (`allowed`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    recordDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "deliveredAt": "2026-11-14T03:00:00.000Z"
                 *     }
                 */
                "application/json": components["schemas"]["DeliveryInput"];
            };
        };
        responses: {
            /** @description Delivery recorded; the acceptance clock runs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "orderId": "so-10482",
                     *       "orderNumber": "SO-10482",
                     *       "customer": {
                     *         "email": "ada@example.com",
                     *         "name": "Ada Lovelace"
                     *       },
                     *       "currency": "USD",
                     *       "invoicedAt": "2026-11-10T06:00:00.000Z",
                     *       "lines": [
                     *         {
                     *           "lineId": "L1",
                     *           "sku": "STM32F103C8T6",
                     *           "name": "MCU STM32F103",
                     *           "quantity": 2,
                     *           "unitPrice": 299
                     *         }
                     *       ],
                     *       "deliveredAt": "2026-11-14T03:00:00.000Z",
                     *       "acceptanceClosesAt": "2026-11-21T15:59:59.999Z",
                     *       "acceptedAt": null,
                     *       "createdAt": "2026-11-10T06:00:02.000Z",
                     *       "updatedAt": "2026-11-14T03:00:05.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_signature`: The storefront signature is missing, wrong, or its timestamp is more than 300 s from now. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidSignatureProblem"];
                };
            };
            /** @description `order_not_found`: No order matches (sign-in answers an unknown order and a wrong email alike). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OrderNotFoundProblem"];
                };
            };
            /** @description `order_locked`: The order has returns: its lines, currency, invoice and delivery dates are fixed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OrderLockedProblem"];
                };
            };
            /** @description `unsupported_media_type`: The body is not JSON, or the file type is not accepted (`allowed`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    createStorefrontSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "orderId": "so-10482"
                 *     }
                 */
                "application/json": components["schemas"]["StorefrontSessionRequest"];
            };
        };
        responses: {
            /** @description A session for a shopper signed in at the shop */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token": "hVb0a3Zr6x1wq9P4kYt2mN8sLc5dE7gJ",
                     *       "expiresAt": "2026-11-21T09:00:00.000Z",
                     *       "orderId": "so-10482"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `invalid_signature`: The storefront signature is missing, wrong, or its timestamp is more than 300 s from now. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidSignatureProblem"];
                };
            };
            /** @description `order_not_found`: No order matches (sign-in answers an unknown order and a wrong email alike). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OrderNotFoundProblem"];
                };
            };
            /** @description `unsupported_media_type`: The body is not JSON, or the file type is not accepted (`allowed`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API is up and its table answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "checks": {
                     *         "table": "ok"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description The table does not answer (retry-after) */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "checks": {
                     *         "table": "ok"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    getPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The return policy in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "2026-11-24",
                     *       "timeZone": "Asia/Shanghai",
                     *       "reasons": {
                     *         "faulty": {
                     *           "label": "Faulty when received",
                     *           "openUntil": {
                     *             "anchor": "invoicedAt",
                     *             "days": 60,
                     *             "clause": "FAULTY WHEN RECEIVED: \"We guarantee at least 60 days\""
                     *           },
                     *           "survivesAcceptance": true,
                     *           "evidence": {
                     *             "files": [
                     *               {
                     *                 "anyOf": [
                     *                   "photo"
                     *                 ],
                     *                 "min": 1
                     *               }
                     *             ],
                     *             "explanation": {
                     *               "minLength": 20,
                     *               "orFileOf": [
                     *                 "test_report"
                     *               ]
                     *             },
                     *             "clause": "\"accompanied with its picture and brief explanation or test report\""
                     *           },
                     *           "returnMethods": [
                     *             "ship"
                     *           ],
                     *           "holdUntilInstructed": false,
                     *           "shipBy": [
                     *             {
                     *               "anchor": "invoicedAt",
                     *               "days": 60,
                     *               "clause": "\"All returns should be made within 60 days of date of invoice\""
                     *             }
                     *           ],
                     *           "requiresIntact": false
                     *         },
                     *         "damaged_in_transit": {
                     *           "label": "Damaged in transit",
                     *           "openUntil": {
                     *             "anchor": "deliveredAt",
                     *             "days": 14,
                     *             "clause": "DAMAGED IN TRANSIT: \"we will not accept Shipping Damage Claims later than 14 days from receipt\""
                     *           },
                     *           "survivesAcceptance": true,
                     *           "evidence": {
                     *             "files": [
                     *               {
                     *                 "anyOf": [
                     *                   "photo",
                     *                   "video"
                     *                 ],
                     *                 "min": 1
                     *               }
                     *             ],
                     *             "explanation": {
                     *               "minLength": 1,
                     *               "orFileOf": []
                     *             },
                     *             "clause": "\"please provide us with the Photo or video\""
                     *           },
                     *           "returnMethods": [
                     *             "ship",
                     *             "collection",
                     *             "none"
                     *           ],
                     *           "holdUntilInstructed": true,
                     *           "shipBy": [
                     *             {
                     *               "anchor": "invoicedAt",
                     *               "days": 60,
                     *               "clause": "\"All returns should be made within 60 days of date of invoice\""
                     *             }
                     *           ],
                     *           "requiresIntact": false
                     *         },
                     *         "incorrect_item": {
                     *           "label": "Incorrect item",
                     *           "openUntil": {
                     *             "anchor": "deliveredAt",
                     *             "days": 7,
                     *             "clause": "INCORRECT ITEM: \"contact us within 7 days\""
                     *           },
                     *           "survivesAcceptance": false,
                     *           "evidence": {
                     *             "files": [
                     *               {
                     *                 "anyOf": [
                     *                   "photo"
                     *                 ],
                     *                 "min": 1
                     *               }
                     *             ],
                     *             "explanation": {
                     *               "minLength": 1,
                     *               "orFileOf": []
                     *             },
                     *             "clause": "\"accompanied with its picture and brief explanation\""
                     *           },
                     *           "returnMethods": [
                     *             "collection"
                     *           ],
                     *           "holdUntilInstructed": false,
                     *           "shipBy": [
                     *             {
                     *               "anchor": "invoicedAt",
                     *               "days": 60,
                     *               "clause": "\"All returns should be made within 60 days of date of invoice\""
                     *             }
                     *           ],
                     *           "requiresIntact": false
                     *         },
                     *         "other": {
                     *           "label": "Other reason",
                     *           "openUntil": {
                     *             "anchor": "deliveredAt",
                     *             "days": 7,
                     *             "clause": "\"inform the reason in writing within 7 days after receiving the goods\""
                     *           },
                     *           "survivesAcceptance": false,
                     *           "evidence": {
                     *             "files": [
                     *               {
                     *                 "anyOf": [
                     *                   "photo"
                     *                 ],
                     *                 "min": 1
                     *               }
                     *             ],
                     *             "explanation": {
                     *               "minLength": 1,
                     *               "orFileOf": []
                     *             },
                     *             "clause": "\"accompanied with its picture and brief explanation\""
                     *           },
                     *           "returnMethods": [
                     *             "ship"
                     *           ],
                     *           "holdUntilInstructed": false,
                     *           "shipBy": [
                     *             {
                     *               "anchor": "invoicedAt",
                     *               "days": 60,
                     *               "clause": "\"All returns should be made within 60 days of date of invoice\""
                     *             },
                     *             {
                     *               "anchor": "noticeAt",
                     *               "days": 53,
                     *               "clause": "\"Then you have 53 days to return the item intact\""
                     *             }
                     *           ],
                     *           "requiresIntact": true
                     *         }
                     *       },
                     *       "acceptance": {
                     *         "window": {
                     *           "anchor": "deliveredAt",
                     *           "days": 7,
                     *           "clause": "\"within 7 days of delivery ... deemed to have received the items in full working order\""
                     *         },
                     *         "clause": "R-ACCEPTANCE"
                     *       },
                     *       "evidenceBy": {
                     *         "anchor": "noticeAt",
                     *         "days": 7,
                     *         "clause": "R-EVIDENCE-BY (implementation rule)"
                     *       },
                     *       "shipBy": {
                     *         "minDaysAfterApproval": 7,
                     *         "reminderDaysBefore": 3
                     *       },
                     *       "sla": {
                     *         "resolutionHours": 48,
                     *         "decisionHours": 48
                     *       },
                     *       "uploads": {
                     *         "maxFilesPerRma": 10,
                     *         "kinds": {
                     *           "photo": {
                     *             "contentTypes": [
                     *               "image/jpeg",
                     *               "image/png",
                     *               "image/webp",
                     *               "image/heic"
                     *             ],
                     *             "maxBytes": 10485760
                     *           },
                     *           "video": {
                     *             "contentTypes": [
                     *               "video/mp4",
                     *               "video/quicktime"
                     *             ],
                     *             "maxBytes": 104857600
                     *           },
                     *           "test_report": {
                     *             "contentTypes": [
                     *               "application/pdf"
                     *             ],
                     *             "maxBytes": 10485760
                     *           }
                     *         }
                     *       },
                     *       "tracking": {
                     *         "pattern": "^[A-Za-z0-9-]+$",
                     *         "minLength": 5,
                     *         "maxLength": 40
                     *       },
                     *       "returnAddress": {
                     *         "lines": [
                     *           "No. 328, Hengyong Road",
                     *           "Jiading District",
                     *           "201806 Shanghai",
                     *           "China"
                     *         ],
                     *         "phone": "86-21-68361005"
                     *       },
                     *       "contacts": {
                     *         "sales": "sales@mitkco.com",
                     *         "refunds": "info@mitkco.com"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Policy"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    getOpenApi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description This document (OpenAPI 3.1) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "openapi": "3.1.0",
                     *       "info": {
                     *         "title": "RMA API",
                     *         "version": "1.0.0"
                     *       },
                     *       "paths": {
                     *         "/v1/health": {}
                     *       }
                     *     }
                     */
                    "application/json": {
                        openapi: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "orderNumber": "SO-10482",
                 *       "email": "ada@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["SignInRequest"];
            };
        };
        responses: {
            /** @description A session for this order (24 h) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token": "hVb0a3Zr6x1wq9P4kYt2mN8sLc5dE7gJ",
                     *       "expiresAt": "2026-11-21T09:00:00.000Z",
                     *       "orderId": "so-10482"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `order_not_found`: No order matches (sign-in answers an unknown order and a wrong email alike). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OrderNotFoundProblem"];
                };
            };
            /** @description `unsupported_media_type`: The body is not JSON, or the file type is not accepted (`allowed`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `rate_limited`: Too many attempts; retry after `retryAfterSeconds` (also the retry-after header). */
            429: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RateLimitedProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order with what can be returned, per line and reason */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "orderId": "so-10482",
                     *       "orderNumber": "SO-10482",
                     *       "invoicedAt": "2026-11-10T06:00:00.000Z",
                     *       "deliveredAt": "2026-11-14T03:00:00.000Z",
                     *       "lines": [
                     *         {
                     *           "lineId": "L1",
                     *           "sku": "STM32F103C8T6",
                     *           "name": "MCU STM32F103",
                     *           "quantity": 2,
                     *           "returnableQuantity": 2,
                     *           "reasons": {
                     *             "faulty": {
                     *               "eligible": true,
                     *               "closesAt": "2026-11-21T15:59:59.999Z"
                     *             },
                     *             "damaged_in_transit": {
                     *               "eligible": true,
                     *               "closesAt": "2026-11-28T15:59:59.999Z"
                     *             },
                     *             "incorrect_item": {
                     *               "eligible": true,
                     *               "closesAt": "2026-11-21T15:59:59.999Z"
                     *             },
                     *             "other": {
                     *               "eligible": false,
                     *               "closesAt": "2026-11-17T15:59:59.999Z",
                     *               "code": "window_closed"
                     *             }
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CustomerOrder"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `unauthorized`: No valid credentials: a missing, malformed, unknown or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthorizedProblem"];
                };
            };
            /** @description `not_found`: No such resource, or not yours: another order’s RMA answers exactly as a missing one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    listRmas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The returns of the session's order, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "rmaId": "01JD3YQ4X5R8T2N6M9P0K7A1BC",
                     *           "number": "RMA-2026-000042",
                     *           "orderId": "so-10482",
                     *           "status": "approved",
                     *           "reason": "faulty",
                     *           "lines": [
                     *             {
                     *               "lineId": "L1",
                     *               "quantity": 1
                     *             }
                     *           ],
                     *           "explanation": "Does not enumerate over USB; tried two cables and two hosts.",
                     *           "preferredResolution": "refund",
                     *           "policyVersion": "2026-11-24",
                     *           "createdAt": "2026-11-20T02:14:09.000Z",
                     *           "updatedAt": "2026-11-21T08:30:00.000Z",
                     *           "deadlines": {
                     *             "evidenceBy": null,
                     *             "shipBy": "2026-12-05T15:59:59.999Z",
                     *             "decisionDueBy": null,
                     *             "resolutionDueBy": null
                     *           },
                     *           "returnInstructions": {
                     *             "method": "ship",
                     *             "address": "Mitkco Electronics, Returns\nNo. 88 Hengyong Road\nShanghai 200000, China\nTel: +86 21 5555 0100",
                     *             "shipBy": "2026-12-05T15:59:59.999Z"
                     *           },
                     *           "shipment": null,
                     *           "evidence": [
                     *             {
                     *               "evidenceId": "01JD3YR8M2C4V6B8N0Q2S4T6WX",
                     *               "kind": "photo",
                     *               "status": "verified",
                     *               "contentType": "image/jpeg",
                     *               "size": 482113
                     *             },
                     *             {
                     *               "evidenceId": "01JD3YRB7F9H1K3M5P7R9T1V3X",
                     *               "kind": "test_report",
                     *               "status": "verified",
                     *               "contentType": "application/pdf",
                     *               "size": 91240
                     *             }
                     *           ],
                     *           "resolution": null,
                     *           "slaBreached": false,
                     *           "decisionSlaBreached": false,
                     *           "timeline": [
                     *             {
                     *               "at": "2026-11-20T02:14:09.000Z",
                     *               "actor": "customer",
                     *               "type": "opened"
                     *             },
                     *             {
                     *               "at": "2026-11-20T02:20:41.000Z",
                     *               "actor": "customer",
                     *               "type": "submitted"
                     *             },
                     *             {
                     *               "at": "2026-11-21T08:30:00.000Z",
                     *               "actor": "ops",
                     *               "type": "approved",
                     *               "data": {
                     *                 "method": "ship"
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RmaList"];
                };
            };
            /** @description `unauthorized`: No valid credentials: a missing, malformed, unknown or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthorizedProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    openRma: {
        parameters: {
            query?: never;
            header: {
                /** @description any 8-64 printable characters, new for each return: the same key and body replay the first answer (also after a 503) */
                "idempotency-key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "orderId": "so-10482",
                 *       "reason": "faulty",
                 *       "lines": [
                 *         {
                 *           "lineId": "L1",
                 *           "quantity": 1
                 *         }
                 *       ],
                 *       "explanation": "Does not enumerate over USB; tried two cables and two hosts.",
                 *       "preferredResolution": "refund"
                 *     }
                 */
                "application/json": components["schemas"]["RmaRequest"];
            };
        };
        responses: {
            /** @description The RMA, awaiting evidence (replayed for the same idempotency key and body) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "rmaId": "01JD3YQ4X5R8T2N6M9P0K7A1BC",
                     *       "number": "RMA-2026-000042",
                     *       "orderId": "so-10482",
                     *       "status": "approved",
                     *       "reason": "faulty",
                     *       "lines": [
                     *         {
                     *           "lineId": "L1",
                     *           "quantity": 1
                     *         }
                     *       ],
                     *       "explanation": "Does not enumerate over USB; tried two cables and two hosts.",
                     *       "preferredResolution": "refund",
                     *       "policyVersion": "2026-11-24",
                     *       "createdAt": "2026-11-20T02:14:09.000Z",
                     *       "updatedAt": "2026-11-21T08:30:00.000Z",
                     *       "deadlines": {
                     *         "evidenceBy": null,
                     *         "shipBy": "2026-12-05T15:59:59.999Z",
                     *         "decisionDueBy": null,
                     *         "resolutionDueBy": null
                     *       },
                     *       "returnInstructions": {
                     *         "method": "ship",
                     *         "address": "Mitkco Electronics, Returns\nNo. 88 Hengyong Road\nShanghai 200000, China\nTel: +86 21 5555 0100",
                     *         "shipBy": "2026-12-05T15:59:59.999Z"
                     *       },
                     *       "shipment": null,
                     *       "evidence": [
                     *         {
                     *           "evidenceId": "01JD3YR8M2C4V6B8N0Q2S4T6WX",
                     *           "kind": "photo",
                     *           "status": "verified",
                     *           "contentType": "image/jpeg",
                     *           "size": 482113
                     *         },
                     *         {
                     *           "evidenceId": "01JD3YRB7F9H1K3M5P7R9T1V3X",
                     *           "kind": "test_report",
                     *           "status": "verified",
                     *           "contentType": "application/pdf",
                     *           "size": 91240
                     *         }
                     *       ],
                     *       "resolution": null,
                     *       "slaBreached": false,
                     *       "decisionSlaBreached": false,
                     *       "timeline": [
                     *         {
                     *           "at": "2026-11-20T02:14:09.000Z",
                     *           "actor": "customer",
                     *           "type": "opened"
                     *         },
                     *         {
                     *           "at": "2026-11-20T02:20:41.000Z",
                     *           "actor": "customer",
                     *           "type": "submitted"
                     *         },
                     *         {
                     *           "at": "2026-11-21T08:30:00.000Z",
                     *           "actor": "ops",
                     *           "type": "approved",
                     *           "data": {
                     *             "method": "ship"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Rma"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `unauthorized`: No valid credentials: a missing, malformed, unknown or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthorizedProblem"];
                };
            };
            /** @description `not_found`: No such resource, or not yours: another order’s RMA answers exactly as a missing one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `order_not_delivered`: The order has not been delivered yet. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OrderNotDeliveredProblem"];
                };
            };
            /** @description `unsupported_media_type`: The body is not JSON, or the file type is not accepted (`allowed`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `window_closed`: The return window for this reason closed (`closesAt`). `quantity_exceeds_returnable`: More units than can still be returned (`returnable`). `idempotency_key_reused`: This idempotency key was used for another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["WindowClosedProblem"] | components["schemas"]["QuantityExceedsReturnableProblem"] | components["schemas"]["IdempotencyKeyReusedProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    getRma: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The RMA */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "rmaId": "01JD3YQ4X5R8T2N6M9P0K7A1BC",
                     *       "number": "RMA-2026-000042",
                     *       "orderId": "so-10482",
                     *       "status": "approved",
                     *       "reason": "faulty",
                     *       "lines": [
                     *         {
                     *           "lineId": "L1",
                     *           "quantity": 1
                     *         }
                     *       ],
                     *       "explanation": "Does not enumerate over USB; tried two cables and two hosts.",
                     *       "preferredResolution": "refund",
                     *       "policyVersion": "2026-11-24",
                     *       "createdAt": "2026-11-20T02:14:09.000Z",
                     *       "updatedAt": "2026-11-21T08:30:00.000Z",
                     *       "deadlines": {
                     *         "evidenceBy": null,
                     *         "shipBy": "2026-12-05T15:59:59.999Z",
                     *         "decisionDueBy": null,
                     *         "resolutionDueBy": null
                     *       },
                     *       "returnInstructions": {
                     *         "method": "ship",
                     *         "address": "Mitkco Electronics, Returns\nNo. 88 Hengyong Road\nShanghai 200000, China\nTel: +86 21 5555 0100",
                     *         "shipBy": "2026-12-05T15:59:59.999Z"
                     *       },
                     *       "shipment": null,
                     *       "evidence": [
                     *         {
                     *           "evidenceId": "01JD3YR8M2C4V6B8N0Q2S4T6WX",
                     *           "kind": "photo",
                     *           "status": "verified",
                     *           "contentType": "image/jpeg",
                     *           "size": 482113
                     *         },
                     *         {
                     *           "evidenceId": "01JD3YRB7F9H1K3M5P7R9T1V3X",
                     *           "kind": "test_report",
                     *           "status": "verified",
                     *           "contentType": "application/pdf",
                     *           "size": 91240
                     *         }
                     *       ],
                     *       "resolution": null,
                     *       "slaBreached": false,
                     *       "decisionSlaBreached": false,
                     *       "timeline": [
                     *         {
                     *           "at": "2026-11-20T02:14:09.000Z",
                     *           "actor": "customer",
                     *           "type": "opened"
                     *         },
                     *         {
                     *           "at": "2026-11-20T02:20:41.000Z",
                     *           "actor": "customer",
                     *           "type": "submitted"
                     *         },
                     *         {
                     *           "at": "2026-11-21T08:30:00.000Z",
                     *           "actor": "ops",
                     *           "type": "approved",
                     *           "data": {
                     *             "method": "ship"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Rma"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `unauthorized`: No valid credentials: a missing, malformed, unknown or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthorizedProblem"];
                };
            };
            /** @description `not_found`: No such resource, or not yours: another order’s RMA answers exactly as a missing one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    cancelRma: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The RMA, cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "rmaId": "01JD3YQ4X5R8T2N6M9P0K7A1BC",
                     *       "number": "RMA-2026-000042",
                     *       "orderId": "so-10482",
                     *       "status": "approved",
                     *       "reason": "faulty",
                     *       "lines": [
                     *         {
                     *           "lineId": "L1",
                     *           "quantity": 1
                     *         }
                     *       ],
                     *       "explanation": "Does not enumerate over USB; tried two cables and two hosts.",
                     *       "preferredResolution": "refund",
                     *       "policyVersion": "2026-11-24",
                     *       "createdAt": "2026-11-20T02:14:09.000Z",
                     *       "updatedAt": "2026-11-21T08:30:00.000Z",
                     *       "deadlines": {
                     *         "evidenceBy": null,
                     *         "shipBy": "2026-12-05T15:59:59.999Z",
                     *         "decisionDueBy": null,
                     *         "resolutionDueBy": null
                     *       },
                     *       "returnInstructions": {
                     *         "method": "ship",
                     *         "address": "Mitkco Electronics, Returns\nNo. 88 Hengyong Road\nShanghai 200000, China\nTel: +86 21 5555 0100",
                     *         "shipBy": "2026-12-05T15:59:59.999Z"
                     *       },
                     *       "shipment": null,
                     *       "evidence": [
                     *         {
                     *           "evidenceId": "01JD3YR8M2C4V6B8N0Q2S4T6WX",
                     *           "kind": "photo",
                     *           "status": "verified",
                     *           "contentType": "image/jpeg",
                     *           "size": 482113
                     *         },
                     *         {
                     *           "evidenceId": "01JD3YRB7F9H1K3M5P7R9T1V3X",
                     *           "kind": "test_report",
                     *           "status": "verified",
                     *           "contentType": "application/pdf",
                     *           "size": 91240
                     *         }
                     *       ],
                     *       "resolution": null,
                     *       "slaBreached": false,
                     *       "decisionSlaBreached": false,
                     *       "timeline": [
                     *         {
                     *           "at": "2026-11-20T02:14:09.000Z",
                     *           "actor": "customer",
                     *           "type": "opened"
                     *         },
                     *         {
                     *           "at": "2026-11-20T02:20:41.000Z",
                     *           "actor": "customer",
                     *           "type": "submitted"
                     *         },
                     *         {
                     *           "at": "2026-11-21T08:30:00.000Z",
                     *           "actor": "ops",
                     *           "type": "approved",
                     *           "data": {
                     *             "method": "ship"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Rma"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `unauthorized`: No valid credentials: a missing, malformed, unknown or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthorizedProblem"];
                };
            };
            /** @description `not_found`: No such resource, or not yours: another order’s RMA answers exactly as a missing one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `invalid_state`: Not possible in the state the RMA is in (`rmaStatus`); nothing changed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidStateProblem"];
                };
            };
            /** @description `unsupported_media_type`: The body is not JSON, or the file type is not accepted (`allowed`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    requestEvidenceUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "photo",
                 *       "contentType": "image/jpeg",
                 *       "fileName": "board.jpg",
                 *       "size": 482113
                 *     }
                 */
                "application/json": components["schemas"]["EvidenceRequest"];
            };
        };
        responses: {
            /** @description A presigned S3 POST for exactly this file */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "evidenceId": "01JD3YR8M2C4V6B8N0Q2S4T6WX",
                     *       "status": "pending",
                     *       "maxBytes": 10485760,
                     *       "upload": {
                     *         "url": "https://rma-evidence.s3.amazonaws.com",
                     *         "fields": {
                     *           "key": "evidence/01JD3YQ4X5R8T2N6M9P0K7A1BC/01JD3YR8M2C4V6B8N0Q2S4T6WX",
                     *           "Content-Type": "image/jpeg",
                     *           "Policy": "…",
                     *           "X-Amz-Signature": "…"
                     *         },
                     *         "expiresAt": "2026-11-20T02:29:09.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["EvidenceUpload"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `unauthorized`: No valid credentials: a missing, malformed, unknown or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthorizedProblem"];
                };
            };
            /** @description `not_found`: No such resource, or not yours: another order’s RMA answers exactly as a missing one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `invalid_state`: Not possible in the state the RMA is in (`rmaStatus`); nothing changed. `evidence_limit_reached`: The RMA already holds the most files allowed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidStateProblem"] | components["schemas"]["EvidenceLimitReachedProblem"];
                };
            };
            /** @description `file_too_large`: The file is larger than its kind allows (`maxBytes`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["FileTooLargeProblem"];
                };
            };
            /** @description `unsupported_media_type`: The body is not JSON, or the file type is not accepted (`allowed`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    submitRma: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The RMA, submitted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "rmaId": "01JD3YQ4X5R8T2N6M9P0K7A1BC",
                     *       "number": "RMA-2026-000042",
                     *       "orderId": "so-10482",
                     *       "status": "approved",
                     *       "reason": "faulty",
                     *       "lines": [
                     *         {
                     *           "lineId": "L1",
                     *           "quantity": 1
                     *         }
                     *       ],
                     *       "explanation": "Does not enumerate over USB; tried two cables and two hosts.",
                     *       "preferredResolution": "refund",
                     *       "policyVersion": "2026-11-24",
                     *       "createdAt": "2026-11-20T02:14:09.000Z",
                     *       "updatedAt": "2026-11-21T08:30:00.000Z",
                     *       "deadlines": {
                     *         "evidenceBy": null,
                     *         "shipBy": "2026-12-05T15:59:59.999Z",
                     *         "decisionDueBy": null,
                     *         "resolutionDueBy": null
                     *       },
                     *       "returnInstructions": {
                     *         "method": "ship",
                     *         "address": "Mitkco Electronics, Returns\nNo. 88 Hengyong Road\nShanghai 200000, China\nTel: +86 21 5555 0100",
                     *         "shipBy": "2026-12-05T15:59:59.999Z"
                     *       },
                     *       "shipment": null,
                     *       "evidence": [
                     *         {
                     *           "evidenceId": "01JD3YR8M2C4V6B8N0Q2S4T6WX",
                     *           "kind": "photo",
                     *           "status": "verified",
                     *           "contentType": "image/jpeg",
                     *           "size": 482113
                     *         },
                     *         {
                     *           "evidenceId": "01JD3YRB7F9H1K3M5P7R9T1V3X",
                     *           "kind": "test_report",
                     *           "status": "verified",
                     *           "contentType": "application/pdf",
                     *           "size": 91240
                     *         }
                     *       ],
                     *       "resolution": null,
                     *       "slaBreached": false,
                     *       "decisionSlaBreached": false,
                     *       "timeline": [
                     *         {
                     *           "at": "2026-11-20T02:14:09.000Z",
                     *           "actor": "customer",
                     *           "type": "opened"
                     *         },
                     *         {
                     *           "at": "2026-11-20T02:20:41.000Z",
                     *           "actor": "customer",
                     *           "type": "submitted"
                     *         },
                     *         {
                     *           "at": "2026-11-21T08:30:00.000Z",
                     *           "actor": "ops",
                     *           "type": "approved",
                     *           "data": {
                     *             "method": "ship"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Rma"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `unauthorized`: No valid credentials: a missing, malformed, unknown or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthorizedProblem"];
                };
            };
            /** @description `not_found`: No such resource, or not yours: another order’s RMA answers exactly as a missing one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `invalid_state`: Not possible in the state the RMA is in (`rmaStatus`); nothing changed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidStateProblem"];
                };
            };
            /** @description `unsupported_media_type`: The body is not JSON, or the file type is not accepted (`allowed`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `evidence_incomplete`: Evidence the reason requires is missing (`missing`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["EvidenceIncompleteProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    reportShipment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "carrier": "SF Express",
                 *       "trackingNumber": "SF1234567890"
                 *     }
                 */
                "application/json": components["schemas"]["Shipment"];
            };
        };
        responses: {
            /** @description The RMA, in transit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "rmaId": "01JD3YQ4X5R8T2N6M9P0K7A1BC",
                     *       "number": "RMA-2026-000042",
                     *       "orderId": "so-10482",
                     *       "status": "approved",
                     *       "reason": "faulty",
                     *       "lines": [
                     *         {
                     *           "lineId": "L1",
                     *           "quantity": 1
                     *         }
                     *       ],
                     *       "explanation": "Does not enumerate over USB; tried two cables and two hosts.",
                     *       "preferredResolution": "refund",
                     *       "policyVersion": "2026-11-24",
                     *       "createdAt": "2026-11-20T02:14:09.000Z",
                     *       "updatedAt": "2026-11-21T08:30:00.000Z",
                     *       "deadlines": {
                     *         "evidenceBy": null,
                     *         "shipBy": "2026-12-05T15:59:59.999Z",
                     *         "decisionDueBy": null,
                     *         "resolutionDueBy": null
                     *       },
                     *       "returnInstructions": {
                     *         "method": "ship",
                     *         "address": "Mitkco Electronics, Returns\nNo. 88 Hengyong Road\nShanghai 200000, China\nTel: +86 21 5555 0100",
                     *         "shipBy": "2026-12-05T15:59:59.999Z"
                     *       },
                     *       "shipment": null,
                     *       "evidence": [
                     *         {
                     *           "evidenceId": "01JD3YR8M2C4V6B8N0Q2S4T6WX",
                     *           "kind": "photo",
                     *           "status": "verified",
                     *           "contentType": "image/jpeg",
                     *           "size": 482113
                     *         },
                     *         {
                     *           "evidenceId": "01JD3YRB7F9H1K3M5P7R9T1V3X",
                     *           "kind": "test_report",
                     *           "status": "verified",
                     *           "contentType": "application/pdf",
                     *           "size": 91240
                     *         }
                     *       ],
                     *       "resolution": null,
                     *       "slaBreached": false,
                     *       "decisionSlaBreached": false,
                     *       "timeline": [
                     *         {
                     *           "at": "2026-11-20T02:14:09.000Z",
                     *           "actor": "customer",
                     *           "type": "opened"
                     *         },
                     *         {
                     *           "at": "2026-11-20T02:20:41.000Z",
                     *           "actor": "customer",
                     *           "type": "submitted"
                     *         },
                     *         {
                     *           "at": "2026-11-21T08:30:00.000Z",
                     *           "actor": "ops",
                     *           "type": "approved",
                     *           "data": {
                     *             "method": "ship"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Rma"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `unauthorized`: No valid credentials: a missing, malformed, unknown or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthorizedProblem"];
                };
            };
            /** @description `not_found`: No such resource, or not yours: another order’s RMA answers exactly as a missing one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `invalid_state`: Not possible in the state the RMA is in (`rmaStatus`); nothing changed. `awaiting_instructions`: A damaged item must not be shipped before ops give instructions. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidStateProblem"] | components["schemas"]["AwaitingInstructionsProblem"];
                };
            };
            /** @description `unsupported_media_type`: The body is not JSON, or the file type is not accepted (`allowed`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `window_closed`: The return window for this reason closed (`closesAt`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["WindowClosedProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    askAboutRefund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "message": "The refund has not reached my card yet."
                 *     }
                 */
                "application/json": components["schemas"]["Inquiry"];
            };
        };
        responses: {
            /** @description Passed on to the refunds address */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description `unauthorized`: No valid credentials: a missing, malformed, unknown or expired token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnauthorizedProblem"];
                };
            };
            /** @description `not_found`: No such resource, or not yours: another order’s RMA answers exactly as a missing one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `invalid_state`: Not possible in the state the RMA is in (`rmaStatus`); nothing changed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidStateProblem"];
                };
            };
            /** @description `unsupported_media_type`: The body is not JSON, or the file type is not accepted (`allowed`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    listOpsRmas: {
        parameters: {
            query?: {
                status?: "awaiting_evidence" | "submitted" | "approved" | "in_transit" | "received" | "awaiting_resolution" | "resolved" | "rejected" | "inspection_failed" | "expired" | "cancelled";
                slaBreached?: "true" | "false";
                limit?: number;
                cursor?: string;
                number?: string;
                orderNumber?: string;
                email?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the queue, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "rmaId": "01JD3YQ4X5R8T2N6M9P0K7A1BC",
                     *           "number": "RMA-2026-000042",
                     *           "orderId": "so-10482",
                     *           "status": "approved",
                     *           "reason": "faulty",
                     *           "lines": [
                     *             {
                     *               "lineId": "L1",
                     *               "quantity": 1
                     *             }
                     *           ],
                     *           "explanation": "Does not enumerate over USB; tried two cables and two hosts.",
                     *           "preferredResolution": "refund",
                     *           "policyVersion": "2026-11-24",
                     *           "createdAt": "2026-11-20T02:14:09.000Z",
                     *           "updatedAt": "2026-11-21T08:30:00.000Z",
                     *           "deadlines": {
                     *             "evidenceBy": null,
                     *             "shipBy": "2026-12-05T15:59:59.999Z",
                     *             "decisionDueBy": null,
                     *             "resolutionDueBy": null
                     *           },
                     *           "returnInstructions": {
                     *             "method": "ship",
                     *             "address": "Mitkco Electronics, Returns\nNo. 88 Hengyong Road\nShanghai 200000, China\nTel: +86 21 5555 0100",
                     *             "shipBy": "2026-12-05T15:59:59.999Z"
                     *           },
                     *           "shipment": null,
                     *           "evidence": [
                     *             {
                     *               "evidenceId": "01JD3YR8M2C4V6B8N0Q2S4T6WX",
                     *               "kind": "photo",
                     *               "status": "verified",
                     *               "contentType": "image/jpeg",
                     *               "size": 482113
                     *             },
                     *             {
                     *               "evidenceId": "01JD3YRB7F9H1K3M5P7R9T1V3X",
                     *               "kind": "test_report",
                     *               "status": "verified",
                     *               "contentType": "application/pdf",
                     *               "size": 91240
                     *             }
                     *           ],
                     *           "resolution": null,
                     *           "slaBreached": false,
                     *           "decisionSlaBreached": false,
                     *           "timeline": [
                     *             {
                     *               "at": "2026-11-20T02:14:09.000Z",
                     *               "actor": "customer",
                     *               "type": "opened"
                     *             },
                     *             {
                     *               "at": "2026-11-20T02:20:41.000Z",
                     *               "actor": "customer",
                     *               "type": "submitted"
                     *             },
                     *             {
                     *               "at": "2026-11-21T08:30:00.000Z",
                     *               "actor": "ops",
                     *               "type": "approved",
                     *               "data": {
                     *                 "method": "ship"
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["RmaPage"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description The JWT authorizer refused the token (missing, malformed, expired, wrong issuer or audience): API Gateway's own body. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description `forbidden`: Authenticated, but not allowed: e.g. an ops token outside the rma-ops group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    getOpsRma: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The RMA with its customer, evidence downloads (15 min) and actors */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "rmaId": "01JD3YQ4X5R8T2N6M9P0K7A1BC",
                     *       "number": "RMA-2026-000042",
                     *       "orderId": "so-10482",
                     *       "status": "approved",
                     *       "reason": "faulty",
                     *       "lines": [
                     *         {
                     *           "lineId": "L1",
                     *           "quantity": 1
                     *         }
                     *       ],
                     *       "explanation": "Does not enumerate over USB; tried two cables and two hosts.",
                     *       "preferredResolution": "refund",
                     *       "policyVersion": "2026-11-24",
                     *       "createdAt": "2026-11-20T02:14:09.000Z",
                     *       "updatedAt": "2026-11-21T08:30:00.000Z",
                     *       "deadlines": {
                     *         "evidenceBy": null,
                     *         "shipBy": "2026-12-05T15:59:59.999Z",
                     *         "decisionDueBy": null,
                     *         "resolutionDueBy": null
                     *       },
                     *       "returnInstructions": {
                     *         "method": "ship",
                     *         "address": "Mitkco Electronics, Returns\nNo. 88 Hengyong Road\nShanghai 200000, China\nTel: +86 21 5555 0100",
                     *         "shipBy": "2026-12-05T15:59:59.999Z"
                     *       },
                     *       "shipment": null,
                     *       "evidence": [
                     *         {
                     *           "evidenceId": "01JD3YR8M2C4V6B8N0Q2S4T6WX",
                     *           "kind": "photo",
                     *           "status": "verified",
                     *           "contentType": "image/jpeg",
                     *           "size": 482113,
                     *           "fileName": "photo.bin",
                     *           "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                     *           "downloadUrl": "https://rma-evidence.s3.amazonaws.com/evidence/…?versionId=…&X-Amz-Signature=…",
                     *           "downloadExpiresAt": "2026-11-21T08:45:00.000Z"
                     *         },
                     *         {
                     *           "evidenceId": "01JD3YRB7F9H1K3M5P7R9T1V3X",
                     *           "kind": "test_report",
                     *           "status": "verified",
                     *           "contentType": "application/pdf",
                     *           "size": 91240,
                     *           "fileName": "test_report.bin",
                     *           "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                     *           "downloadUrl": "https://rma-evidence.s3.amazonaws.com/evidence/…?versionId=…&X-Amz-Signature=…",
                     *           "downloadExpiresAt": "2026-11-21T08:45:00.000Z"
                     *         }
                     *       ],
                     *       "resolution": null,
                     *       "slaBreached": false,
                     *       "decisionSlaBreached": false,
                     *       "timeline": [
                     *         {
                     *           "at": "2026-11-20T02:14:09.000Z",
                     *           "actor": "customer",
                     *           "type": "opened"
                     *         },
                     *         {
                     *           "at": "2026-11-20T02:20:41.000Z",
                     *           "actor": "customer",
                     *           "type": "submitted"
                     *         },
                     *         {
                     *           "at": "2026-11-21T08:30:00.000Z",
                     *           "actor": "ops",
                     *           "type": "approved",
                     *           "data": {
                     *             "method": "ship"
                     *           },
                     *           "actorId": "ops-lin",
                     *           "actorEmail": "lin@example.com"
                     *         }
                     *       ],
                     *       "customer": {
                     *         "name": "Ada Lovelace",
                     *         "email": "ada@example.com"
                     *       },
                     *       "decisionNote": "Send it back.",
                     *       "inspection": null,
                     *       "maxRefund": {
                     *         "amount": 299,
                     *         "currency": "USD"
                     *       },
                     *       "order": {
                     *         "orderNumber": "SO-10482",
                     *         "currency": "USD",
                     *         "invoicedAt": "2026-11-10T06:00:00.000Z",
                     *         "deliveredAt": "2026-11-14T03:00:00.000Z",
                     *         "lines": [
                     *           {
                     *             "lineId": "L1",
                     *             "sku": "STM32F103C8T6",
                     *             "name": "MCU STM32F103",
                     *             "quantity": 2,
                     *             "unitPrice": 299
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["OpsRma"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description The JWT authorizer refused the token (missing, malformed, expired, wrong issuer or audience): API Gateway's own body. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description `forbidden`: Authenticated, but not allowed: e.g. an ops token outside the rma-ops group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `not_found`: No such resource, or not yours: another order’s RMA answers exactly as a missing one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    decideRma: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "approve",
                 *       "returnMethod": "ship",
                 *       "note": "Send it back."
                 *     }
                 */
                "application/json": components["schemas"]["Decision"];
            };
        };
        responses: {
            /** @description The RMA, approved (or awaiting resolution with method none) or rejected */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "rmaId": "01JD3YQ4X5R8T2N6M9P0K7A1BC",
                     *       "number": "RMA-2026-000042",
                     *       "orderId": "so-10482",
                     *       "status": "approved",
                     *       "reason": "faulty",
                     *       "lines": [
                     *         {
                     *           "lineId": "L1",
                     *           "quantity": 1
                     *         }
                     *       ],
                     *       "explanation": "Does not enumerate over USB; tried two cables and two hosts.",
                     *       "preferredResolution": "refund",
                     *       "policyVersion": "2026-11-24",
                     *       "createdAt": "2026-11-20T02:14:09.000Z",
                     *       "updatedAt": "2026-11-21T08:30:00.000Z",
                     *       "deadlines": {
                     *         "evidenceBy": null,
                     *         "shipBy": "2026-12-05T15:59:59.999Z",
                     *         "decisionDueBy": null,
                     *         "resolutionDueBy": null
                     *       },
                     *       "returnInstructions": {
                     *         "method": "ship",
                     *         "address": "Mitkco Electronics, Returns\nNo. 88 Hengyong Road\nShanghai 200000, China\nTel: +86 21 5555 0100",
                     *         "shipBy": "2026-12-05T15:59:59.999Z"
                     *       },
                     *       "shipment": null,
                     *       "evidence": [
                     *         {
                     *           "evidenceId": "01JD3YR8M2C4V6B8N0Q2S4T6WX",
                     *           "kind": "photo",
                     *           "status": "verified",
                     *           "contentType": "image/jpeg",
                     *           "size": 482113
                     *         },
                     *         {
                     *           "evidenceId": "01JD3YRB7F9H1K3M5P7R9T1V3X",
                     *           "kind": "test_report",
                     *           "status": "verified",
                     *           "contentType": "application/pdf",
                     *           "size": 91240
                     *         }
                     *       ],
                     *       "resolution": null,
                     *       "slaBreached": false,
                     *       "decisionSlaBreached": false,
                     *       "timeline": [
                     *         {
                     *           "at": "2026-11-20T02:14:09.000Z",
                     *           "actor": "customer",
                     *           "type": "opened"
                     *         },
                     *         {
                     *           "at": "2026-11-20T02:20:41.000Z",
                     *           "actor": "customer",
                     *           "type": "submitted"
                     *         },
                     *         {
                     *           "at": "2026-11-21T08:30:00.000Z",
                     *           "actor": "ops",
                     *           "type": "approved",
                     *           "data": {
                     *             "method": "ship"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Rma"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description The JWT authorizer refused the token (missing, malformed, expired, wrong issuer or audience): API Gateway's own body. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description `forbidden`: Authenticated, but not allowed: e.g. an ops token outside the rma-ops group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `not_found`: No such resource, or not yours: another order’s RMA answers exactly as a missing one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `invalid_state`: Not possible in the state the RMA is in (`rmaStatus`); nothing changed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidStateProblem"];
                };
            };
            /** @description `unsupported_media_type`: The body is not JSON, or the file type is not accepted (`allowed`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    recordCollection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "carrier": "SF Express",
                 *       "trackingNumber": "SF9876543210"
                 *     }
                 */
                "application/json": components["schemas"]["Shipment"];
            };
        };
        responses: {
            /** @description The RMA, in transit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "rmaId": "01JD3YQ4X5R8T2N6M9P0K7A1BC",
                     *       "number": "RMA-2026-000042",
                     *       "orderId": "so-10482",
                     *       "status": "approved",
                     *       "reason": "faulty",
                     *       "lines": [
                     *         {
                     *           "lineId": "L1",
                     *           "quantity": 1
                     *         }
                     *       ],
                     *       "explanation": "Does not enumerate over USB; tried two cables and two hosts.",
                     *       "preferredResolution": "refund",
                     *       "policyVersion": "2026-11-24",
                     *       "createdAt": "2026-11-20T02:14:09.000Z",
                     *       "updatedAt": "2026-11-21T08:30:00.000Z",
                     *       "deadlines": {
                     *         "evidenceBy": null,
                     *         "shipBy": "2026-12-05T15:59:59.999Z",
                     *         "decisionDueBy": null,
                     *         "resolutionDueBy": null
                     *       },
                     *       "returnInstructions": {
                     *         "method": "ship",
                     *         "address": "Mitkco Electronics, Returns\nNo. 88 Hengyong Road\nShanghai 200000, China\nTel: +86 21 5555 0100",
                     *         "shipBy": "2026-12-05T15:59:59.999Z"
                     *       },
                     *       "shipment": null,
                     *       "evidence": [
                     *         {
                     *           "evidenceId": "01JD3YR8M2C4V6B8N0Q2S4T6WX",
                     *           "kind": "photo",
                     *           "status": "verified",
                     *           "contentType": "image/jpeg",
                     *           "size": 482113
                     *         },
                     *         {
                     *           "evidenceId": "01JD3YRB7F9H1K3M5P7R9T1V3X",
                     *           "kind": "test_report",
                     *           "status": "verified",
                     *           "contentType": "application/pdf",
                     *           "size": 91240
                     *         }
                     *       ],
                     *       "resolution": null,
                     *       "slaBreached": false,
                     *       "decisionSlaBreached": false,
                     *       "timeline": [
                     *         {
                     *           "at": "2026-11-20T02:14:09.000Z",
                     *           "actor": "customer",
                     *           "type": "opened"
                     *         },
                     *         {
                     *           "at": "2026-11-20T02:20:41.000Z",
                     *           "actor": "customer",
                     *           "type": "submitted"
                     *         },
                     *         {
                     *           "at": "2026-11-21T08:30:00.000Z",
                     *           "actor": "ops",
                     *           "type": "approved",
                     *           "data": {
                     *             "method": "ship"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Rma"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description The JWT authorizer refused the token (missing, malformed, expired, wrong issuer or audience): API Gateway's own body. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description `forbidden`: Authenticated, but not allowed: e.g. an ops token outside the rma-ops group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `not_found`: No such resource, or not yours: another order’s RMA answers exactly as a missing one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `invalid_state`: Not possible in the state the RMA is in (`rmaStatus`); nothing changed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidStateProblem"];
                };
            };
            /** @description `unsupported_media_type`: The body is not JSON, or the file type is not accepted (`allowed`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    recordReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "One board, bagged."
                 *     }
                 */
                "application/json": components["schemas"]["Receipt"];
            };
        };
        responses: {
            /** @description The RMA, received */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "rmaId": "01JD3YQ4X5R8T2N6M9P0K7A1BC",
                     *       "number": "RMA-2026-000042",
                     *       "orderId": "so-10482",
                     *       "status": "approved",
                     *       "reason": "faulty",
                     *       "lines": [
                     *         {
                     *           "lineId": "L1",
                     *           "quantity": 1
                     *         }
                     *       ],
                     *       "explanation": "Does not enumerate over USB; tried two cables and two hosts.",
                     *       "preferredResolution": "refund",
                     *       "policyVersion": "2026-11-24",
                     *       "createdAt": "2026-11-20T02:14:09.000Z",
                     *       "updatedAt": "2026-11-21T08:30:00.000Z",
                     *       "deadlines": {
                     *         "evidenceBy": null,
                     *         "shipBy": "2026-12-05T15:59:59.999Z",
                     *         "decisionDueBy": null,
                     *         "resolutionDueBy": null
                     *       },
                     *       "returnInstructions": {
                     *         "method": "ship",
                     *         "address": "Mitkco Electronics, Returns\nNo. 88 Hengyong Road\nShanghai 200000, China\nTel: +86 21 5555 0100",
                     *         "shipBy": "2026-12-05T15:59:59.999Z"
                     *       },
                     *       "shipment": null,
                     *       "evidence": [
                     *         {
                     *           "evidenceId": "01JD3YR8M2C4V6B8N0Q2S4T6WX",
                     *           "kind": "photo",
                     *           "status": "verified",
                     *           "contentType": "image/jpeg",
                     *           "size": 482113
                     *         },
                     *         {
                     *           "evidenceId": "01JD3YRB7F9H1K3M5P7R9T1V3X",
                     *           "kind": "test_report",
                     *           "status": "verified",
                     *           "contentType": "application/pdf",
                     *           "size": 91240
                     *         }
                     *       ],
                     *       "resolution": null,
                     *       "slaBreached": false,
                     *       "decisionSlaBreached": false,
                     *       "timeline": [
                     *         {
                     *           "at": "2026-11-20T02:14:09.000Z",
                     *           "actor": "customer",
                     *           "type": "opened"
                     *         },
                     *         {
                     *           "at": "2026-11-20T02:20:41.000Z",
                     *           "actor": "customer",
                     *           "type": "submitted"
                     *         },
                     *         {
                     *           "at": "2026-11-21T08:30:00.000Z",
                     *           "actor": "ops",
                     *           "type": "approved",
                     *           "data": {
                     *             "method": "ship"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Rma"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description The JWT authorizer refused the token (missing, malformed, expired, wrong issuer or audience): API Gateway's own body. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description `forbidden`: Authenticated, but not allowed: e.g. an ops token outside the rma-ops group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `not_found`: No such resource, or not yours: another order’s RMA answers exactly as a missing one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `invalid_state`: Not possible in the state the RMA is in (`rmaStatus`); nothing changed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidStateProblem"];
                };
            };
            /** @description `unsupported_media_type`: The body is not JSON, or the file type is not accepted (`allowed`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    recordInspection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "result": "pass",
                 *       "note": "USB dead on both hosts.",
                 *       "intact": true
                 *     }
                 */
                "application/json": components["schemas"]["Inspection"];
            };
        };
        responses: {
            /** @description The RMA, awaiting resolution or inspection_failed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "rmaId": "01JD3YQ4X5R8T2N6M9P0K7A1BC",
                     *       "number": "RMA-2026-000042",
                     *       "orderId": "so-10482",
                     *       "status": "approved",
                     *       "reason": "faulty",
                     *       "lines": [
                     *         {
                     *           "lineId": "L1",
                     *           "quantity": 1
                     *         }
                     *       ],
                     *       "explanation": "Does not enumerate over USB; tried two cables and two hosts.",
                     *       "preferredResolution": "refund",
                     *       "policyVersion": "2026-11-24",
                     *       "createdAt": "2026-11-20T02:14:09.000Z",
                     *       "updatedAt": "2026-11-21T08:30:00.000Z",
                     *       "deadlines": {
                     *         "evidenceBy": null,
                     *         "shipBy": "2026-12-05T15:59:59.999Z",
                     *         "decisionDueBy": null,
                     *         "resolutionDueBy": null
                     *       },
                     *       "returnInstructions": {
                     *         "method": "ship",
                     *         "address": "Mitkco Electronics, Returns\nNo. 88 Hengyong Road\nShanghai 200000, China\nTel: +86 21 5555 0100",
                     *         "shipBy": "2026-12-05T15:59:59.999Z"
                     *       },
                     *       "shipment": null,
                     *       "evidence": [
                     *         {
                     *           "evidenceId": "01JD3YR8M2C4V6B8N0Q2S4T6WX",
                     *           "kind": "photo",
                     *           "status": "verified",
                     *           "contentType": "image/jpeg",
                     *           "size": 482113
                     *         },
                     *         {
                     *           "evidenceId": "01JD3YRB7F9H1K3M5P7R9T1V3X",
                     *           "kind": "test_report",
                     *           "status": "verified",
                     *           "contentType": "application/pdf",
                     *           "size": 91240
                     *         }
                     *       ],
                     *       "resolution": null,
                     *       "slaBreached": false,
                     *       "decisionSlaBreached": false,
                     *       "timeline": [
                     *         {
                     *           "at": "2026-11-20T02:14:09.000Z",
                     *           "actor": "customer",
                     *           "type": "opened"
                     *         },
                     *         {
                     *           "at": "2026-11-20T02:20:41.000Z",
                     *           "actor": "customer",
                     *           "type": "submitted"
                     *         },
                     *         {
                     *           "at": "2026-11-21T08:30:00.000Z",
                     *           "actor": "ops",
                     *           "type": "approved",
                     *           "data": {
                     *             "method": "ship"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Rma"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description The JWT authorizer refused the token (missing, malformed, expired, wrong issuer or audience): API Gateway's own body. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description `forbidden`: Authenticated, but not allowed: e.g. an ops token outside the rma-ops group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `not_found`: No such resource, or not yours: another order’s RMA answers exactly as a missing one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `invalid_state`: Not possible in the state the RMA is in (`rmaStatus`); nothing changed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidStateProblem"];
                };
            };
            /** @description `unsupported_media_type`: The body is not JSON, or the file type is not accepted (`allowed`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    resolveRma: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rmaId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "refund",
                 *       "amount": 299,
                 *       "currency": "USD",
                 *       "reference": "RF-1001"
                 *     }
                 */
                "application/json": components["schemas"]["Resolution"];
            };
        };
        responses: {
            /** @description The RMA, resolved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "rmaId": "01JD3YQ4X5R8T2N6M9P0K7A1BC",
                     *       "number": "RMA-2026-000042",
                     *       "orderId": "so-10482",
                     *       "status": "approved",
                     *       "reason": "faulty",
                     *       "lines": [
                     *         {
                     *           "lineId": "L1",
                     *           "quantity": 1
                     *         }
                     *       ],
                     *       "explanation": "Does not enumerate over USB; tried two cables and two hosts.",
                     *       "preferredResolution": "refund",
                     *       "policyVersion": "2026-11-24",
                     *       "createdAt": "2026-11-20T02:14:09.000Z",
                     *       "updatedAt": "2026-11-21T08:30:00.000Z",
                     *       "deadlines": {
                     *         "evidenceBy": null,
                     *         "shipBy": "2026-12-05T15:59:59.999Z",
                     *         "decisionDueBy": null,
                     *         "resolutionDueBy": null
                     *       },
                     *       "returnInstructions": {
                     *         "method": "ship",
                     *         "address": "Mitkco Electronics, Returns\nNo. 88 Hengyong Road\nShanghai 200000, China\nTel: +86 21 5555 0100",
                     *         "shipBy": "2026-12-05T15:59:59.999Z"
                     *       },
                     *       "shipment": null,
                     *       "evidence": [
                     *         {
                     *           "evidenceId": "01JD3YR8M2C4V6B8N0Q2S4T6WX",
                     *           "kind": "photo",
                     *           "status": "verified",
                     *           "contentType": "image/jpeg",
                     *           "size": 482113
                     *         },
                     *         {
                     *           "evidenceId": "01JD3YRB7F9H1K3M5P7R9T1V3X",
                     *           "kind": "test_report",
                     *           "status": "verified",
                     *           "contentType": "application/pdf",
                     *           "size": 91240
                     *         }
                     *       ],
                     *       "resolution": null,
                     *       "slaBreached": false,
                     *       "decisionSlaBreached": false,
                     *       "timeline": [
                     *         {
                     *           "at": "2026-11-20T02:14:09.000Z",
                     *           "actor": "customer",
                     *           "type": "opened"
                     *         },
                     *         {
                     *           "at": "2026-11-20T02:20:41.000Z",
                     *           "actor": "customer",
                     *           "type": "submitted"
                     *         },
                     *         {
                     *           "at": "2026-11-21T08:30:00.000Z",
                     *           "actor": "ops",
                     *           "type": "approved",
                     *           "data": {
                     *             "method": "ship"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Rma"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description The JWT authorizer refused the token (missing, malformed, expired, wrong issuer or audience): API Gateway's own body. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description `forbidden`: Authenticated, but not allowed: e.g. an ops token outside the rma-ops group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `not_found`: No such resource, or not yours: another order’s RMA answers exactly as a missing one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `invalid_state`: Not possible in the state the RMA is in (`rmaStatus`); nothing changed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidStateProblem"];
                };
            };
            /** @description `unsupported_media_type`: The body is not JSON, or the file type is not accepted (`allowed`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description `refund_exceeds_paid`: The refund is more than was paid for the returned units (`paid`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["RefundExceedsPaidProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    getOpsSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts per state and SLA health */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "countsByStatus": {
                     *         "awaiting_evidence": 3,
                     *         "submitted": 2,
                     *         "approved": 4,
                     *         "in_transit": 1,
                     *         "received": 0,
                     *         "awaiting_resolution": 1,
                     *         "resolved": 37,
                     *         "rejected": 2,
                     *         "inspection_failed": 1,
                     *         "expired": 5,
                     *         "cancelled": 3
                     *       },
                     *       "openSlaBreaches": {
                     *         "refund": 0,
                     *         "decision": 1
                     *       },
                     *       "medianSubmissionToResolutionHours": 61.5
                     *     }
                     */
                    "application/json": components["schemas"]["OpsSummary"];
                };
            };
            /** @description The JWT authorizer refused the token (missing, malformed, expired, wrong issuer or audience): API Gateway's own body. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description `forbidden`: Authenticated, but not allowed: e.g. an ops token outside the rma-ops group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    getReturnsReport: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The returns report of the period */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "from": "2026-11-01",
                     *       "to": "2026-11-30",
                     *       "timeZone": "Asia/Shanghai",
                     *       "total": 40,
                     *       "byReason": [
                     *         {
                     *           "reason": "faulty",
                     *           "count": 22,
                     *           "share": 0.55
                     *         },
                     *         {
                     *           "reason": "damaged_in_transit",
                     *           "count": 6,
                     *           "share": 0.15
                     *         },
                     *         {
                     *           "reason": "incorrect_item",
                     *           "count": 4,
                     *           "share": 0.1
                     *         },
                     *         {
                     *           "reason": "other",
                     *           "count": 8,
                     *           "share": 0.2
                     *         }
                     *       ],
                     *       "bySku": [
                     *         {
                     *           "sku": "STM32F103C8T6",
                     *           "name": "MCU STM32F103",
                     *           "returns": 12,
                     *           "units": 30,
                     *           "share": 0.3
                     *         }
                     *       ],
                     *       "medianHoursToDecision": 9.5,
                     *       "medianHoursToResolution": 61.5,
                     *       "sla": {
                     *         "decision": {
                     *           "measured": 38,
                     *           "met": 37,
                     *           "compliance": 0.974
                     *         },
                     *         "refund": {
                     *           "measured": 25,
                     *           "met": 25,
                     *           "compliance": 1
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ReturnsReport"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description The JWT authorizer refused the token (missing, malformed, expired, wrong issuer or audience): API Gateway's own body. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description `forbidden`: Authenticated, but not allowed: e.g. an ops token outside the rma-ops group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    exportOpsRmas: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the RMAs of the period */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "rmaId": "01JD3YQ4X5R8T2N6M9P0K7A1BC",
                     *           "number": "RMA-2026-000042",
                     *           "orderId": "so-10482",
                     *           "status": "approved",
                     *           "reason": "faulty",
                     *           "lines": [
                     *             {
                     *               "lineId": "L1",
                     *               "quantity": 1
                     *             }
                     *           ],
                     *           "explanation": "Does not enumerate over USB; tried two cables and two hosts.",
                     *           "preferredResolution": "refund",
                     *           "policyVersion": "2026-11-24",
                     *           "createdAt": "2026-11-20T02:14:09.000Z",
                     *           "updatedAt": "2026-11-21T08:30:00.000Z",
                     *           "deadlines": {
                     *             "evidenceBy": null,
                     *             "shipBy": "2026-12-05T15:59:59.999Z",
                     *             "decisionDueBy": null,
                     *             "resolutionDueBy": null
                     *           },
                     *           "returnInstructions": {
                     *             "method": "ship",
                     *             "address": "Mitkco Electronics, Returns\nNo. 88 Hengyong Road\nShanghai 200000, China\nTel: +86 21 5555 0100",
                     *             "shipBy": "2026-12-05T15:59:59.999Z"
                     *           },
                     *           "shipment": null,
                     *           "evidence": [
                     *             {
                     *               "evidenceId": "01JD3YR8M2C4V6B8N0Q2S4T6WX",
                     *               "kind": "photo",
                     *               "status": "verified",
                     *               "contentType": "image/jpeg",
                     *               "size": 482113
                     *             },
                     *             {
                     *               "evidenceId": "01JD3YRB7F9H1K3M5P7R9T1V3X",
                     *               "kind": "test_report",
                     *               "status": "verified",
                     *               "contentType": "application/pdf",
                     *               "size": 91240
                     *             }
                     *           ],
                     *           "resolution": null,
                     *           "slaBreached": false,
                     *           "decisionSlaBreached": false,
                     *           "timeline": [
                     *             {
                     *               "at": "2026-11-20T02:14:09.000Z",
                     *               "actor": "customer",
                     *               "type": "opened"
                     *             },
                     *             {
                     *               "at": "2026-11-20T02:20:41.000Z",
                     *               "actor": "customer",
                     *               "type": "submitted"
                     *             },
                     *             {
                     *               "at": "2026-11-21T08:30:00.000Z",
                     *               "actor": "ops",
                     *               "type": "approved",
                     *               "data": {
                     *                 "method": "ship"
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["RmaPage"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description The JWT authorizer refused the token (missing, malformed, expired, wrong issuer or audience): API Gateway's own body. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description `forbidden`: Authenticated, but not allowed: e.g. an ops token outside the rma-ops group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    listOutbox: {
        parameters: {
            query?: {
                status?: "failed" | "pending";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Side effects that gave up (or still wait), oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "messageId": "rma-01JD3YQ4X5R8T2N6M9P0K7A1BC-email.0000000007-001",
                     *           "kind": "email",
                     *           "rmaId": "01JD3YQ4X5R8T2N6M9P0K7A1BC",
                     *           "status": "failed",
                     *           "attempts": 77,
                     *           "lastError": "DependencyUnavailableError: SES did not answer in time or is unavailable",
                     *           "nextAttemptAt": null,
                     *           "createdAt": "2026-11-21T08:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["OutboxPage"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description The JWT authorizer refused the token (missing, malformed, expired, wrong issuer or audience): API Gateway's own body. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description `forbidden`: Authenticated, but not allowed: e.g. an ops token outside the rma-ops group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    retryOutboxMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The failed message is back in line and is delivered once, within a minute */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "messageId": "rma-01JD3YQ4X5R8T2N6M9P0K7A1BC-email.0000000007-001",
                     *       "status": "pending",
                     *       "nextAttemptAt": "2026-11-24T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["OutboxRetry"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description The JWT authorizer refused the token (missing, malformed, expired, wrong issuer or audience): API Gateway's own body. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description `forbidden`: Authenticated, but not allowed: e.g. an ops token outside the rma-ops group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `not_found`: No such resource, or not yours: another order’s RMA answers exactly as a missing one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `invalid_state`: Not possible in the state the RMA is in (`rmaStatus`); nothing changed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidStateProblem"];
                };
            };
            /** @description `unsupported_media_type`: The body is not JSON, or the file type is not accepted (`allowed`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every endpoint, without secrets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "endpointId": "01JD4ZK7P9Q1R3S5T7V9W1X3Y5",
                     *           "url": "https://shop.example.com/hooks/returns",
                     *           "events": null,
                     *           "description": "Storefront order notes",
                     *           "status": "enabled",
                     *           "createdAt": "2026-11-18T09:00:00.000Z",
                     *           "failingSince": null,
                     *           "disabledAt": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            /** @description The JWT authorizer refused the token (missing, malformed, expired, wrong issuer or audience): API Gateway's own body. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description `forbidden`: Authenticated, but not allowed: e.g. an ops token outside the rma-ops group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://shop.example.com/hooks/returns",
                 *       "events": [
                 *         "rma.approved",
                 *         "rma.resolved"
                 *       ],
                 *       "description": "Storefront order notes"
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The endpoint, with its secret (shown only here and on rotation) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "endpointId": "01JD4ZK7P9Q1R3S5T7V9W1X3Y5",
                     *       "url": "https://shop.example.com/hooks/returns",
                     *       "events": null,
                     *       "description": "Storefront order notes",
                     *       "status": "enabled",
                     *       "createdAt": "2026-11-18T09:00:00.000Z",
                     *       "failingSince": null,
                     *       "disabledAt": null,
                     *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw6Ydcr9ey9j8="
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedWebhookEndpoint"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description The JWT authorizer refused the token (missing, malformed, expired, wrong issuer or audience): API Gateway's own body. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description `forbidden`: Authenticated, but not allowed: e.g. an ops token outside the rma-ops group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `unsupported_media_type`: The body is not JSON, or the file type is not accepted (`allowed`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; deliveries still pending to it are dropped */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description The JWT authorizer refused the token (missing, malformed, expired, wrong issuer or audience): API Gateway's own body. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description `forbidden`: Authenticated, but not allowed: e.g. an ops token outside the rma-ops group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `not_found`: No such resource, or not yours: another order’s RMA answers exactly as a missing one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `unsupported_media_type`: The body is not JSON, or the file type is not accepted (`allowed`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new secret; deliveries carry both signatures for 24 h */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "secret": "whsec_2H7Yy2bCxn1a0Qj0hUoJYqGk8rZq3L0m9Vt1wQWZr5A=",
                     *       "previousSecretExpiresAt": "2026-11-25T08:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookSecret"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description The JWT authorizer refused the token (missing, malformed, expired, wrong issuer or audience): API Gateway's own body. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description `forbidden`: Authenticated, but not allowed: e.g. an ops token outside the rma-ops group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `not_found`: No such resource, or not yours: another order’s RMA answers exactly as a missing one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `unsupported_media_type`: The body is not JSON, or the file type is not accepted (`allowed`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    testWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A webhook.test event is on its way */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "eventId": "01JD5A1Q2W3E4R5T6Y7U8I9O0P",
                     *       "deliveryId": "endpoint-01JD4ZK7P9Q1R3S5T7V9W1X3Y5-webhook-01JD4ZK7P9Q1R3S5T7V9W1X3Y5.0000000002-001"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookTest"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description The JWT authorizer refused the token (missing, malformed, expired, wrong issuer or audience): API Gateway's own body. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description `forbidden`: Authenticated, but not allowed: e.g. an ops token outside the rma-ops group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `not_found`: No such resource, or not yours: another order’s RMA answers exactly as a missing one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `invalid_state`: Not possible in the state the RMA is in (`rmaStatus`); nothing changed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidStateProblem"];
                };
            };
            /** @description `unsupported_media_type`: The body is not JSON, or the file type is not accepted (`allowed`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    enableWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint, enabled; retry its failed deliveries one by one */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "endpointId": "01JD4ZK7P9Q1R3S5T7V9W1X3Y5",
                     *       "url": "https://shop.example.com/hooks/returns",
                     *       "events": null,
                     *       "description": "Storefront order notes",
                     *       "status": "enabled",
                     *       "createdAt": "2026-11-18T09:00:00.000Z",
                     *       "failingSince": null,
                     *       "disabledAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description The JWT authorizer refused the token (missing, malformed, expired, wrong issuer or audience): API Gateway's own body. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description `forbidden`: Authenticated, but not allowed: e.g. an ops token outside the rma-ops group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `not_found`: No such resource, or not yours: another order’s RMA answers exactly as a missing one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `unsupported_media_type`: The body is not JSON, or the file type is not accepted (`allowed`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                status?: "pending" | "delivered" | "failed";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deliveries to the endpoint, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "deliveryId": "rma-01JD3YQ4X5R8T2N6M9P0K7A1BC-webhook-01JD4ZK7P9Q1R3S5T7V9W1X3Y5.0000000007-001",
                     *           "eventId": "01JD3ZB5N7M9K1J3H5G7F9D1S3",
                     *           "type": "rma.approved",
                     *           "rmaId": "01JD3YQ4X5R8T2N6M9P0K7A1BC",
                     *           "status": "failed",
                     *           "attempts": 8,
                     *           "lastStatusCode": 503,
                     *           "lastError": "ReceiverError: HTTP 503: upstream unavailable",
                     *           "nextAttemptAt": null,
                     *           "deliveredAt": null,
                     *           "createdAt": "2026-11-21T08:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description The JWT authorizer refused the token (missing, malformed, expired, wrong issuer or audience): API Gateway's own body. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description `forbidden`: Authenticated, but not allowed: e.g. an ops token outside the rma-ops group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `not_found`: No such resource, or not yours: another order’s RMA answers exactly as a missing one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
    retryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The failed delivery is back in line and is attempted once more, within a minute */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deliveryId": "rma-01JD3YQ4X5R8T2N6M9P0K7A1BC-webhook-01JD4ZK7P9Q1R3S5T7V9W1X3Y5.0000000007-001",
                     *       "status": "pending",
                     *       "nextAttemptAt": "2026-11-24T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDeliveryRetry"];
                };
            };
            /** @description `validation_failed`: The request is not valid: `errors` lists every problem by its path. Nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ValidationFailedProblem"];
                };
            };
            /** @description The JWT authorizer refused the token (missing, malformed, expired, wrong issuer or audience): API Gateway's own body. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayMessage"];
                };
            };
            /** @description `forbidden`: Authenticated, but not allowed: e.g. an ops token outside the rma-ops group. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ForbiddenProblem"];
                };
            };
            /** @description `not_found`: No such resource, or not yours: another order’s RMA answers exactly as a missing one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NotFoundProblem"];
                };
            };
            /** @description `invalid_state`: Not possible in the state the RMA is in (`rmaStatus`); nothing changed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InvalidStateProblem"];
                };
            };
            /** @description `unsupported_media_type`: The body is not JSON, or the file type is not accepted (`allowed`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnsupportedMediaTypeProblem"];
                };
            };
            /** @description Something failed inside; nothing internal is said. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["InternalErrorProblem"];
                };
            };
            /** @description `unavailable`: A dependency did not answer in time; the outcome of a write is unknown. Retry the same request (same idempotency key) after `retryAfterSeconds`. */
            503: {
                headers: {
                    /** @description seconds to wait before retrying */
                    "retry-after"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["UnavailableProblem"];
                };
            };
        };
    };
}
