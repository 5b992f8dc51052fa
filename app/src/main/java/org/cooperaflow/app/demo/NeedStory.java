package org.cooperaflow.app.demo;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cooperaflow.domain.request.api.CooperationRequestDetails;
import org.cooperaflow.domain.request.api.CooperationRequestStage;
import org.cooperaflow.domain.request.api.DraftCooperationRequestCommand;
import org.cooperaflow.domain.request.api.RequestRejectionReason;
import org.cooperaflow.domain.request.api.SubmitCooperationRequestCommand;
import org.cooperaflow.domain.request.api.WithdrawCooperationRequestCommand;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.workflows.request.CooperationRequestProcess;

/**
 * One member state's cooperation need: its officer files and submits it, the secretariat diagnoses
 * it (publishes it in the catalog or rejects it), and the officer may withdraw it.
 */
final class NeedStory {

    private final DemoScript script;
    private final String id = UUID.randomUUID().toString();
    private final String officer;
    private final String memberState;
    private final String title;
    private String description;
    private CidiPriority priority;
    private List<Integer> sdgs = List.of();
    private String nationalPlan;
    private Modality modality;
    private String budgetUsd;
    private Instant at;
    private Instant publishedAt;
    private Instant withdrawnAt;
    private CooperationRequestStage stage;

    NeedStory(DemoScript script, String officer, String memberState, String title) {
        this.script = script;
        this.officer = officer;
        this.memberState = memberState;
        this.title = title;
    }

    String id() {
        return id;
    }

    String title() {
        return title;
    }

    /** The stage the scenario leaves the need in. */
    CooperationRequestStage stage() {
        return stage;
    }

    /** Whether the need is in the public catalog at that moment, where a proposal may pick it. */
    boolean inCatalogAt(Instant moment) {
        return publishedAt != null && publishedAt.isBefore(moment)
                && (withdrawnAt == null || withdrawnAt.isAfter(moment));
    }

    NeedStory says(String text) {
        description = text;
        return this;
    }

    NeedStory priority(CidiPriority value, Integer... goals) {
        priority = value;
        sdgs = Arrays.asList(goals);
        return this;
    }

    NeedStory plan(String nationalPlanReference, Modality wanted, String estimatedBudgetUsd) {
        nationalPlan = nationalPlanReference;
        modality = wanted;
        budgetUsd = estimatedBudgetUsd;
        return this;
    }

    NeedStory drafted(int daysAgo) {
        at = script.daysAgo(daysAgo);
        stage = CooperationRequestStage.DRAFT;
        DraftCooperationRequestCommand draft = new DraftCooperationRequestCommand(id, new CooperationRequestDetails(
                memberState, title, description, priority, sdgs, nationalPlan, modality,
                budgetUsd == null ? null : Money.usd(budgetUsd)));
        script.add(at, officer + " drafts the need " + title, demo -> demo.send(officer, draft));
        return this;
    }

    /** Submitted: the request process opens its diagnosis for the secretariat. */
    NeedStory submitted(double days) {
        at = script.after(at, days);
        stage = CooperationRequestStage.UNDER_DIAGNOSIS;
        script.add(at, officer + " submits the need " + title,
                demo -> demo.send(officer, new SubmitCooperationRequestCommand(id)));
        return this;
    }

    NeedStory published(double days) {
        at = script.after(at, days);
        stage = CooperationRequestStage.PUBLISHED;
        publishedAt = at;
        script.add(at, "secretariat publishes the need " + title, demo -> demo.complete(DemoAgency.SECRETARIAT, id,
                CooperationRequestProcess.Elements.TASK_DIAGNOSE_NEED, CooperationRequestProcess.Outcomes.PUBLISH,
                script.comment(List.of("Aligned with the national plan; published in the catalog",
                        "Clear need, realistic budget", "Diagnosed with the national cooperation agency")),
                Map.of()));
        return this;
    }

    NeedStory rejected(double days, RequestRejectionReason reason, String comment) {
        at = script.after(at, days);
        stage = CooperationRequestStage.REJECTED;
        script.add(at, "secretariat rejects the need " + title, demo -> demo.complete(DemoAgency.SECRETARIAT, id,
                CooperationRequestProcess.Elements.TASK_DIAGNOSE_NEED, CooperationRequestProcess.Outcomes.REJECT,
                comment, Map.of("reason", reason.name())));
        return this;
    }

    NeedStory withdrawn(double days) {
        at = script.after(at, days);
        stage = CooperationRequestStage.WITHDRAWN;
        withdrawnAt = at;
        script.add(at, officer + " withdraws the need " + title,
                demo -> demo.send(officer, new WithdrawCooperationRequestCommand(id)));
        return this;
    }

    /** An approved proposal that links the need marks it addressed. */
    void addressed() {
        stage = CooperationRequestStage.ADDRESSED;
    }
}
