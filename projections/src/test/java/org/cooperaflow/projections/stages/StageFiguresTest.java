package org.cooperaflow.projections.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cooperaflow.domain.proposal.api.ProposalStage.BOARD_REVIEW;
import static org.cooperaflow.domain.proposal.api.ProposalStage.ELIGIBILITY;
import static org.cooperaflow.domain.proposal.api.ProposalStage.RETURNED_FOR_REVISION;
import static org.cooperaflow.domain.proposal.api.ProposalStage.SCREENING;
import static org.cooperaflow.domain.proposal.api.ProposalStage.SUBMITTED;

import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.projections.batch.KeyedRows;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

class StageFiguresTest {

    /** Captures the batched upserts instead of sending them: the values each row sets. */
    private static final class Captured extends JdbcTemplate {
        final Map<String, Long> figures = new TreeMap<>();

        @Override
        public int[] batchUpdate(String sql, BatchPreparedStatementSetter setter) {
            for (int i = 0; i < setter.getBatchSize(); i++) {
                Object[] row = new Object[4];
                PreparedStatement capture = (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                            row[(Integer) args[0] - 1] = args[1];
                            return null;
                        });
                try {
                    setter.setValues(capture, i);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                figures.merge(row[0] + " " + row[1] + (row[2].equals("") ? "" : ">" + row[2]), (Long) row[3],
                        Long::sum);
            }
            return new int[setter.getBatchSize()];
        }
    }

    @Test
    void eachProposalCountsOncePerStageEnteredAndOncePerLaterMove() {
        Captured jdbc = new Captured();
        KeyedRows cases = new KeyedRows(jdbc, "stage_case", "proposal_id", List.of("entered_stages", "converted"),
                List.of());
        KeyedRows.Row p = cases.insert("p").set("entered_stages", 0).set("converted", "");
        KeyedRows.Row q = cases.insert("q").set("entered_stages", 0).set("converted", "");
        StageFigures figures = new StageFigures();
        for (ProposalStage stage : List.of(SUBMITTED, SCREENING, RETURNED_FOR_REVISION, SUBMITTED, SCREENING,
                ELIGIBILITY)) {
            figures.enter(p, stage);
        }
        figures.enter(q, ProposalStage.DRAFT);
        figures.enter(q, SUBMITTED);
        figures.enter(q, SCREENING);
        figures.flush(jdbc);
        // a later batch reads the case back as stored and goes on counting from there
        figures.enter(q, ELIGIBILITY);
        figures.enter(p, BOARD_REVIEW);
        figures.flush(jdbc);

        Map<String, Long> expected = new TreeMap<>();
        for (ProposalStage stage : List.of(SUBMITTED, SCREENING, RETURNED_FOR_REVISION, ELIGIBILITY)) {
            expected.put("ENTERED " + stage, 2L);
        }
        expected.put("ENTERED " + RETURNED_FOR_REVISION, 1L);
        expected.put("ENTERED " + BOARD_REVIEW, 1L);
        List<String> pPairs = new ArrayList<>(List.of("SUBMITTED>SCREENING", "SUBMITTED>RETURNED_FOR_REVISION",
                "SCREENING>RETURNED_FOR_REVISION", "RETURNED_FOR_REVISION>SUBMITTED", "SCREENING>SUBMITTED",
                "RETURNED_FOR_REVISION>SCREENING", "SUBMITTED>ELIGIBILITY", "SCREENING>ELIGIBILITY",
                "RETURNED_FOR_REVISION>ELIGIBILITY", "SUBMITTED>BOARD_REVIEW", "SCREENING>BOARD_REVIEW",
                "RETURNED_FOR_REVISION>BOARD_REVIEW", "ELIGIBILITY>BOARD_REVIEW"));
        pPairs.forEach(pair -> expected.merge("CONVERTED " + pair, 1L, Long::sum));
        List.of("SUBMITTED>SCREENING", "SUBMITTED>ELIGIBILITY", "SCREENING>ELIGIBILITY")
                .forEach(pair -> expected.merge("CONVERTED " + pair, 1L, Long::sum));
        assertThat(jdbc.figures).isEqualTo(expected);
    }

    @Test
    void sortedLongsMergeBatchesInAndOutAndCountBelowABound() {
        SortedLongs values = new SortedLongs();
        values.addAll(new long[] {5, 1, 9, 5});
        values.addAll(new long[] {3, 7});
        values.removeAll(new long[] {5, 9});
        assertThat(List.of(values.get(0), values.get(1), values.get(2), values.get(3))).containsExactly(1L, 3L, 5L, 7L);
        assertThat(values.size()).isEqualTo(4);
        assertThat(values.countBelow(5)).isEqualTo(2);
        assertThat(values.countBelow(0)).isZero();
        assertThat(values.countBelow(100)).isEqualTo(4);
        assertThatThrownBy(() -> values.removeAll(new long[] {4})).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void percentilesInterpolateAsPostgresPercentileContDoes() {
        double[] seconds = {10, 20, 30, 40};
        // percentile_cont(0.5) of 10, 20, 30, 40 = 25; percentile_cont(0.9) = 30 + 0.7 * 10 = 37
        assertThat(StageStayIndex.percentile(0.5, 4, i -> seconds[i])).isEqualTo(25.0);
        assertThat(StageStayIndex.percentile(0.9, 4, i -> seconds[i])).isCloseTo(37.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(StageStayIndex.percentile(0.9, 1, i -> seconds[i])).isEqualTo(10.0);
    }
}
