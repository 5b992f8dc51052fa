package org.cooperaflow.projections.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The fund's books a page at a time, from the funding read model, in USD: each thematic account with what was pledged
 * for it, received, allocated and still available (received − allocated), the unearmarked part alike, and the
 * contributions newest first.
 */
@Service
public class FundBooksQuery {

    /**
     * One account's money in USD ({@code accountId} null: the unearmarked part). {@code pledged} counts the pledges
     * with a USD value; {@code pledgesWithoutUsdValue} those in another currency with no receipt yet.
     */
    public record AccountLine(String accountId, String name, BigDecimal pledged, BigDecimal received,
                              BigDecimal allocated, long contributions, long pledgesWithoutUsdValue) {

        public BigDecimal available() {
            return received.subtract(allocated);
        }
    }

    /** One page of accounts. */
    public record AccountPage(List<AccountLine> items, int page, int size, long total) {
    }

    /** A contribution's line: who (by type), for which account, pledged in its currency, received and allocated in USD. */
    public record ContributionLine(String contributionId, String contributorType, String accountId,
                                   BigDecimal pledgedAmount, String pledgedCurrency, BigDecimal receivedUsd,
                                   BigDecimal allocatedUsd, boolean cancelled, Instant pledgedAt) {
    }

    /** One page of contributions. */
    public record ContributionPage(List<ContributionLine> items, int page, int size, long total) {
    }

    private static final String SUMS = """
            COALESCE(SUM(c.pledged_usd), 0) AS pledged, COALESCE(SUM(c.received_usd), 0) AS received,
            COALESCE(SUM(c.allocated_usd), 0) AS allocated, count(c.contribution_id) AS n,
            count(c.contribution_id) FILTER (WHERE c.pledged_usd IS NULL) AS without_usd""";

    private final JdbcTemplate jdbc;

    public FundBooksQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The accounts by name, with their money. */
    public AccountPage accounts(int page, int size) {
        Long total = jdbc.queryForObject("SELECT count(*) FROM funding_account", Long.class);
        List<AccountLine> items = jdbc.query("SELECT a.account_id, a.name, " + SUMS + """
                 FROM (SELECT account_id, name FROM funding_account ORDER BY name, account_id LIMIT ? OFFSET ?) a
                LEFT JOIN funding_contribution c ON c.account_id = a.account_id AND NOT c.cancelled
                GROUP BY a.account_id, a.name ORDER BY a.name, a.account_id""",
                (rs, i) -> new AccountLine(rs.getString("account_id"), rs.getString("name"),
                        rs.getBigDecimal("pledged"), rs.getBigDecimal("received"), rs.getBigDecimal("allocated"),
                        rs.getLong("n"), rs.getLong("without_usd")), size, (long) page * size);
        return new AccountPage(items, page, size, total == null ? 0 : total);
    }

    /** The money given to the fund without an account. */
    public AccountLine unearmarked() {
        return jdbc.queryForObject("SELECT " + SUMS
                        + " FROM funding_contribution c WHERE c.account_id IS NULL AND NOT c.cancelled",
                (rs, i) -> new AccountLine(null, null, rs.getBigDecimal("pledged"), rs.getBigDecimal("received"),
                        rs.getBigDecimal("allocated"), rs.getLong("n"), rs.getLong("without_usd")));
    }

    /** The contributions, newest pledge first; of one account when {@code accountId} is given. */
    public ContributionPage contributions(String accountId, int page, int size) {
        String where = accountId == null ? "" : " WHERE c.account_id = ?";
        List<Object> args = new ArrayList<>();
        if (accountId != null) {
            args.add(accountId);
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM funding_contribution c" + where, Long.class,
                args.toArray());
        args.add(size);
        args.add((long) page * size);
        // the pledge's moment is its first stored event's
        List<ContributionLine> items = jdbc.query("""
                SELECT c.*, e.timeStamp AS pledged_at FROM funding_contribution c
                JOIN domainevententry e ON e.aggregateIdentifier = c.contribution_id AND e.sequenceNumber = 0"""
                        + where + " ORDER BY e.globalIndex DESC LIMIT ? OFFSET ?",
                (rs, i) -> new ContributionLine(rs.getString("contribution_id"), rs.getString("contributor_type"),
                        rs.getString("account_id"), rs.getBigDecimal("pledged_amount"),
                        rs.getString("pledged_currency").trim(), rs.getBigDecimal("received_usd"),
                        rs.getBigDecimal("allocated_usd"), rs.getBoolean("cancelled"),
                        Instant.parse(rs.getString("pledged_at"))), args.toArray());
        return new ContributionPage(items, page, size, total == null ? 0 : total);
    }
}
