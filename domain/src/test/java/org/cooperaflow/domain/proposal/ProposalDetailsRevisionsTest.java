package org.cooperaflow.domain.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperaflow.domain.proposal.ProposalFixtures.ID;
import static org.cooperaflow.domain.proposal.ProposalFixtures.details;
import static org.cooperaflow.domain.proposal.ProposalFixtures.officerOf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.PartnerRole;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalDraftUpdatedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalEvent;
import org.cooperaflow.domain.proposal.api.ProposalResubmittedEvent;
import org.cooperaflow.domain.proposal.api.ProposalScreenedEvent;
import org.cooperaflow.domain.proposal.api.ProposalScreeningBegunEvent;
import org.cooperaflow.domain.proposal.api.ProposalSubmittedEvent;
import org.cooperaflow.domain.proposal.api.ScreeningOutcome;
import org.cooperaflow.domain.proposal.api.SubmitProposalCommand;
import org.cooperaflow.domain.proposal.api.UpdateProposalDraftCommand;
import org.cooperaflow.domain.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * The one fold of a proposal's details ({@link ProposalDetailsRevisions}), which the aggregate, the process steps'
 * facts and the case readers use: the draft sets them, each update replaces them whole, no other event touches them,
 * and a new event type that carries details fails here until the fold has a rule for it.
 */
class ProposalDetailsRevisionsTest {

    private static final ProposalDetails WITH_A_NEW_PARTNER = revised("Teacher training in digital skills",
            List.of(new Partner("CO", PartnerRole.PROVIDER), new Partner("JM", PartnerRole.BENEFICIARY),
                    new Partner("BR", PartnerRole.PROVIDER)), Money.usd("150000.00"));
    private static final ProposalDetails RETITLED_AND_SMALLER = revised("Digital skills for rural teachers",
            List.of(new Partner("CO", PartnerRole.PROVIDER)), Money.usd("90000.00"));

    @Test
    void theDraftSetsTheDetails() {
        assertThat(ProposalDetailsRevisions.detailsAfter(new ProposalDraftedEvent(ID, details())))
                .contains(details());
    }

    @Test
    void anUpdateOfTheDraftReplacesTheDetailsWhole() {
        assertThat(ProposalDetailsRevisions.detailsAfter(new ProposalDraftUpdatedEvent(ID, RETITLED_AND_SMALLER)))
                .contains(RETITLED_AND_SMALLER);
        assertThat(fold(new ProposalDraftedEvent(ID, details()),
                new ProposalDraftUpdatedEvent(ID, WITH_A_NEW_PARTNER)).partners())
                .extracting(Partner::memberState).containsExactly("CO", "JM", "BR");
    }

    @Test
    void theLatestRevisionStandsThroughTheEventsThatDoNotChangeTheDetails() {
        assertThat(fold(new ProposalDraftedEvent(ID, details()),
                new ProposalDraftUpdatedEvent(ID, WITH_A_NEW_PARTNER),
                new ProposalSubmittedEvent(ID, "JM", "Teacher training in digital skills"),
                new ProposalScreeningBegunEvent(ID, 1),
                new ProposalScreenedEvent(ID, ScreeningOutcome.INCOMPLETE),
                new ProposalDraftUpdatedEvent(ID, RETITLED_AND_SMALLER),
                new ProposalResubmittedEvent(ID)))
                .isEqualTo(RETITLED_AND_SMALLER);
    }

    @Test
    void onlyTheDraftAndItsUpdatesReviseTheDetails() {
        List<Class<?>> types = eventTypes(ProposalEvent.class);
        assertThat(types).hasSizeGreaterThan(20)
                .filteredOn(ProposalDetailsRevisions::mayRevise)
                .containsExactlyInAnyOrder(ProposalDraftedEvent.class, ProposalDraftUpdatedEvent.class);
        assertThat(types).filteredOn(type -> Arrays.stream(type.getRecordComponents())
                        .anyMatch(component -> component.getType() == ProposalDetails.class))
                .as("every event type that carries details has a rule in the fold")
                .allSatisfy(type -> assertThat(ProposalDetailsRevisions.mayRevise(type)).isTrue());
    }

    @Test
    void theProposalDecidesOnItsLatestRevision() {
        FixtureConfiguration<ProjectProposal> fixture = new AggregateTestFixture<>(ProjectProposal.class);
        fixture.given(new ProposalDraftedEvent(ID, details()), new ProposalDraftUpdatedEvent(ID, WITH_A_NEW_PARTNER))
                .andGivenCommands(new UpdateProposalDraftCommand(ID, RETITLED_AND_SMALLER))
                .when(new SubmitProposalCommand(ID), officerOf("JM"))
                .expectEvents(new ProposalSubmittedEvent(ID, "JM", RETITLED_AND_SMALLER.title()))
                .expectState(proposal -> assertThat(proposal.details()).isEqualTo(RETITLED_AND_SMALLER));
    }

    private static ProposalDetails fold(ProposalEvent... events) {
        ProposalDetails details = null;
        for (ProposalEvent event : events) {
            details = ProposalDetailsRevisions.detailsAfter(event).orElse(details);
        }
        return details;
    }

    private static ProposalDetails revised(String title, List<Partner> partners, Money requested) {
        ProposalDetails d = details();
        return new ProposalDetails(title, d.summary(), d.proposer(), partners, d.modality(), d.measures(), d.sdgs(),
                d.priority(), requested, d.coFinancing(), d.durationMonths(), d.accountId(),
                d.cooperationRequestIds(), d.indicators());
    }

    /** The concrete event types of a sealed interface, however deep its permitted subtypes go. */
    private static List<Class<?>> eventTypes(Class<?> sealed) {
        List<Class<?>> types = new ArrayList<>();
        for (Class<?> permitted : sealed.getPermittedSubclasses()) {
            if (permitted.isSealed()) {
                types.addAll(eventTypes(permitted));
            } else {
                types.add(permitted);
            }
        }
        return types;
    }
}
