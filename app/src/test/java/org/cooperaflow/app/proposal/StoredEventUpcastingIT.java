package org.cooperaflow.app.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.junit.jupiter.api.Test;

/**
 * A proposal stored in the first shape (revision 0: amounts as bare USD decimals) is read by the
 * running application through the registered upcaster, and its aggregate accepts new commands.
 */
class StoredEventUpcastingIT extends IntegrationTest {

    @Test
    void aProposalDraftedInTheFirstShapeIsReadAndSubmittedToday() {
        String id = UUID.randomUUID().toString();
        String revisionZero = """
                {"proposalId": "%s",
                 "details": {"title": "Prototype proposal", "summary": "Drafted before Money existed",
                             "proposer": {"type": "MEMBER_STATE", "memberState": "JM", "name": null},
                             "partners": [{"memberState": "CO", "role": "PROVIDER"},
                                          {"memberState": "JM", "role": "BENEFICIARY"}],
                             "modality": "SOUTH_SOUTH", "measures": ["2.4"], "sdgs": [4],
                             "priority": "EDUCATION",
                             "requestedAmountUsd": "150000.00", "coFinancingUsd": "20000",
                             "durationMonths": 18, "accountId": null,
                             "cooperationRequestIds": [], "indicators": []}}""".formatted(id);
        String metaData = "{\"actor\":\"officer-jm\",\"actorRoles\":\"member-state\",\"actorMemberState\":\"JM\"}";
        jdbc.update("""
                INSERT INTO domainevententry (eventIdentifier, aggregateIdentifier, sequenceNumber, type, timeStamp,
                    payloadType, payloadRevision, payload, metaData)
                VALUES (?, ?, 0, 'ProjectProposal', '2025-03-01T10:00:00Z', ?, '0', ?, ?)""",
                UUID.randomUUID().toString(), id, ProposalDraftedEvent.class.getName(),
                revisionZero.getBytes(StandardCharsets.UTF_8), metaData.getBytes(StandardCharsets.UTF_8));

        ApiClient officer = as("officer-jm");
        ApiClient.Response read = officer.get("/api/proposals/" + id);
        assertThat(read.status()).as(read.text()).isEqualTo(200);
        assertThat(read.json().get("requestedAmount").get("amount").asText()).isEqualTo("150000.00");
        assertThat(read.json().get("requestedAmount").get("currency").asText()).isEqualTo("USD");
        assertThat(read.json().get("coFinancing").get("amount").asText()).isEqualTo("20000.00");

        ApiClient.Response submitted = officer.post("/api/proposals/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(submitted.json().get("stage").asText()).isEqualTo("SUBMITTED");
    }
}
