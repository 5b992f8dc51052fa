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
    void dacCriteriaAreTheSixOfTheOecd() {
        assertThat(DacCriterion.values()).extracting(Enum::name).containsExactly(
                "RELEVANCE", "COHERENCE", "EFFECTIVENESS", "EFFICIENCY", "IMPACT", "SUSTAINABILITY");
    }
}
