package org.cooperaflow.projections.iati;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.fund.api.Contributor;
import org.cooperaflow.domain.fund.api.ContributorType;
import org.cooperaflow.domain.proposal.api.Indicator;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.PartnerRole;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.domain.proposal.api.Proposer;
import org.cooperaflow.domain.proposal.api.ProposerType;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.projections.batch.KeyList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the IATI read model a page at a time, in proposal id order: a page's activities with everything the export
 * writes of them, in a fixed number of statements, so the export holds one page in memory however many there are.
 */
@Component
public class IatiActivityQuery {

    /** The stages the export publishes: from approval on, and a project suspended after its approval. */
    public static final List<ProposalStage> PUBLISHED = List.of(ProposalStage.APPROVED, ProposalStage.FUNDED,
            ProposalStage.IN_EXECUTION, ProposalStage.FINAL_EVALUATION, ProposalStage.CLOSED, ProposalStage.SUSPENDED);

    /**
     * Which activities: of a member state (proposer or partner), of a thematic account, active in a window (approved
     * on or before {@code to}, and not closed before {@code from}); null for no filter.
     */
    public record Filter(String memberState, String accountId, LocalDate from, LocalDate to) {
    }

    private final JdbcTemplate jdbc;

    public IatiActivityQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code size} activities with ids after {@code afterId} (null for the first page). */
    public List<IatiActivity> page(Filter filter, String afterId, int size) {
        StringBuilder sql = new StringBuilder("""
                SELECT proposal_id, title, summary, proposer_type, proposer_state, proposer_name, priority, account_id,
                    duration_months, stage, approved_on, approved_amount, approved_currency, started_on, closed_on,
                    updated_at FROM iati_activity a
                WHERE approved_on IS NOT NULL AND stage IN (""");
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < PUBLISHED.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
            args.add(PUBLISHED.get(i).name());
        }
        sql.append(")");
        if (afterId != null) {
            sql.append(" AND proposal_id > ?");
            args.add(afterId);
        }
        if (filter.memberState() != null) {
            sql.append(" AND (proposer_state = ? OR EXISTS (SELECT 1 FROM iati_activity_partner p"
                    + " WHERE p.proposal_id = a.proposal_id AND p.member_state = ?))");
            args.add(filter.memberState());
            args.add(filter.memberState());
        }
        if (filter.accountId() != null) {
            sql.append(" AND account_id = ?");
            args.add(filter.accountId());
        }
        if (filter.to() != null) {
            sql.append(" AND approved_on <= ?");
            args.add(java.sql.Date.valueOf(filter.to()));
        }
        if (filter.from() != null) {
            sql.append(" AND (closed_on IS NULL OR closed_on >= ?)");
            args.add(java.sql.Date.valueOf(filter.from()));
        }
        sql.append(" ORDER BY proposal_id LIMIT ?");
        args.add(size);
        Map<String, Row> rows = new LinkedHashMap<>();
        jdbc.query(sql.toString(), rs -> {
            rows.put(rs.getString("proposal_id"), new Row(rs));
        }, args.toArray());
        if (rows.isEmpty()) {
            return List.of();
        }
        each("SELECT proposal_id, member_state, role FROM iati_activity_partner WHERE proposal_id = ANY(?)"
                + " ORDER BY proposal_id, position", rows, (row, rs) -> row.partners.add(
                        new Partner(rs.getString(2).trim(), PartnerRole.valueOf(rs.getString(3)))));
        each("SELECT proposal_id, sdg FROM iati_activity_sdg WHERE proposal_id = ANY(?) ORDER BY proposal_id, sdg",
                rows, (row, rs) -> row.sdgs.add(rs.getInt(2)));
        each("SELECT proposal_id, name, unit, baseline, target FROM iati_activity_indicator WHERE proposal_id = ANY(?)"
                + " ORDER BY proposal_id, position", rows, (row, rs) -> row.indicators.add(
                        new Indicator(rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5))));
        each("""
                SELECT t.proposal_id, t.kind, t.transaction_date, t.amount, t.currency, c.contributor_type,
                    c.member_state, c.country, c.name
                FROM iati_transaction t LEFT JOIN iati_contribution c ON c.contribution_id = t.contribution_id
                WHERE t.proposal_id = ANY(?) ORDER BY t.proposal_id, t.sequence""", rows, (row, rs) -> {
            Contributor funder = rs.getString(6) == null ? null : new Contributor(ContributorType.valueOf(
                    rs.getString(6)), trimmed(rs.getString(7)), trimmed(rs.getString(8)), rs.getString(9));
            row.transactions.add(new IatiActivity.Transaction(rs.getString(2), rs.getDate(3).toLocalDate(),
                    new Money(rs.getBigDecimal(4), rs.getString(5).trim()), funder));
        });
        Map<String, IatiActivity.AcceptedReport> reports = new HashMap<>();
        each("""
                SELECT r.proposal_id, r.period, r.submitted_on, r.accepted_on, v.indicator, v.value
                FROM iati_report r LEFT JOIN iati_report_value v ON v.proposal_id = r.proposal_id AND v.period = r.period
                WHERE r.proposal_id = ANY(?) AND r.accepted_on IS NOT NULL
                ORDER BY r.proposal_id, r.accepted_on, r.period, v.indicator""", rows, (row, rs) -> {
            IatiActivity.AcceptedReport report = reports.computeIfAbsent(rs.getString(1) + "\n" + rs.getString(2),
                    key -> {
                        try {
                            IatiActivity.AcceptedReport added = new IatiActivity.AcceptedReport(rs.getString(2),
                                    rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(), new LinkedHashMap<>());
                            row.reports.add(added);
                            return added;
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
            if (rs.getString(5) != null) {
                report.values().put(rs.getString(5), rs.getBigDecimal(6));
            }
        });
        return rows.values().stream().map(Row::activity).toList();
    }

    private interface RowReader {
        void read(Row row, ResultSet rs) throws SQLException;
    }

    private void each(String sql, Map<String, Row> rows, RowReader reader) {
        jdbc.query(KeyList.statement(sql, rows.keySet()), rs -> {
            reader.read(rows.get(rs.getString(1)), rs);
        });
    }

    private static String trimmed(String text) {
        return text == null ? null : text.trim();
    }

    private static final class Row {
        final IatiActivity head;
        final List<Partner> partners = new ArrayList<>();
        final List<Integer> sdgs = new ArrayList<>();
        final List<Indicator> indicators = new ArrayList<>();
        final List<IatiActivity.Transaction> transactions = new ArrayList<>();
        final List<IatiActivity.AcceptedReport> reports = new ArrayList<>();

        Row(ResultSet rs) throws SQLException {
            String currency = rs.getString("approved_currency");
            java.sql.Date started = rs.getDate("started_on");
            java.sql.Date closed = rs.getDate("closed_on");
            int duration = rs.getInt("duration_months");
            Integer durationMonths = rs.wasNull() ? null : duration;
            head = new IatiActivity(rs.getString("proposal_id"), rs.getString("title"), rs.getString("summary"),
                    new Proposer(ProposerType.valueOf(rs.getString("proposer_type")),
                            rs.getString("proposer_state").trim(), rs.getString("proposer_name")),
                    rs.getString("priority") == null ? null : CidiPriority.valueOf(rs.getString("priority")),
                    rs.getString("account_id"), durationMonths,
                    ProposalStage.valueOf(rs.getString("stage")), rs.getDate("approved_on").toLocalDate(),
                    currency == null ? null : new Money(rs.getBigDecimal("approved_amount"), currency.trim()),
                    started == null ? null : started.toLocalDate(), closed == null ? null : closed.toLocalDate(),
                    rs.getTimestamp("updated_at").toInstant(), null, null, null, null, null);
        }

        IatiActivity activity() {
            IatiActivity h = head;
            return new IatiActivity(h.proposalId(), h.title(), h.summary(), h.proposer(), h.priority(), h.accountId(),
                    h.durationMonths(), h.stage(), h.approvedOn(), h.approvedAmount(), h.startedOn(), h.closedOn(),
                    h.updatedAt(), List.copyOf(partners), List.copyOf(sdgs), List.copyOf(indicators),
                    List.copyOf(transactions), List.copyOf(reports));
        }
    }
}
