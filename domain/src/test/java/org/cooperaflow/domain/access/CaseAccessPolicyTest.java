package org.cooperaflow.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who sees and acts on which case: the one table the API, the pages and the task list ask. */
class CaseAccessPolicyTest {

    private static final Requester OFFICER_JM = officer("officer-jm", "JM");
    private static final Requester OFFICER_CO = officer("officer-co", "CO");
    private static final Requester OFFICER_BR = officer("officer-br", "BR");
    private static final Requester BOARD1 = new Requester("board1", Set.of("board"), "JM");
    private static final Requester SECRETARIAT = new Requester("secretariat", Set.of("secretariat"), null);
    private static final Requester MANAGER = new Requester("manager", Set.of("manager"), null);
    private static final Requester AUDITOR = new Requester("auditor", Set.of("auditor"), null);
    private static final Requester FUND = new Requester("fund", Set.of("fund-manager"), null);
    private static final Requester ADMIN = new Requester("admin", Set.of("admin"), null);

    private static final CaseScope JM_DRAFT = CaseScope.proposal(true, "JM", Set.of("CO", "JM"));
    private static final CaseScope JM_SUBMITTED = CaseScope.proposal(false, "JM", Set.of("CO", "JM"));

    @Nested
    class Proposals {

        @Test
        void aDraftExistsOnlyForTheOfficersOfItsState() {
            assertThat(CaseAccessPolicy.maySee(OFFICER_JM, JM_DRAFT)).isTrue();
            for (Requester other : new Requester[] {OFFICER_CO, BOARD1, SECRETARIAT, MANAGER, AUDITOR, ADMIN}) {
                assertThat(CaseAccessPolicy.maySee(other, JM_DRAFT)).as(other.username()).isFalse();
            }
        }

        @Test
        void onceSubmittedEveryoneButOtherStatesOfficersSeesIt() {
            for (Requester reader : new Requester[] {OFFICER_JM, BOARD1, SECRETARIAT, MANAGER, AUDITOR, ADMIN, FUND}) {
                assertThat(CaseAccessPolicy.maySee(reader, JM_SUBMITTED)).as(reader.username()).isTrue();
            }
            assertThat(CaseAccessPolicy.maySee(OFFICER_BR, JM_SUBMITTED)).isFalse();
        }

        @Test
        void anOfficerOfAPartnerStateSeesTheSubmittedProposalButNotItsDraftNorActsForIt() {
            assertThat(CaseAccessPolicy.maySee(OFFICER_CO, JM_SUBMITTED)).isTrue();
            assertThat(CaseAccessPolicy.maySee(OFFICER_CO, JM_DRAFT)).isFalse();
            assertThat(CaseAccessPolicy.mayActAsOwner(OFFICER_CO, JM_SUBMITTED)).isFalse();
        }

        @Test
        void onlyAnOfficerOfTheProposingStateActsForTheProposer() {
            assertThat(CaseAccessPolicy.mayActAsOwner(OFFICER_JM, JM_SUBMITTED)).isTrue();
            // a Board member of the proposing state is not its officer
            assertThat(CaseAccessPolicy.mayActAsOwner(BOARD1, JM_SUBMITTED)).isFalse();
            assertThat(CaseAccessPolicy.mayActAsOwner(ADMIN, JM_SUBMITTED)).isFalse();
        }
    }

    @Nested
    class Needs {

        @Test
        void aDraftNeedExistsOnlyForItsStateAndASubmittedOneForAllButOtherStatesOfficers() {
            CaseScope draft = CaseScope.cooperationRequest(true, false, "JM");
            CaseScope submitted = CaseScope.cooperationRequest(false, false, "JM");
            assertThat(CaseAccessPolicy.maySee(OFFICER_JM, draft)).isTrue();
            assertThat(CaseAccessPolicy.maySee(SECRETARIAT, draft)).isFalse();
            assertThat(CaseAccessPolicy.maySee(SECRETARIAT, submitted)).isTrue();
            assertThat(CaseAccessPolicy.maySee(OFFICER_CO, submitted)).isFalse();
            assertThat(CaseAccessPolicy.mayFileFor(OFFICER_JM, "JM")).isTrue();
            assertThat(CaseAccessPolicy.mayFileFor(OFFICER_JM, "CO")).isFalse();
            assertThat(CaseAccessPolicy.mayFileFor(SECRETARIAT, "JM")).isFalse();
        }

        @Test
        void aPublishedNeedIsReadByEveryoneAsTheCatalogShowsIt() {
            CaseScope published = CaseScope.cooperationRequest(false, true, "JM");
            assertThat(CaseAccessPolicy.maySee(OFFICER_CO, published)).isTrue();
            assertThat(CaseAccessPolicy.maySee(SECRETARIAT, published)).isTrue();
            assertThat(CaseAccessPolicy.mayActAsOwner(OFFICER_CO, published)).isFalse();
            assertThat(CaseAccessPolicy.mayActAsOwner(OFFICER_JM, published)).isTrue();
        }
    }

    @Nested
    class Offers {

        @Test
        void aStatesOfferIsItsOfficersCaseAsANeedIs() {
            CaseScope draft = CaseScope.offer(true, false, "CO");
            CaseScope submitted = CaseScope.offer(false, false, "CO");
            CaseScope published = CaseScope.offer(false, true, "CO");
            assertThat(CaseAccessPolicy.maySee(OFFICER_CO, draft)).isTrue();
            assertThat(CaseAccessPolicy.maySee(SECRETARIAT, draft)).isFalse();
            assertThat(CaseAccessPolicy.maySee(SECRETARIAT, submitted)).isTrue();
            assertThat(CaseAccessPolicy.maySee(OFFICER_JM, submitted)).isFalse();
            assertThat(CaseAccessPolicy.maySee(OFFICER_JM, published)).isTrue();
            assertThat(CaseAccessPolicy.mayActAsOwner(OFFICER_CO, published)).isTrue();
            assertThat(CaseAccessPolicy.mayActAsOwner(OFFICER_JM, published)).isFalse();
            assertThat(CaseAccessPolicy.mayActAsOwner(SECRETARIAT, published)).isFalse();
            assertThat(CaseAccessPolicy.mayOfferFor(OFFICER_CO, "CO")).isTrue();
            assertThat(CaseAccessPolicy.mayOfferFor(OFFICER_CO, "JM")).isFalse();
            assertThat(CaseAccessPolicy.mayOfferFor(SECRETARIAT, "CO")).isFalse();
        }

        @Test
        void aPermanentObserversOfferIsRecordedAndActedOnByTheSecretariat() {
            CaseScope draft = CaseScope.offer(true, false, null);
            assertThat(CaseAccessPolicy.mayOfferFor(SECRETARIAT, null)).isTrue();
            assertThat(CaseAccessPolicy.mayOfferFor(OFFICER_CO, null)).isFalse();
            assertThat(CaseAccessPolicy.maySee(SECRETARIAT, draft)).isTrue();
            assertThat(CaseAccessPolicy.maySee(OFFICER_CO, draft)).isFalse();
            assertThat(CaseAccessPolicy.mayActAsOwner(SECRETARIAT, draft)).isTrue();
            assertThat(CaseAccessPolicy.mayActAsOwner(MANAGER, draft)).isFalse();
        }
    }

    @Test
    void contributionsAreForThoseWhoReadTheFundsBooks() {
        CaseScope contribution = CaseScope.contribution();
        assertThat(Set.of(FUND, MANAGER, AUDITOR, ADMIN)).allMatch(r -> CaseAccessPolicy.maySee(r, contribution));
        assertThat(Set.of(OFFICER_JM, BOARD1, SECRETARIAT)).noneMatch(r -> CaseAccessPolicy.maySee(r, contribution));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "READ_DASHBOARDS, manager admin, auditor fund-manager secretariat board member-state",
            "READ_AUDIT, auditor admin, manager fund-manager secretariat board-chair member-state",
            "READ_FUNDS, fund-manager manager auditor admin, secretariat board member-state eligibility",
            "MANAGE_FUNDS, fund-manager, manager admin auditor secretariat",
            "OPERATE, admin, manager auditor fund-manager"})
    void eachCapabilityBelongsToItsRolesOnly(Capability capability, String holders, String others) {
        for (String role : holders.split(" ")) {
            assertThat(CaseAccessPolicy.may(new Requester("u", Set.of(role), null), capability)).as(role).isTrue();
        }
        for (String role : others.split(" ")) {
            assertThat(CaseAccessPolicy.may(new Requester("u", Set.of(role), null), capability)).as(role).isFalse();
        }
    }

    @Test
    void listsShowAnOfficerOnlyTheirOwnStateAndTheirOwnDrafts() {
        assertThat(CaseAccessPolicy.listScope(OFFICER_JM)).isEqualTo("JM");
        assertThat(CaseAccessPolicy.listScope(BOARD1)).isNull();
        assertThat(CaseAccessPolicy.draftsVisibleOf(OFFICER_JM)).isEqualTo("JM");
        assertThat(CaseAccessPolicy.draftsVisibleOf(MANAGER)).isNull();
    }

    private static Requester officer(String name, String state) {
        return new Requester(name, Set.of("member-state"), state);
    }
}
