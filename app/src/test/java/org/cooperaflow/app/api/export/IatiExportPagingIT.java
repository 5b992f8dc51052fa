package org.cooperaflow.app.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.cooperaflow.app.readmodels.SyntheticCases;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.domain.proposal.ProposalStageTransitions;
import org.cooperaflow.domain.proposal.api.FinalEvaluationCompletedEvent;
import org.cooperaflow.domain.proposal.api.FundsAllocatedToProposalEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportAcceptedEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportSubmittedEvent;
import org.cooperaflow.domain.proposal.api.ProjectStartedEvent;
import org.cooperaflow.domain.proposal.api.ProposalApprovedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDraftUpdatedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalEvent;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.projections.iati.IatiActivityQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;

/**
 * The export read a page at a time (100 activities a page) over more than one page: every published proposal once,
 * in id order, with the disbursements its accepted reports declared and the time of the latest event that changed it
 * (its details, approval, dates, allocations, reports and their acceptance, stage) as its last update. What is
 * expected comes from the event store.
 */
class IatiExportPagingIT extends IntegrationTest {

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    TokenStore tokenStore;

    @Test
    void moreThanOnePageOfActivitiesIsExportedWholeOnceEachInOrder() {
        SyntheticCases cases = new SyntheticCases(2603, Instant.now()).generate(1, 12, 400, 0);
        cases.appendTo(storageEngine, eventProcessing, tokenStore, jdbc);
        SyntheticCases.awaitAllProcessed(eventProcessing, jdbc);
        String account = cases.accountIds().get(0);

        Map<String, List<String>> expected = new HashMap<>();
        Map<String, String> updated = new HashMap<>();
        for (String id : cases.proposalIds()) {
            Published published = published(id);
            if (published != null && account.equals(published.account)) {
                expected.put(id, published.disbursements);
                updated.put(id, IatiXml.dateTime(published.updated));
            }
        }
        List<String> ids = expected.keySet().stream().sorted().toList();
        assertThat(ids).as("published proposals of the account").hasSizeGreaterThan(100);
        assertThat(expected.values().stream().mapToInt(List::size).sum()).as("disbursements").isPositive();

        ApiClient.Response export = anonymous().get("/api/export/iati?account=" + account);
        assertThat(export.status()).as(export.text()).isEqualTo(200);
        IatiDocuments.assertValid(export.text(), "iati-activities-schema.xsd");
        Document doc = IatiDocuments.parse(export.text());
        assertThat(IatiDocuments.values(doc, "//iati-identifier"))
                .containsExactlyElementsOf(ids.stream().map(id -> "XM-DAC-47079-" + id).toList());
        for (String id : ids) {
            String activity = "//iati-activity[iati-identifier='XM-DAC-47079-" + id + "']";
            assertThat(IatiDocuments.values(doc, activity + "/transaction[transaction-type/@code='3']/value"))
                    .as(id).containsExactlyElementsOf(expected.get(id));
        }
        // the latest event of an activity in execution is most often an allocation or a report, not a change of stage
        long lateReports = ids.stream().filter(id -> !updated.get(id).equals(IatiXml.dateTime(stageChanged(id))))
                .count();
        assertThat(lateReports).as("activities last changed by something else than their stage").isPositive();
        for (String id : ids) {
            assertThat(IatiDocuments.values(doc, "//iati-activity[iati-identifier='XM-DAC-47079-" + id
                    + "']/@last-updated-datetime")).as(id).containsExactly(updated.get(id));
        }
    }

    /** The proposal's account and disbursements, from its events, if it stands in a stage the export publishes. */
    private Published published(String id) {
        Published p = new Published();
        ProposalStage stage = null;
        boolean approved = false;
        Map<String, Money> spent = new HashMap<>();
        for (var it = storageEngine.readEvents(id); it.hasNext(); ) {
            var message = it.next();
            ProposalEvent event = (ProposalEvent) message.getPayload();
            if (CHANGING.contains(event.getClass()) || ProposalStageTransitions.stageAfter(event).isPresent()) {
                p.updated = message.getTimestamp();
            }
            if (event instanceof ProposalDraftedEvent drafted) {
                p.account = drafted.details().accountId();
            } else if (event instanceof ProposalDraftUpdatedEvent updated) {
                p.account = updated.details().accountId();
            } else if (event instanceof ProposalApprovedEvent) {
                approved = true;
            } else if (event instanceof ProgressReportSubmittedEvent report) {
                spent.put(report.period(), report.expenditure());
            } else if (event instanceof ProgressReportAcceptedEvent accepted) {
                Money money = spent.get(accepted.period());
                if (money != null && money.amount().signum() > 0) {
                    p.disbursements.add(money.amount().setScale(2).toPlainString());
                }
            }
            stage = ProposalStageTransitions.stageAfter(event).orElse(stage);
        }
        return approved && IatiActivityQuery.PUBLISHED.contains(stage) ? p : null;
    }

    /** The time of the proposal's latest change of stage. */
    private Instant stageChanged(String id) {
        Instant at = null;
        for (var it = storageEngine.readEvents(id); it.hasNext(); ) {
            var message = it.next();
            if (ProposalStageTransitions.stageAfter((ProposalEvent) message.getPayload()).isPresent()) {
                at = message.getTimestamp();
            }
        }
        return at;
    }

    /** The events that change what the export publishes of a proposal, besides those that change its stage. */
    private static final Set<Class<?>> CHANGING = Set.of(ProposalDraftedEvent.class, ProposalDraftUpdatedEvent.class,
            ProposalApprovedEvent.class, ProjectStartedEvent.class, FinalEvaluationCompletedEvent.class,
            FundsAllocatedToProposalEvent.class, ProgressReportSubmittedEvent.class, ProgressReportAcceptedEvent.class);

    private static final class Published {
        Instant updated;
        String account;
        final List<String> disbursements = new ArrayList<>();
    }
}
