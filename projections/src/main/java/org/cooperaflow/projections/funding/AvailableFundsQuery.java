package org.cooperaflow.projections.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The contributions a proposal of a thematic account can be funded from, with the money each still has: received USD
 * minus allocated USD, from the funding read model. Those earmarked for the account come first, then the unearmarked.
 */
@Service
public class AvailableFundsQuery {

    /** A contribution with money left to allocate. */
    public record AvailableContribution(String contributionId, String contributorType, String accountId,
                                        BigDecimal receivedUsd, BigDecimal allocatedUsd) {

        public BigDecimal availableUsd() {
            return receivedUsd.subtract(allocatedUsd);
        }
    }

    private final JdbcTemplate jdbc;

    public AvailableFundsQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** For a proposal of {@code accountId} (null: a proposal that asks for no account, funded from unearmarked money). */
    public List<AvailableContribution> forAccount(String accountId) {
        List<Object> args = new ArrayList<>();
        String where = "NOT cancelled AND received_usd > allocated_usd AND (account_id IS NULL";
        if (accountId != null) {
            where += " OR account_id = ?";
            args.add(accountId);
        }
        where += ")";
        return jdbc.query("SELECT contribution_id, contributor_type, account_id, received_usd, allocated_usd"
                        + " FROM funding_contribution WHERE " + where
                        + " ORDER BY account_id IS NULL, received_usd - allocated_usd DESC, contribution_id LIMIT 200",
                (rs, i) -> new AvailableContribution(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5)), args.toArray());
    }
}
