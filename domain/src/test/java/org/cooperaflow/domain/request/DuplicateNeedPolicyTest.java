package org.cooperaflow.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cooperaflow.domain.request.api.CooperationRequestDetails;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;
import org.junit.jupiter.api.Test;

class DuplicateNeedPolicyTest {

    private static CooperationRequestDetails need(String state, String title, CidiPriority priority, Integer... sdgs) {
        return new CooperationRequestDetails(state, title, "description", priority, List.of(sdgs),
                "Vision 2030", Modality.SOUTH_SOUTH, Money.usd("100000.00"));
    }

    private final CooperationRequestDetails teachers =
            need("JM", "Digital skills for primary school teachers", CidiPriority.EDUCATION, 4);

    @Test
    void theSameNeedFiledAgainByTheSameStateIsALikelyDuplicate() {
        assertThat(DuplicateNeedPolicy.isLikelyDuplicate(teachers,
                need("JM", "Digital skills for teachers in primary schools", CidiPriority.SOCIAL_DEVELOPMENT, 4, 8)))
                .isTrue();
    }

    @Test
    void anotherStateWithTheSamePriorityAndASimilarNeedIsALikelyDuplicate() {
        assertThat(DuplicateNeedPolicy.isLikelyDuplicate(teachers,
                need("TT", "Primary school teachers: digital skills", CidiPriority.EDUCATION, 4))).isTrue();
    }

    @Test
    void anotherStateWithAnotherPriorityIsNoDuplicate() {
        assertThat(DuplicateNeedPolicy.isLikelyDuplicate(teachers,
                need("TT", "Digital skills for primary school teachers", CidiPriority.CULTURE, 4))).isFalse();
    }

    @Test
    void noSharedSdgIsNoDuplicate() {
        assertThat(DuplicateNeedPolicy.isLikelyDuplicate(teachers,
                need("JM", "Digital skills for primary school teachers", CidiPriority.EDUCATION, 9))).isFalse();
    }

    @Test
    void aDifferentTitleIsNoDuplicate() {
        assertThat(DuplicateNeedPolicy.isLikelyDuplicate(teachers,
                need("JM", "Coastal flood early warning", CidiPriority.EDUCATION, 4))).isFalse();
    }

    @Test
    void titlesCompareWithoutCaseAccentsOrSmallWords() {
        assertThat(DuplicateNeedPolicy.titleSimilarity("Formation des enseignants", "FORMATION DES ENSEIGNANTS"))
                .isEqualTo(1.0);
        assertThat(DuplicateNeedPolicy.titleSimilarity("Educación rural", "educacion rural")).isEqualTo(1.0);
        assertThat(DuplicateNeedPolicy.titleSimilarity("", "Anything")).isZero();
    }
}
