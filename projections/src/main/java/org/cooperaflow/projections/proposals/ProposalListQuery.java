package org.cooperaflow.projections.proposals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cooperaflow.domain.shared.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Reads the proposal list, filtered and paged. */
@Service
public class ProposalListQuery {

    /**
     * Which proposals to list. {@code visibleDraftState}: drafts are shown only for this proposer state.
     * {@code measure}, {@code sdg}, {@code priority}: null means any.
     */
    public record Filter(String stage, String memberState, String accountId, String visibleDraftState,
                         String restrictToState, String measure, Integer sdg, String priority) {

        public Filter(String stage, String memberState, String accountId, String visibleDraftState,
                      String restrictToState) {
            this(stage, memberState, accountId, visibleDraftState, restrictToState, null, null, null);
        }
    }

    /** One page of the list. */
    public record Page(List<ProposalSummary> items, int page, int size, long total) {
    }

    private final JdbcTemplate jdbc;

    public ProposalListQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Page find(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.stage() != null) {
            where.append(" AND stage = ?");
            args.add(filter.stage());
        }
        if (filter.memberState() != null) {
            where.append(" AND proposer_state = ?");
            args.add(filter.memberState());
        }
        if (filter.accountId() != null) {
            where.append(" AND account_id = ?");
            args.add(filter.accountId());
        }
        if (filter.priority() != null) {
            where.append(" AND priority = ?");
            args.add(filter.priority());
        }
        if (filter.measure() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM proposal_list_measure m"
                    + " WHERE m.proposal_id = proposal_list.proposal_id AND m.measure = ?)");
            args.add(filter.measure());
        }
        if (filter.sdg() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM proposal_list_sdg g"
                    + " WHERE g.proposal_id = proposal_list.proposal_id AND g.sdg = ?)");
            args.add(filter.sdg());
        }
        if (filter.restrictToState() != null) {
            where.append(" AND proposer_state = ?");
            args.add(filter.restrictToState());
        }
        if (filter.visibleDraftState() == null) {
            where.append(" AND stage <> 'DRAFT'");
        } else {
            where.append(" AND (stage <> 'DRAFT' OR proposer_state = ?)");
            args.add(filter.visibleDraftState());
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM proposal_list" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<ProposalSummary> items = jdbc.query("SELECT * FROM proposal_list" + where
                + " ORDER BY updated_at DESC, proposal_id LIMIT ? OFFSET ?", ProposalListQuery::row, pageArgs.toArray());
        return new Page(items, page, size, total == null ? 0 : total);
    }

    private static ProposalSummary row(ResultSet rs, int i) throws SQLException {
        return new ProposalSummary(rs.getString("proposal_id"), rs.getString("title"), rs.getString("proposer_state"),
                rs.getString("stage"), instant(rs.getTimestamp("stage_since")), rs.getString("modality"),
                rs.getString("priority"), rs.getString("account_id"),
                money(rs.getBigDecimal("requested_amount"), rs.getString("requested_currency")),
                instant(rs.getTimestamp("drafted_at")), instant(rs.getTimestamp("submitted_at")),
                instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Money money(java.math.BigDecimal amount, String currency) {
        return amount == null || currency == null ? null : new Money(amount, currency.trim());
    }
}
