package com.sneakers.marketplace.orders;

import com.sneakers.marketplace.identity.ShippingAddresses;
import com.sneakers.marketplace.identity.UserId;
import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import com.sneakers.marketplace.platform.redrive.ScanPosition;
import com.sneakers.marketplace.platform.transaction.UnitOfWork;
import com.sneakers.marketplace.trading.AskRelisting;
import com.sneakers.marketplace.trading.MatchId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The lifecycle's rules over an {@link OrderStore}: every transition, a party's, an admin's or the
 * system's, passes {@link Lifecycle#check}. Time comes from the injected clock.
 */
public final class OrderService implements Orders, OrderSteps {
    static final int MAX_TEXT = 500;
    static final int MAX_DETAILS = 2000;
    private static final Set<OrderStatus> ADDRESS_CHANGEABLE =
            EnumSet.of(OrderStatus.PENDING_PAYMENT, OrderStatus.PAID, OrderStatus.PROCESSING);

    private final OrderStore store;
    private final UnitOfWork unitOfWork;
    private final ShippingAddresses addresses;
    private final AskRelisting relisting;
    private final FeeSchedule fees;
    private final Deadlines deadlines;
    private final Clock clock;

    public OrderService(
            OrderStore store,
            UnitOfWork unitOfWork,
            ShippingAddresses addresses,
            AskRelisting relisting,
            FeeSchedule fees,
            Deadlines deadlines,
            Clock clock) {
        this.store = store;
        this.unitOfWork = unitOfWork;
        this.addresses = addresses;
        this.relisting = relisting;
        this.fees = fees;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public OrderCreation createFromMatch(MatchCreated match) {
        OrderAmounts amounts = fees.amountsFor(match.price(), match.quantity());
        Long address = addresses.defaultFor(new UserId(match.buyerId())).orElse(null);
        return store.create(match, amounts, address, clock.instant());
    }

    @Override
    public Optional<Order> find(Viewer viewer, long id) {
        return store.find(id).filter(order -> order.isVisibleTo(viewer));
    }

    @Override
    public Page<Order> list(Viewer viewer, OrderRole role, OrderStatus status, Paging paging) {
        Long userId = viewer.admin() && role == null ? null : viewer.userId();
        return store.list(new OrderQuery(userId, role, status), paging);
    }

    @Override
    public Optional<List<HistoryEntry>> history(Viewer viewer, long id) {
        return find(viewer, id).map(order -> store.history(order.id()));
    }

    @Override
    public OrderUpdate cancel(Viewer viewer, long id, String reason) {
        Optional<String> problem = requiredTextProblem(reason);
        if (problem.isPresent()) {
            return new OrderUpdate.Invalid(Map.of("reason", problem.get()));
        }
        return act(viewer, id, OrderStatus.CANCELLED, (order, actor) -> cancellation(order, actor, reason.strip()));
    }

    @Override
    public OrderUpdate ship(Viewer viewer, long id, String carrierName, String trackingNumber) {
        Optional<Carrier> carrier = Carrier.fromWire(carrierName == null ? "" : carrierName);
        if (carrier.isEmpty()) {
            return new OrderUpdate.Invalid(Map.of("carrier", "must be one of UPS, FedEx, USPS, DHL"));
        }
        String number = trackingNumber == null ? "" : trackingNumber.strip().toUpperCase(Locale.ROOT);
        if (!carrier.get().accepts(number)) {
            return new OrderUpdate.Invalid(Map.of(
                    "tracking_number",
                    "is not a " + carrier.get().wire() + " tracking number ("
                            + carrier.get().trackingNumberShape() + ")"));
        }
        return act(viewer, id, OrderStatus.SHIPPED, (order, actor) -> Change.to(
                        OrderStatus.SHIPPED,
                        actor,
                        "Shipped with " + carrier.get().wire() + " " + number,
                        now())
                .shipping(new Order.Shipment(carrier.get(), number)));
    }

    @Override
    public OrderUpdate confirmDelivery(Viewer viewer, long id) {
        return plainStep(viewer, id, OrderStatus.DELIVERED, "Buyer confirmed receipt", "Delivery recorded");
    }

    @Override
    public OrderUpdate complete(Viewer viewer, long id) {
        return plainStep(viewer, id, OrderStatus.COMPLETED, "Buyer confirmed the order", "Completed");
    }

    @Override
    public OrderUpdate dispute(Viewer viewer, long id, String reasonName, String details) {
        Optional<DisputeReason> reason = DisputeReason.fromWire(reasonName == null ? "" : reasonName);
        Map<String, String> errors = new LinkedHashMap<>();
        if (reason.isEmpty()) {
            errors.put("reason", "must be one of " + DisputeReason.wires());
        }
        textProblem(details, MAX_DETAILS).ifPresent(problem -> errors.put("details", problem));
        if (!errors.isEmpty()) {
            return new OrderUpdate.Invalid(errors);
        }
        String words = details.strip();
        OrderUpdate opened = act(viewer, id, OrderStatus.DISPUTED, (order, actor) -> Change.to(
                        OrderStatus.DISPUTED,
                        actor,
                        "Disputed by the buyer: " + reason.get().wire(),
                        now())
                .disputing(Dispute.opened(reason.get(), words, viewer.userId(), now())));
        if (opened instanceof OrderUpdate.WrongStatus) {
            return sameReport(viewer, id, reason.get(), words).orElse(opened);
        }
        return opened;
    }

    /** The buyer sent the report the order's dispute already holds: the order as it stands. */
    private Optional<OrderUpdate> sameReport(Viewer viewer, long id, DisputeReason reason, String details) {
        return find(viewer, id)
                .filter(order -> order.dispute() != null)
                .map(order -> order.actorFor(viewer) != Actor.BUYER
                        ? new OrderUpdate.NotAllowed("Only the buyer disputes an order.")
                        : order.dispute().reports(reason, details)
                                ? new OrderUpdate.Updated(order)
                                : new OrderUpdate.WrongStatus(
                                        order.status(),
                                        "The order is already disputed as "
                                                + order.dispute().reason().wire() + "; the report cannot change."));
    }

    @Override
    public OrderUpdate resolveDispute(Viewer admin, long id, DisputeOutcome outcome, String note) {
        Optional<OrderUpdate> refused = adminNoteRefusal(admin, note, "Only an admin resolves a dispute.");
        if (refused.isPresent()) {
            return refused.get();
        }
        return unitOfWork.inTransaction(() -> store.lock(id)
                .map(order -> resolve(order, new Dispute.Resolution(outcome, admin.userId(), now(), note.strip())))
                .orElseGet(OrderUpdate.NotFound::new));
    }

    private OrderUpdate resolve(Order order, Dispute.Resolution resolution) {
        Dispute dispute = order.dispute();
        if (dispute == null) {
            return new OrderUpdate.WrongStatus(
                    order.status(), "The order is " + order.status().wire() + " and has no dispute to resolve.");
        }
        if (dispute.isResolved()) {
            DisputeOutcome decided = dispute.resolution().outcome();
            return decided == resolution.outcome()
                    ? new OrderUpdate.Updated(order)
                    : new OrderUpdate.WrongStatus(
                            order.status(), "The dispute was already resolved as " + decided.wire() + ".");
        }
        String note = "Dispute resolved (" + resolution.outcome().wire() + "): " + resolution.note();
        if (resolution.outcome() == DisputeOutcome.REFUNDED) {
            note += "; full refund requested";
        }
        Optional<Order> resolved = store.resolveDispute(order, resolution, note);
        if (resolved.isEmpty()) {
            return wrongStatus(order.status(), OrderStatus.DISPUTED);
        }
        if (resolution.outcome() == DisputeOutcome.REFUNDED) {
            return new OrderUpdate.Updated(resolved.get());
        }
        return apply(
                resolved.get(),
                Change.to(OrderStatus.COMPLETED, Actor.ADMIN, "Completed on the dispute's resolution", now()));
    }

    @Override
    public OrderUpdate override(Viewer admin, long id, OrderStatus to, String note) {
        Optional<OrderUpdate> refused = adminNoteRefusal(admin, note, "Only an admin can set an order's status.");
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Order> disputed = find(admin, id).filter(order -> order.status() == OrderStatus.DISPUTED);
        if (disputed.isPresent()) {
            return new OrderUpdate.WrongStatus(
                    OrderStatus.DISPUTED, "The order is disputed; resolve its dispute instead.");
        }
        String adminNote = "Admin: " + note.strip();
        return act(
                admin,
                id,
                to,
                (order, actor) -> to == OrderStatus.CANCELLED
                        ? cancellation(order, Actor.ADMIN, adminNote)
                        : Change.to(to, Actor.ADMIN, adminNote, now()));
    }

    @Override
    public OrderUpdate changeShippingAddress(Viewer viewer, long id, long addressId) {
        Optional<Order> order = find(viewer, id);
        if (order.isEmpty()) {
            return new OrderUpdate.NotFound();
        }
        if (order.get().actorFor(viewer) != Actor.BUYER) {
            return new OrderUpdate.NotAllowed("Only the buyer chooses where an order ships.");
        }
        if (!addresses.isShippingAddressOf(new UserId(viewer.userId()), addressId)) {
            return new OrderUpdate.Invalid(Map.of("address_id", "is not one of your shipping addresses"));
        }
        if (!store.changeShippingAddress(id, ADDRESS_CHANGEABLE, addressId, now())) {
            OrderStatus current = store.find(id).orElseThrow().status();
            return new OrderUpdate.WrongStatus(
                    current, "The order is " + current.wire() + "; its shipping address can no longer change.");
        }
        return new OrderUpdate.Updated(store.find(id).orElseThrow());
    }

    @Override
    public Swept assumeDelivered(int batch) {
        return sweep(
                OrderStatus.SHIPPED,
                deadlines.assumeDeliveredAfter(),
                batch,
                order -> Change.to(
                        OrderStatus.DELIVERED,
                        Actor.SYSTEM,
                        "Delivery assumed " + days(deadlines.assumeDeliveredAfter()) + " after shipment",
                        now()));
    }

    @Override
    public Swept completeDelivered(int batch) {
        return sweep(
                OrderStatus.DELIVERED,
                deadlines.completeAfterDelivery(),
                batch,
                order -> Change.to(
                        OrderStatus.COMPLETED,
                        Actor.SYSTEM,
                        "Completed automatically " + days(deadlines.completeAfterDelivery()) + " after delivery",
                        now()));
    }

    @Override
    public Swept cancelUnpaid(int batch) {
        return sweep(
                OrderStatus.PENDING_PAYMENT,
                deadlines.payWithin(),
                batch,
                order -> cancellation(order, Actor.SYSTEM, "Not paid within " + hours(deadlines.payWithin())));
    }

    @Override
    public Swept cancelUnshipped(int batch) {
        return sweep(
                OrderStatus.PROCESSING,
                deadlines.shipWithin(),
                batch,
                order -> cancellation(
                        order, Actor.SYSTEM, "Not shipped within " + days(deadlines.shipWithin()) + " of payment"));
    }

    /**
     * A cancellation. When a buyer defaults on payment (or lets the deadline pass) the seller did
     * nothing wrong, so the seller's ask goes back on the book; after payment the event asks for a refund.
     */
    private Change cancellation(Order order, Actor actor, String reason) {
        boolean buyerDefaulted =
                order.status() == OrderStatus.PENDING_PAYMENT && (actor == Actor.BUYER || actor == Actor.SYSTEM);
        String note = order.status().isPaidAndUnshipped() ? reason + " (full refund requested)" : reason;
        return Change.to(OrderStatus.CANCELLED, actor, note, now()).cancelling(reason, buyerDefaulted);
    }

    private Swept sweep(OrderStatus status, Duration wait, int batch, Function<Order, Change> change) {
        int count = 0;
        for (long id : store.due(status, now().minus(wait), batch)) {
            Optional<Order> order = store.find(id).filter(found -> found.status() == status);
            if (order.isPresent()
                    && systemStep(order.get(), change.apply(order.get())) instanceof OrderUpdate.Updated) {
                count++;
            }
        }
        return new Swept(count);
    }

    @Override
    public Optional<Order> find(OrderId orderId) {
        return store.find(orderId.value());
    }

    @Override
    public Optional<Order> lock(OrderId orderId) {
        return store.lock(orderId.value());
    }

    @Override
    public OrderUpdate markPaid(OrderId orderId, String note) {
        return unitOfWork.inTransaction(() -> {
            Optional<Order> order = store.lock(orderId.value());
            if (order.isEmpty()) {
                return new OrderUpdate.NotFound();
            }
            OrderUpdate paid = systemStep(order.get(), Change.to(OrderStatus.PAID, Actor.SYSTEM, note, now()));
            if (!(paid instanceof OrderUpdate.Updated updated)) {
                return paid;
            }
            return systemStep(
                    updated.order(), Change.to(OrderStatus.PROCESSING, Actor.SYSTEM, "Awaiting shipment", now()));
        });
    }

    @Override
    public OrderUpdate markRefunded(OrderId orderId, String note) {
        return unitOfWork.inTransaction(() -> store.lock(orderId.value())
                .map(order -> systemStep(order, Change.to(OrderStatus.REFUNDED, Actor.SYSTEM, note, now())))
                .orElseGet(OrderUpdate.NotFound::new));
    }

    @Override
    public List<EnteredStatus> enteredAfter(OrderStatus status, ScanPosition after, Instant until, int limit) {
        return store.enteredAfter(status, after, until, limit);
    }

    /** A step of the system's own: timed rules and payment settlement pass the same lifecycle check. */
    private OrderUpdate systemStep(Order current, Change change) {
        if (Lifecycle.check(current.status(), change.to(), Actor.SYSTEM) != Lifecycle.Verdict.ALLOWED) {
            return wrongStatus(current.status(), change.to());
        }
        return apply(current, change);
    }

    /**
     * The transition, and with a buyer's default the ask back on the book, committed together; when
     * another step moved the order first, the status it moved to.
     */
    private OrderUpdate apply(Order current, Change change) {
        return unitOfWork.inTransaction(() -> {
            Optional<OrderUpdate.Updated> updated = store.transition(current, change);
            if (updated.isEmpty()) {
                return wrongStatus(store.find(current.id()).orElseThrow().status(), change.to());
            }
            if (change.relistAsk()) {
                relisting.relist(new MatchId(current.matchId()), change.at());
            }
            return updated.get();
        });
    }

    private OrderUpdate act(Viewer viewer, long id, OrderStatus to, ChangeFor change) {
        Optional<Order> found = find(viewer, id);
        if (found.isEmpty()) {
            return new OrderUpdate.NotFound();
        }
        Order order = found.get();
        Actor actor = order.actorFor(viewer);
        Lifecycle.Verdict verdict = Lifecycle.check(order.status(), to, actor);
        if (verdict == Lifecycle.Verdict.ILLEGAL) {
            return wrongStatus(order.status(), to);
        }
        if (verdict == Lifecycle.Verdict.NOT_THIS_ACTOR) {
            return new OrderUpdate.NotAllowed("The " + actor.wire() + " cannot move an order to " + to.wire() + ".");
        }
        return apply(order, change.of(order, actor));
    }

    /** A step that carries nothing but its note: the buyer's own words, or the neutral ones for others. */
    private OrderUpdate plainStep(Viewer viewer, long id, OrderStatus to, String buyerNote, String otherNote) {
        return act(
                viewer,
                id,
                to,
                (order, actor) -> Change.to(to, actor, actor == Actor.BUYER ? buyerNote : otherNote, now()));
    }

    private static OrderUpdate.WrongStatus wrongStatus(OrderStatus current, OrderStatus to) {
        return new OrderUpdate.WrongStatus(
                current, "The order is " + current.wire() + " and cannot move to " + to.wire() + ".");
    }

    /** Why an admin's step with {@code note} is refused before it starts: a missing note, or no admin. */
    private static Optional<OrderUpdate> adminNoteRefusal(Viewer admin, String note, String notAdmin) {
        Optional<String> problem = requiredTextProblem(note);
        if (problem.isPresent()) {
            return Optional.of(new OrderUpdate.Invalid(Map.of("note", problem.get())));
        }
        return admin.admin() ? Optional.empty() : Optional.of(new OrderUpdate.NotAllowed(notAdmin));
    }

    private static Optional<String> requiredTextProblem(String text) {
        return textProblem(text, MAX_TEXT);
    }

    private static Optional<String> textProblem(String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return Optional.of("is required");
        }
        return text.strip().length() > maxLength
                ? Optional.of("must be at most " + maxLength + " characters")
                : Optional.empty();
    }

    private Instant now() {
        return clock.instant();
    }

    private static String days(Duration duration) {
        return duration.toDays() + " days";
    }

    private static String hours(Duration duration) {
        return duration.toHours() + " hours";
    }

    @FunctionalInterface
    private interface ChangeFor {
        Change of(Order order, Actor actor);
    }
}
