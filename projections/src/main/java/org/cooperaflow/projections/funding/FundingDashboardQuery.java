package org.cooperaflow.projections.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Sums the funding read model per thematic account and per contributor type, in PostgreSQL. */
@Service
public class FundingDashboardQuery {

    private static final String UNEARMARKED = "";

    private final JdbcTemplate jdbc;

    public FundingDashboardQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Accumulates one group's sums. */
    private static final class Sums {
        BigDecimal pledged = BigDecimal.ZERO.setScale(2);
        BigDecimal received = BigDecimal.ZERO.setScale(2);
        BigDecimal allocated = BigDecimal.ZERO.setScale(2);
        BigDecimal gap = BigDecimal.ZERO.setScale(2);
        long contributions;
        long withoutUsd;
        long awaiting;

        FundingDashboard.Figures figures() {
            return new FundingDashboard.Figures(pledged.toPlainString(), received.toPlainString(),
                    allocated.toPlainString(), received.subtract(allocated).toPlainString(), gap.toPlainString(),
                    contributions, withoutUsd, awaiting);
        }
    }

    private static final String CONTRIBUTION_SUMS = """
            SELECT %s AS k, COALESCE(SUM(pledged_usd), 0) AS pledged, COALESCE(SUM(received_usd), 0) AS received,
                   COALESCE(SUM(allocated_usd), 0) AS allocated, count(*) AS n,
                   count(*) FILTER (WHERE pledged_usd IS NULL) AS without_usd
            FROM funding_contribution WHERE NOT cancelled GROUP BY %s""";

    public FundingDashboard compute() {
        Map<String, Sums> byAccount = new TreeMap<>();
        jdbc.query(String.format(CONTRIBUTION_SUMS, "COALESCE(account_id, '')", "COALESCE(account_id, '')"), rs -> {
            Sums s = byAccount.computeIfAbsent(rs.getString("k"), k -> new Sums());
            add(s, rs.getBigDecimal("pledged"), rs.getBigDecimal("received"), rs.getBigDecimal("allocated"),
                    rs.getLong("n"), rs.getLong("without_usd"));
        });
        jdbc.query("""
                SELECT COALESCE(account_id, '') AS k, COALESCE(SUM(approved_usd - allocated_usd), 0) AS gap,
                       count(*) AS n
                FROM funding_proposal WHERE approved_usd IS NOT NULL AND NOT funded
                GROUP BY COALESCE(account_id, '')""", rs -> {
            Sums s = byAccount.computeIfAbsent(rs.getString("k"), k -> new Sums());
            s.gap = s.gap.add(rs.getBigDecimal("gap"));
            s.awaiting += rs.getLong("n");
        });
        Map<String, Sums> byType = new TreeMap<>();
        jdbc.query(String.format(CONTRIBUTION_SUMS, "contributor_type", "contributor_type"), rs -> {
            add(byType.computeIfAbsent(rs.getString("k"), k -> new Sums()), rs.getBigDecimal("pledged"),
                    rs.getBigDecimal("received"), rs.getBigDecimal("allocated"), rs.getLong("n"),
                    rs.getLong("without_usd"));
        });
        Map<String, String> names = new HashMap<>();
        jdbc.query("SELECT account_id, name FROM funding_account", rs -> {
            names.put(rs.getString(1), rs.getString(2));
        });

        Sums total = new Sums();
        List<FundingDashboard.AccountFigures> accounts = new ArrayList<>();
        byAccount.forEach((key, s) -> {
            total.pledged = total.pledged.add(s.pledged);
            total.received = total.received.add(s.received);
            total.allocated = total.allocated.add(s.allocated);
            total.gap = total.gap.add(s.gap);
            total.contributions += s.contributions;
            total.withoutUsd += s.withoutUsd;
            total.awaiting += s.awaiting;
            String accountId = UNEARMARKED.equals(key) ? null : key;
            accounts.add(new FundingDashboard.AccountFigures(accountId,
                    accountId == null ? "Unearmarked" : names.getOrDefault(accountId, accountId), s.figures()));
        });
        accounts.sort(Comparator.comparing(a -> Objects.requireNonNullElse(a.accountId(), "")));
        List<FundingDashboard.ContributorTypeFigures> types = new ArrayList<>();
        byType.forEach((type, s) -> types.add(new FundingDashboard.ContributorTypeFigures(type, s.figures())));
        return new FundingDashboard(total.figures(), accounts, types);
    }

    private static void add(Sums s, BigDecimal pledged, BigDecimal received, BigDecimal allocated, long n,
                            long withoutUsd) {
        s.pledged = s.pledged.add(pledged).setScale(2);
        s.received = s.received.add(received).setScale(2);
        s.allocated = s.allocated.add(allocated).setScale(2);
        s.contributions += n;
        s.withoutUsd += withoutUsd;
    }
}
