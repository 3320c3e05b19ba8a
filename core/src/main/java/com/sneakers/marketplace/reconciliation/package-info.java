/**
 * The money reconciliation: every money invariant as one query over the tables themselves, orders,
 * payments, refunds, payouts and the ledger alike. It reads across the contexts' tables on purpose: an
 * auditor that trusted the code it audits would find nothing.
 */
package com.sneakers.marketplace.reconciliation;
