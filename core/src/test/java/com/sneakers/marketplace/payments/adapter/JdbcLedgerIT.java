package com.sneakers.marketplace.payments.adapter;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sneakers.marketplace.payments.ledger.Ledger;
import com.sneakers.marketplace.payments.ledger.LedgerContract;
import com.sneakers.marketplace.payments.ledger.Sale;
import com.sneakers.marketplace.platform.money.Money;
import com.sneakers.marketplace.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The Postgres ledger keeps the ledger's promises, and the database itself refuses a ledger that lies. */
class JdbcLedgerIT extends LedgerContract {
    private final DataSource database = TestDatabase.migrated();
    private final Ledger ledger = new JdbcLedger(database);

    @Override
    protected Ledger ledger() {
        return ledger;
    }

    @Test
    void theDatabaseRefusesAJournalWhoseLinesDoNotSumToZero() {
        assertThatThrownBy(() -> commit("INSERT INTO ledger_journals (kind, reference, order_id, posted_at)"
                        + " VALUES ('refund', 're_lopsided', 1, now());"
                        + " INSERT INTO ledger_lines (journal_id, account, currency, amount) SELECT id,"
                        + " 'stripe_balance', 'USD', -10.00 FROM ledger_journals WHERE reference = 're_lopsided';"
                        + " INSERT INTO ledger_lines (journal_id, account, currency, amount) SELECT id,"
                        + " 'seller_payable:1', 'USD', 9.99 FROM ledger_journals WHERE reference = 're_lopsided'"))
                .hasMessageContaining("ck_ledger_journal_balanced");
    }

    @Test
    void theDatabaseRefusesAJournalWithoutLines() {
        assertThatThrownBy(() -> commit("INSERT INTO ledger_journals (kind, reference, order_id, posted_at)"
                        + " VALUES ('refund', 're_empty', 1, now())"))
                .hasMessageContaining("ck_ledger_journal_balanced");
    }

    @Test
    void theDatabaseRefusesALineAddedLaterThatUnbalancesAnOldJournal() {
        ledger.post(new Sale(12, 42, Money.of("90.00", "USD"), Money.of("5.00", "USD"), Money.of("10.00", "USD"))
                .captured("pi_late_line", AT));

        assertThatThrownBy(() -> commit("INSERT INTO ledger_lines (journal_id, account, currency, amount) SELECT id,"
                        + " 'stripe_balance', 'USD', 1.00 FROM ledger_journals WHERE reference = 'pi_late_line'"))
                .hasMessageContaining("ck_ledger_journal_balanced");
    }

    @Test
    void linesAndJournalsAreAppendOnly() {
        ledger.post(new Sale(13, 42, Money.of("90.00", "USD"), Money.of("5.00", "USD"), Money.of("10.00", "USD"))
                .captured("pi_append_only", AT));

        assertThatThrownBy(() -> commit("UPDATE ledger_lines SET amount = amount * 2 WHERE journal_id ="
                        + " (SELECT id FROM ledger_journals WHERE reference = 'pi_append_only')"))
                .hasMessageContaining("ledger_append_only");
        assertThatThrownBy(() -> commit("DELETE FROM ledger_lines WHERE journal_id ="
                        + " (SELECT id FROM ledger_journals WHERE reference = 'pi_append_only')"))
                .hasMessageContaining("ledger_append_only");
        assertThatThrownBy(() -> commit("DELETE FROM ledger_journals WHERE reference = 'pi_append_only'"))
                .hasMessageContaining("ledger_append_only");
    }

    private void commit(String sql) throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
