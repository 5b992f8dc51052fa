package org.cooperaflow.domain.proposal.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.cooperaflow.domain.proposal.api.ProposalDraftUpdatedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalSubmittedEvent;
import org.cooperaflow.domain.shared.Money;
import org.junit.jupiter.api.Test;

class ProposalDraftedEventUpcasterTest {

    /** A draft as the prototype stored it: amounts as bare USD decimals, no revision. */
    private static final String PROTOTYPE_DRAFT = """
            {"proposalId": "proposal-1",
             "details": {"title": "Teacher training", "summary": "Train 400 teachers",
                         "proposer": {"type": "MEMBER_STATE", "memberState": "JM", "name": null},
                         "partners": [{"memberState": "CO", "role": "PROVIDER"}],
                         "modality": "SOUTH_SOUTH", "measures": ["2.4"], "sdgs": [4],
                         "priority": "EDUCATION",
                         "requestedAmountUsd": "150000.00", "coFinancingUsd": "20000",
                         "durationMonths": 18, "accountId": null,
                         "cooperationRequestIds": [], "indicators": []}}""";

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules())
            .build();
    private final ProposalDraftedEventUpcaster upcaster = new ProposalDraftedEventUpcaster();

    private List<IntermediateEventRepresentation> upcast(String payloadType, String revision, String json) {
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>("ProjectProposal", "proposal-1", 0L,
                "event-1", Instant.parse("2025-03-01T10:00:00Z"), payloadType, revision, json, "{}");
        return upcaster.upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();
    }

    private Object deserialize(IntermediateEventRepresentation representation) {
        return serializer.deserialize(representation.getData());
    }

    @Test
    void readsPrototypeAmountsAsUsdMoneyOfRevisionOne() {
        List<IntermediateEventRepresentation> result = upcast(ProposalDraftedEvent.class.getName(), null, PROTOTYPE_DRAFT);

        assertThat(result).singleElement().satisfies(event -> {
            assertThat(event.getType().getRevision()).isEqualTo("1");
            ProposalDraftedEvent drafted = (ProposalDraftedEvent) deserialize(event);
            assertThat(drafted.proposalId()).isEqualTo("proposal-1");
            assertThat(drafted.details().requestedAmount()).isEqualTo(Money.usd("150000.00"));
            assertThat(drafted.details().coFinancing()).isEqualTo(Money.usd("20000.00"));
            assertThat(drafted.details().proposer().memberState()).isEqualTo("JM");
        });
    }

    @Test
    void upcastsRevisionZeroOfUpdatedDraftToo() {
        List<IntermediateEventRepresentation> result =
                upcast(ProposalDraftUpdatedEvent.class.getName(), "0", PROTOTYPE_DRAFT);

        ProposalDraftUpdatedEvent updated = (ProposalDraftUpdatedEvent) deserialize(result.get(0));
        assertThat(updated.details().requestedAmount()).isEqualTo(Money.usd("150000.00"));
    }

    @Test
    void leavesRevisionOneUntouched() {
        String current = PROTOTYPE_DRAFT
                .replace("\"requestedAmountUsd\": \"150000.00\"", "\"requestedAmount\": {\"amount\": 1.00, \"currency\": \"USD\"}")
                .replace("\"coFinancingUsd\": \"20000\"", "\"coFinancing\": null");
        List<IntermediateEventRepresentation> result = upcast(ProposalDraftedEvent.class.getName(), "1", current);

        ProposalDraftedEvent drafted = (ProposalDraftedEvent) deserialize(result.get(0));
        assertThat(drafted.details().requestedAmount()).isEqualTo(Money.usd("1.00"));
        assertThat(drafted.details().coFinancing()).isNull();
    }

    @Test
    void leavesOtherEventsUntouched() {
        String submitted = "{\"proposalId\": \"proposal-1\", \"proposerMemberState\": \"JM\", \"title\": \"T\"}";
        List<IntermediateEventRepresentation> result = upcast(ProposalSubmittedEvent.class.getName(), null, submitted);

        assertThat(result.get(0).getType().getRevision()).isNull();
    }
}
