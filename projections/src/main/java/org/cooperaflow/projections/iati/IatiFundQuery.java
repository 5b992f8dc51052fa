package org.cooperaflow.projections.iati;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The fund's money per calendar year, for the IATI organisation file. */
@Component
public class IatiFundQuery {

    /** A year's receipts into the fund and commitments (allocations) to projects, in USD. */
    public record FundYear(int year, BigDecimal receivedUsd, BigDecimal committedUsd) {
    }

    private final JdbcTemplate jdbc;

    public IatiFundQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every year with a receipt or a commitment, oldest first. */
    public List<FundYear> years() {
        return jdbc.query("""
                SELECT year, SUM(received) AS received, SUM(committed) AS committed FROM (
                    SELECT EXTRACT(YEAR FROM received_on)::int AS year, usd_amount AS received, 0 AS committed
                    FROM iati_receipt
                    UNION ALL
                    SELECT EXTRACT(YEAR FROM transaction_date)::int, 0, amount FROM iati_transaction
                    WHERE kind = ? AND currency = 'USD') money
                GROUP BY year ORDER BY year""",
                (rs, i) -> new FundYear(rs.getInt("year"), rs.getBigDecimal("received"), rs.getBigDecimal("committed")),
                IatiProjection.COMMITMENT);
    }
}
