package org.cooperaflow.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.cooperaflow.domain.request.api.CooperationRequestStage;
import org.junit.jupiter.api.Test;

class CooperationRequestStageTest {

    @Test
    void aNeedIsInTheCatalogOncePublishedAndStillOnceAddressed() {
        assertThat(Arrays.stream(CooperationRequestStage.values()).filter(CooperationRequestStage::inCatalog))
                .containsExactly(CooperationRequestStage.PUBLISHED, CooperationRequestStage.ADDRESSED);
        assertThat(CooperationRequestStage.catalogStages())
                .containsExactlyInAnyOrder(CooperationRequestStage.PUBLISHED, CooperationRequestStage.ADDRESSED);
    }
}
