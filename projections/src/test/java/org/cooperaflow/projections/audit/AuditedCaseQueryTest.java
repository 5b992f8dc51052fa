package org.cooperaflow.projections.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a case is called in the auditor's list, from its first event's payload. */
class AuditedCaseQueryTest {

    @Test
    void aProposalIsCalledByTheTitleOfItsDetails() {
        assertThat(AuditedCaseQuery.titleOf("{\"details\":{\"title\":\"Teacher training\"},\"title\":\"other\"}"))
                .isEqualTo("Teacher training");
    }

    @Test
    void aContributionWithoutANameIsCalledByItsContributorsState() {
        assertThat(AuditedCaseQuery.titleOf("{\"contributor\":{\"name\":\" \",\"memberState\":\"PT\"}}"))
                .isEqualTo("PT");
    }

    @Test
    void aPayloadThatIsNoLongerJsonHasNoTitle() {
        assertThat(AuditedCaseQuery.titleOf("{not json")).isEmpty();
        assertThat(AuditedCaseQuery.titleOf("{\"amount\":\"10.00\"}")).isEmpty();
    }
}
