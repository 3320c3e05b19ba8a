package com.sneakers.marketplace.orders;

import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import java.util.List;
import java.util.Optional;

/**
 * Orders made from matches and their lifecycle ({@link Lifecycle}). Parties see and act on their own
 * orders, admins on all; for anyone else an order does not exist. Refusals are results.
 */
public interface Orders {

    /** The match's one order, however often the match event arrives. */
    OrderCreation createFromMatch(MatchCreated match);

    Optional<Order> find(Viewer viewer, long id);

    /** The viewer's orders (as {@code role}, or either when null), newest first; an admin with no role sees all. */
    Page<Order> list(Viewer viewer, OrderRole role, OrderStatus status, Paging paging);

    Optional<List<HistoryEntry>> history(Viewer viewer, long id);

    /** Buyer or seller (or admin) before shipment; after payment the event asks for a full refund. */
    OrderUpdate cancel(Viewer viewer, long id, String reason);

    /** The seller hands the order to a carrier. */
    OrderUpdate ship(Viewer viewer, long id, String carrier, String trackingNumber);

    /** The buyer (or an admin) confirms receipt. */
    OrderUpdate confirmDelivery(Viewer viewer, long id);

    /** The buyer confirms all is well before the automatic completion. */
    OrderUpdate complete(Viewer viewer, long id);

    /**
     * The buyer reports a problem ({@link DisputeReason} by its wire name, and their own words) with a
     * shipped or delivered order, which holds its automatic completion until an admin resolves it. The
     * same report again changes nothing; another report on a disputed order is refused.
     */
    OrderUpdate dispute(Viewer viewer, long id, String reason, String details);

    /**
     * An admin ends the order's dispute with a note: {@code COMPLETED} completes the order now; {@code
     * REFUNDED} records the decision and leaves the order disputed until Payments refunds it in full. The
     * same resolution again changes nothing; another one is refused.
     */
    OrderUpdate resolveDispute(Viewer admin, long id, DisputeOutcome outcome, String note);

    /** An admin moves the order, within the lifecycle, with a note for the history; a disputed order is resolved instead. */
    OrderUpdate override(Viewer admin, long id, OrderStatus to, String note);

    /** The buyer picks another of their shipping addresses, until the order ships. */
    OrderUpdate changeShippingAddress(Viewer viewer, long id, long addressId);

    /** Marks delivered, as the system, orders shipped longer ago than the assumed-delivery deadline. */
    Swept assumeDelivered(int batch);

    /** Completes orders delivered longer ago than the completion deadline. */
    Swept completeDelivered(int batch);

    /** Cancels orders not paid within the payment deadline; the seller's ask goes back on the book. */
    Swept cancelUnpaid(int batch);

    /** Cancels paid orders not shipped within the shipping deadline; their events ask for a refund. */
    Swept cancelUnshipped(int batch);

    /** What one timed rule did: how many orders moved. */
    record Swept(int count) {}
}
