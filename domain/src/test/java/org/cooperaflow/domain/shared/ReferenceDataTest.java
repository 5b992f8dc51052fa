package org.cooperaflow.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    @Test
    void permanentObserversAreNotMemberStates() {
        assertThat(PermanentObservers.all().keySet()).isNotEmpty()
                .noneMatch(MemberStates::isMemberState)
                .contains("ES", "FR", "DE", "IT", "JP", "KR", "CN");
    }

    @Test
    void recognisesPermanentObserversOnly() {
        assertThat(PermanentObservers.isPermanentObserver("ES")).isTrue();
        assertThat(PermanentObservers.isPermanentObserver("BR")).isFalse();
        assertThat(PermanentObservers.isPermanentObserver(null)).isFalse();
    }

    @Test
    void readsCommaSeparatedRoles() {
        assertThat(ActorRoles.has("board, board-chair", "board-chair")).isTrue();
        assertThat(ActorRoles.has("board-chair", "board")).isFalse();
        assertThat(ActorRoles.isOfficerOf("member-state", "JM", "JM")).isTrue();
        assertThat(ActorRoles.isOfficerOf("board", "JM", "JM")).isFalse();
    }

    @Test
    void eachCodedListMatchesItsVersionedResourceFile() {
        assertCodes("cidi-priorities", CidiPriority.class);
        assertCodes("modalities", Modality.class);
        assertCodes("contributor-types", org.cooperaflow.domain.fund.api.ContributorType.class);
        assertCodes("dac-criteria", DacCriterion.class);
        assertThat(ReferenceLabels.of("modalities").get("SOUTH_SOUTH").nameFr()).isEqualTo("Sud-Sud");
    }

    @Test
    void theReferenceListsHaveTheirOfficialSizes() {
        assertThat(MemberStates.all()).hasSize(35);
        assertThat(Sdgs.all()).hasSize(17);
        assertThat(ActionPlanMeasures.all()).extracting(ActionPlanMeasures.Measure::code)
                .containsExactly("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2",
                        "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3");
        assertThat(MemberStates.get("NI").participates()).isFalse();
        assertThat(MemberStates.get("CU").participates()).isFalse();
        assertThat(MemberStates.get("JM").participates()).isTrue();
    }

    private static <E extends Enum<E>> void assertCodes(String list, Class<E> codes) {
        assertThat(ReferenceLabels.of(list).keySet()).as(list)
                .containsExactly(java.util.Arrays.stream(codes.getEnumConstants()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void dacCriteriaAreTheSixOfTheOecd() {
        assertThat(DacCriterion.values()).extracting(Enum::name).containsExactly(
                "RELEVANCE", "COHERENCE", "EFFECTIVENESS", "EFFICIENCY", "IMPACT", "SUSTAINABILITY");
    }
}
