package com.sneakers.marketplace.payments.ledger;

import com.sneakers.marketplace.platform.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A ledger in a list, for unit tests of the services that post to it. */
public final class InMemoryLedger implements Ledger {
    private final List<Journal> journals = new ArrayList<>();

    @Override
    public synchronized boolean post(Journal journal) {
        if (isPosted(journal.kind(), journal.reference())) {
            return false;
        }
        journals.add(journal);
        return true;
    }

    @Override
    public synchronized boolean isPosted(JournalKind kind, String reference) {
        return journals.stream()
                .anyMatch(
                        journal -> journal.kind() == kind && journal.reference().equals(reference));
    }

    @Override
    public synchronized BigDecimal movedOn(long orderId, String account, List<JournalKind> kinds) {
        return journals.stream()
                .filter(journal -> journal.orderId() == orderId && kinds.contains(journal.kind()))
                .flatMap(journal -> journal.lines().stream())
                .filter(line -> line.account().equals(account))
                .map(line -> line.amount().amount())
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    @Override
    public synchronized List<AccountBalance> balances() {
        Map<String, Map<String, BigDecimal>> sums = new TreeMap<>();
        for (Journal journal : journals) {
            for (JournalLine line : journal.lines()) {
                sums.computeIfAbsent(line.account(), account -> new TreeMap<>())
                        .merge(line.amount().currency(), line.amount().amount(), BigDecimal::add);
            }
        }
        List<AccountBalance> balances = new ArrayList<>();
        sums.forEach((account, byCurrency) -> byCurrency.forEach(
                (currency, sum) -> balances.add(new AccountBalance(account, Money.of(sum, currency)))));
        return balances;
    }

    public synchronized List<Journal> journals() {
        return List.copyOf(journals);
    }
}
