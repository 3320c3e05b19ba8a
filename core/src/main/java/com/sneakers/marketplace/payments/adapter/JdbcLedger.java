package com.sneakers.marketplace.payments.adapter;

import static com.sneakers.marketplace.platform.db.SqlTime.utc;

import com.sneakers.marketplace.payments.ledger.AccountBalance;
import com.sneakers.marketplace.payments.ledger.Journal;
import com.sneakers.marketplace.payments.ledger.JournalKind;
import com.sneakers.marketplace.payments.ledger.JournalLine;
import com.sneakers.marketplace.payments.ledger.Ledger;
import com.sneakers.marketplace.platform.db.Transactions;
import com.sneakers.marketplace.platform.money.Money;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The ledger's journals and lines in Postgres, in the current transaction if there is one. */
public final class JdbcLedger implements Ledger {
    private final Transactions transactions;

    public JdbcLedger(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    @Override
    public boolean post(Journal journal) {
        return transactions.inTransaction("post on ledger_journals", transaction -> {
            long journalId;
            try (PreparedStatement insert = transaction.prepareStatement(
                    "INSERT INTO ledger_journals (kind, reference,"
                            + " order_id, posted_at) VALUES (?, ?, ?, ?) ON CONFLICT (kind, reference) DO NOTHING RETURNING id")) {
                insert.setString(1, journal.kind().wire());
                insert.setString(2, journal.reference());
                insert.setLong(3, journal.orderId());
                insert.setObject(4, utc(journal.postedAt()));
                try (ResultSet row = insert.executeQuery()) {
                    if (!row.next()) {
                        return false;
                    }
                    journalId = row.getLong(1);
                }
            }
            try (PreparedStatement line = transaction.prepareStatement(
                    "INSERT INTO ledger_lines (journal_id, account, currency, amount) VALUES (?, ?, ?, ?)")) {
                for (JournalLine each : journal.lines()) {
                    line.setLong(1, journalId);
                    line.setString(2, each.account());
                    line.setString(3, each.amount().currency());
                    line.setBigDecimal(4, each.amount().amount());
                    line.addBatch();
                }
                line.executeBatch();
            }
            return true;
        });
    }

    @Override
    public boolean isPosted(JournalKind kind, String reference) {
        return transactions.read("isPosted on ledger_journals", connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT 1 FROM ledger_journals WHERE kind = ? AND reference = ?")) {
                select.setString(1, kind.wire());
                select.setString(2, reference);
                try (ResultSet row = select.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    @Override
    public BigDecimal movedOn(long orderId, String account, List<JournalKind> kinds) {
        return transactions.read("movedOn on ledger_lines", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COALESCE(sum(l.amount), 0)"
                    + " FROM ledger_lines l JOIN ledger_journals j ON j.id = l.journal_id"
                    + " WHERE j.order_id = ? AND l.account = ? AND j.kind = ANY (?)")) {
                select.setLong(1, orderId);
                select.setString(2, account);
                Array kindNames = connection.createArrayOf(
                        "varchar", kinds.stream().map(JournalKind::wire).toArray());
                select.setArray(3, kindNames);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getBigDecimal(1).setScale(2);
                }
            }
        });
    }

    @Override
    public List<AccountBalance> balances() {
        return transactions.read("balances on ledger_lines", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT account, currency, sum(amount)"
                    + " FROM ledger_lines GROUP BY account, currency ORDER BY account, currency")) {
                List<AccountBalance> balances = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        balances.add(
                                new AccountBalance(row.getString(1), Money.of(row.getBigDecimal(3), row.getString(2))));
                    }
                }
                return balances;
            }
        });
    }
}
