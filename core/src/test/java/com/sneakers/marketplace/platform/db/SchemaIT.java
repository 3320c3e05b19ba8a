package com.sneakers.marketplace.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sneakers.marketplace.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SchemaIT {
    private static DataSource database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.migrated();
    }

    @Test
    void migrationsCreateTheWholeDataModelOnAnEmptyDatabaseAndAreThenUpToDate() throws SQLException {
        assertThat(strings("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
                .contains(
                        "users",
                        "addresses",
                        "products",
                        "product_images",
                        "sizes",
                        "bids",
                        "asks",
                        "matches",
                        "orders",
                        "order_status_history",
                        "payments",
                        "payouts",
                        "refunds",
                        "outbox",
                        "stripe_events");
        assertThat(Migrations.apply(database)).isZero();
    }

    @Test
    void ordersHasEveryColumnAndDefaultOfTheDesignDocument() throws SQLException {
        Map<String, String> columns = columns("orders");

        assertThat(columns).containsEntry("order_number", "character varying(50) NOT NULL");
        assertThat(columns).containsEntry("quantity", "integer NOT NULL DEFAULT 1");
        assertThat(columns).containsEntry("buyer_fee", "numeric(10,2) NOT NULL DEFAULT 0");
        assertThat(columns).containsEntry("seller_fee", "numeric(10,2) NOT NULL DEFAULT 0");
        assertThat(columns).containsEntry("platform_fee", "numeric(10,2) NOT NULL DEFAULT 0");
        assertThat(columns).containsEntry("total_amount", "numeric(10,2) NOT NULL");
        assertThat(columns).containsEntry("seller_payout", "numeric(10,2) NOT NULL");
        assertThat(columns).containsEntry("status", "character varying(50) NOT NULL DEFAULT 'pending_payment'");
        assertThat(columns).containsEntry("tracking_number", "character varying(100)");
        assertThat(columns).containsEntry("carrier", "character varying(50)");
        assertThat(columns)
                .containsKeys(
                        "match_id",
                        "buyer_id",
                        "seller_id",
                        "product_id",
                        "size_id",
                        "price",
                        "shipping_address_id",
                        "payment_at",
                        "shipped_at",
                        "delivered_at",
                        "completed_at",
                        "cancelled_at",
                        "buyer_notes",
                        "seller_notes",
                        "admin_notes",
                        "cancellation_reason",
                        "created_at",
                        "updated_at");
        assertThat(indexes("orders"))
                .contains(
                        "idx_orders_order_number",
                        "idx_orders_match_id",
                        "idx_orders_buyer_id",
                        "idx_orders_seller_id",
                        "idx_orders_status",
                        "idx_orders_created_at");
    }

    @Test
    void paymentsAndPayoutsHaveEveryColumnAndDefaultOfTheDesignDocument() throws SQLException {
        Map<String, String> payments = columns("payments");
        assertThat(payments).containsEntry("payment_id", "character varying(100) NOT NULL");
        assertThat(payments).containsEntry("currency", "character varying(3) NOT NULL DEFAULT 'USD'");
        assertThat(payments).containsEntry("status", "character varying(50) NOT NULL DEFAULT 'pending'");
        assertThat(payments).containsEntry("refunded_amount", "numeric(10,2) DEFAULT 0");
        assertThat(payments).containsEntry("metadata", "jsonb");
        assertThat(payments)
                .containsKeys(
                        "order_id",
                        "user_id",
                        "stripe_payment_intent_id",
                        "stripe_charge_id",
                        "stripe_customer_id",
                        "amount",
                        "payment_method",
                        "card_last4",
                        "card_brand",
                        "refund_reason",
                        "processed_at",
                        "refunded_at",
                        "created_at",
                        "updated_at");
        assertThat(indexes("payments"))
                .contains(
                        "idx_payments_order_id",
                        "idx_payments_user_id",
                        "idx_payments_stripe_payment_intent_id",
                        "idx_payments_status");

        Map<String, String> payouts = columns("payouts");
        assertThat(payouts).containsEntry("status", "character varying(50) NOT NULL DEFAULT 'pending'");
        assertThat(payouts)
                .containsKeys(
                        "payout_id",
                        "order_id",
                        "seller_id",
                        "stripe_transfer_id",
                        "stripe_account_id",
                        "amount",
                        "currency",
                        "processed_at",
                        "created_at",
                        "updated_at");
        assertThat(indexes("payouts")).contains("idx_payouts_order_id", "idx_payouts_seller_id", "idx_payouts_status");
        assertThat(indexes("order_status_history")).contains("idx_order_status_history_order_id");
    }

    @Test
    void everyForeignKeyHasAnIndexThatStartsWithItsColumns() throws SQLException {
        List<String> unindexed = strings(
                """
                SELECT c.conrelid::regclass || '(' || array_to_string(c.conkey, ',') || ')'
                FROM pg_constraint c
                WHERE c.contype = 'f'
                  AND NOT EXISTS (
                      SELECT 1 FROM pg_index i
                      WHERE i.indrelid = c.conrelid
                        AND (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] @> c.conkey
                        AND (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] <@ c.conkey)
                """);

        assertThat(unindexed).isEmpty();
    }

    @Test
    void moneyColumnsAreDecimalTenTwo() throws SQLException {
        List<String> notDecimal = strings(
                """
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = 'public'
                  AND column_name IN ('price', 'amount', 'total_amount', 'seller_payout', 'buyer_fee', 'seller_fee',
                                      'platform_fee', 'refunded_amount', 'retail_price')
                  AND NOT (data_type = 'numeric' AND numeric_precision = 10 AND numeric_scale = 2)
                """);

        assertThat(notDecimal).isEmpty();
    }

    @Test
    void anOrderStatusOutsideTheLifecycleIsRefused() throws SQLException {
        long order = order(match());

        assertRefused("UPDATE orders SET status = 'lost' WHERE id = " + order, "ck_orders_status");
    }

    @Test
    void aMatchBecomesAtMostOneOrder() throws SQLException {
        long match = match();
        order(match);

        assertRefused(orderInsert(match, "ORD-TEST-DUPLICATE"), "uq_orders_match_id");
    }

    @Test
    void negativeMoneyIsRefused() throws SQLException {
        long order = order(match());

        assertRefused("UPDATE orders SET seller_payout = -0.01 WHERE id = " + order, "ck_orders_seller_payout");
        assertRefused("UPDATE orders SET buyer_fee = -1 WHERE id = " + order, "ck_orders_buyer_fee");
    }

    @Test
    void anOrdersAmountsObeyTheFeeIdentities() throws SQLException {
        long order = order(match());

        assertRefused(
                "UPDATE orders SET total_amount = total_amount + 0.01 WHERE id = " + order, "ck_orders_total_identity");
        assertRefused(
                "UPDATE orders SET seller_payout = seller_payout - 0.01 WHERE id = " + order,
                "ck_orders_seller_payout_identity");
        assertRefused(
                "UPDATE orders SET platform_fee = platform_fee + 0.01 WHERE id = " + order,
                "ck_orders_platform_fee_identity");
        assertRefused("UPDATE orders SET buyer_fee = NULL WHERE id = " + order, "buyer_fee");
    }

    @Test
    void aPaymentCannotBeRefundedBeyondItsAmountNorTakeAnUnknownStatus() throws SQLException {
        long order = order(match());
        long payment = insert("INSERT INTO payments (payment_id, order_id, user_id, amount) SELECT 'pay_" + order
                + "', id, buyer_id," + " total_amount FROM orders WHERE id = " + order + " RETURNING id");

        assertRefused(
                "UPDATE payments SET refunded_amount = amount + 0.01 WHERE id = " + payment,
                "ck_payments_refunded_amount");
        assertRefused("UPDATE payments SET status = 'done' WHERE id = " + payment, "ck_payments_status");
    }

    @Test
    void activeRefundsNeverAddUpToMoreThanThePayment() throws SQLException {
        long order = order(match());
        long payment = insert("INSERT INTO payments (payment_id, order_id, user_id, amount) SELECT 'pay_" + order
                + "', id, buyer_id, 100.00 FROM orders WHERE id = " + order + " RETURNING id");
        execute(refundInsert(payment, "re_most", "99.00", "succeeded"));
        execute(refundInsert(payment, "re_failed", "5.00", "failed"));

        assertRefused(refundInsert(payment, "re_too_much", "1.01", "pending"), "ck_refunds_within_payment");
        assertRefused(
                "UPDATE refunds SET status = 'pending' WHERE stripe_refund_id = 're_failed'",
                "ck_refunds_within_payment");
        execute(refundInsert(payment, "re_rest", "1.00", "pending"));
    }

    private static String refundInsert(long payment, String stripeRefundId, String amount, String status) {
        return "INSERT INTO refunds (refund_id, payment_id, stripe_refund_id, amount, status) VALUES ('ref_"
                + stripeRefundId + "', " + payment + ", '" + stripeRefundId + "', " + amount + ", '" + status + "')";
    }

    @Test
    void aBidCannotNameASizeOfAnotherProduct() throws SQLException {
        long buyer = user("buyer-other-size@example.com");
        long product = product("SKU-A");
        long otherProductSize = size(product("SKU-B"), "10");

        assertRefused(
                "INSERT INTO bids (user_id, product_id, size_id, price, quantity, remaining_quantity, expires_at)"
                        + " VALUES (" + buyer + ", " + product + ", " + otherProductSize + ", 100, 1, 1, NOW())",
                "fk_bids_size_of_product");
    }

    @Test
    void anOrderCannotHaveMoreRemainingThanItsQuantity() throws SQLException {
        long buyer = user("buyer-remaining@example.com");
        long product = product("SKU-REMAINING");
        long size = size(product, "9");

        assertRefused(
                "INSERT INTO bids (user_id, product_id, size_id, price, quantity, remaining_quantity, expires_at)"
                        + " VALUES (" + buyer + ", " + product + ", " + size + ", 100, 1, 2, NOW())",
                "ck_bids_remaining");
    }

    @Test
    void aUserCannotTradeWithThemself() throws SQLException {
        long trader = user("self-trader@example.com");
        long product = product("SKU-SELF");
        long size = size(product, "11");
        long bid = bid(trader, product, size);
        long ask = ask(trader, product, size);

        assertRefused(matchInsert(bid, ask, trader, trader, product, size), "ck_matches_no_self_trade");
    }

    @Test
    void emailsAreStoredNormalisedAndUnique() throws SQLException {
        user("someone@example.com");

        assertRefused(userInsert("Someone@Example.com"), "ck_users_email_normalised");
        assertRefused(userInsert("someone@example.com"), "uq_users_email");
    }

    @Test
    void aUserHasAtMostOneDefaultAddressPerTypeAndCountriesAreIsoCodes() throws SQLException {
        long user = user("addresses@example.com");
        execute(addressInsert(user, "US", true));

        assertRefused(addressInsert(user, "US", true), "uq_addresses_default_per_type");
        assertRefused(addressInsert(user, "us", false), "ck_addresses_country");
    }

    // ------------------------------------------------------------------ fixtures

    private static int sequence;

    private long match() throws SQLException {
        int n = ++sequence;
        long buyer = user("buyer" + n + "@example.com");
        long seller = user("seller" + n + "@example.com");
        long product = product("SKU-M" + n);
        long size = size(product, "10");
        return insert(matchInsert(bid(buyer, product, size), ask(seller, product, size), buyer, seller, product, size));
    }

    private long order(long match) throws SQLException {
        return insert(orderInsert(match, "ORD-TEST-" + match));
    }

    private static String orderInsert(long match, String number) {
        return "INSERT INTO orders (order_number, match_id, buyer_id, seller_id, product_id, size_id, price,"
                + " total_amount, seller_payout) SELECT '" + number + "', id, buyer_id, seller_id, product_id,"
                + " size_id, price, price, price FROM matches WHERE id = " + match + " RETURNING id";
    }

    private static String matchInsert(long bid, long ask, long buyer, long seller, long product, long size) {
        return "INSERT INTO matches (bid_id, ask_id, buyer_id, seller_id, product_id, size_id, price, quantity)"
                + " VALUES (" + bid + ", " + ask + ", " + buyer + ", " + seller + ", " + product + ", " + size
                + ", 200.00, 1) RETURNING id";
    }

    private long bid(long user, long product, long size) throws SQLException {
        return insert("INSERT INTO bids (user_id, product_id, size_id, price, quantity, remaining_quantity, expires_at)"
                + " VALUES (" + user + ", " + product + ", " + size + ", 200.00, 1, 1, NOW()) RETURNING id");
    }

    private long ask(long user, long product, long size) throws SQLException {
        return insert("INSERT INTO asks (user_id, product_id, size_id, price, quantity, remaining_quantity, expires_at)"
                + " VALUES (" + user + ", " + product + ", " + size + ", 200.00, 1, 1, NOW()) RETURNING id");
    }

    private long user(String email) throws SQLException {
        return insert(userInsert(email) + " RETURNING id");
    }

    private static String userInsert(String email) {
        return "INSERT INTO users (email, password_hash, first_name, last_name) VALUES ('" + email
                + "', 'x', 'Test', 'User')";
    }

    private static String addressInsert(long user, String country, boolean isDefault) {
        return "INSERT INTO addresses (user_id, is_default, full_name, line1, city, postal_code, country) VALUES ("
                + user + ", " + isDefault + ", 'Test User', '1 Main St', 'Springfield', '12345', '" + country + "')";
    }

    private long product(String sku) throws SQLException {
        return insert("INSERT INTO products (sku, name, brand) VALUES ('" + sku + "', 'Air Jordan 1', 'Nike')"
                + " RETURNING id");
    }

    private long size(long product, String value) throws SQLException {
        return insert("INSERT INTO sizes (product_id, size_value) VALUES (" + product + ", '" + value + "')"
                + " RETURNING id");
    }

    private static long insert(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void assertRefused(String sql, String constraint) {
        assertThatThrownBy(() -> execute(sql)).isInstanceOf(SQLException.class).hasMessageContaining(constraint);
    }

    private static List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }

    private static List<String> indexes(String table) throws SQLException {
        return strings("SELECT indexname FROM pg_indexes WHERE tablename = '" + table + "'");
    }

    /** Column name to its declaration, e.g. {@code numeric(10,2) NOT NULL DEFAULT 0}. */
    private static Map<String, String> columns(String table) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        String sql =
                """
                SELECT a.attname,
                       format_type(a.atttypid, a.atttypmod)
                       || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
                       || COALESCE(' DEFAULT ' || regexp_replace(pg_get_expr(d.adbin, d.adrelid), '::[a-z ]+', '', 'g'), '')
                FROM pg_attribute a
                LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                WHERE a.attrelid = '%s'::regclass AND a.attnum > 0 AND NOT a.attisdropped
                """
                        .formatted(table);
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                columns.put(result.getString(1), result.getString(2));
            }
        }
        return columns;
    }
}
