package org.cooperaflow.projections.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageDashboardQueryTest {

    @Test
    void sharesAndDaysAreExactDecimals() {
        assertThat(StageDashboardQuery.share(1, 3)).isEqualByComparingTo(new BigDecimal("0.3333"));
        assertThat(StageDashboardQuery.share(2, 3)).isEqualByComparingTo(new BigDecimal("0.6667"));
        assertThat(StageDashboardQuery.share(1, 0)).isNull();
        assertThat(StageDashboardQuery.days(86_400 * 1.5)).isEqualByComparingTo(new BigDecimal("1.500"));
    }

    @Test
    void filtersBecomeParametersNotText() {
        List<Object> args = new ArrayList<>();
        String sql = StageDashboardQuery.casesSql(new StageDashboardFilter("JM", "2.4", 4, "acc'1", "EDUCATION"), args);
        assertThat(args).containsExactly("JM", "EDUCATION", "acc'1", "2.4", 4);
        assertThat(sql).doesNotContain("acc'1").contains("stage <> 'DRAFT'");
        List<Object> none = new ArrayList<>();
        StageDashboardQuery.casesSql(StageDashboardFilter.none(), none);
        assertThat(none).isEmpty();
    }
}
