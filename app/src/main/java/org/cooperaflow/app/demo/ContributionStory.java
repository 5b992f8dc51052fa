package org.cooperaflow.app.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.cooperaflow.domain.fund.api.ContributionKind;
import org.cooperaflow.domain.fund.api.Contributor;
import org.cooperaflow.domain.fund.api.ContributorType;
import org.cooperaflow.domain.fund.api.PledgeContributionCommand;
import org.cooperaflow.domain.fund.api.RecordReceiptCommand;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.workflows.contribution.ContributionProcess;

/**
 * One contribution to the fund as the fund manager records it: the pledge, then its receipts. The
 * first receipt completes the pledge's Confirm receipt task; a later instalment is recorded as
 * {@code POST /api/contributions/{id}/receipts} records it.
 */
final class ContributionStory {

    private final DemoScript script;
    private final String id = UUID.randomUUID().toString();
    private final String name;
    private Contributor contributor;
    private String accountId;
    private Modality modality = Modality.MULTILATERAL;
    private ContributionKind kind = ContributionKind.CASH;
    private String currency;
    private Instant at;
    private boolean received;

    ContributionStory(DemoScript script, String name) {
        this.script = script;
        this.name = name;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    ContributionStory fromMemberState(String memberState) {
        contributor = Contributor.ofMemberState(memberState);
        return this;
    }

    ContributionStory fromPermanentObserver(String country) {
        contributor = Contributor.ofPermanentObserver(country);
        return this;
    }

    ContributionStory from(ContributorType type, String organisation) {
        contributor = Contributor.ofOrganisation(type, organisation);
        return this;
    }

    /** Earmarked for the account; without it the contribution is unearmarked. */
    ContributionStory forAccount(DemoScript.Account account) {
        accountId = account.id();
        return this;
    }

    ContributionStory modality(Modality value) {
        modality = value;
        return this;
    }

    ContributionStory inKind() {
        kind = ContributionKind.IN_KIND;
        return this;
    }

    ContributionStory pledged(int daysAgo, String amount, String currency) {
        this.currency = currency;
        at = script.daysAgo(daysAgo);
        PledgeContributionCommand pledge = new PledgeContributionCommand(id, contributor, accountId, modality, kind,
                Money.of(amount, currency));
        script.add(at, "fund records the pledge " + name, demo -> demo.send(DemoAgency.FUND, pledge));
        return this;
    }

    /** The money arrives and the fund manager confirms the receipt on the pledge's task. */
    ContributionStory receiptConfirmed(double days, String amount, String usdRate) {
        if (received) {
            throw new IllegalStateException("Demo scenario: " + name + " has confirmed its first receipt already");
        }
        received = true;
        at = script.after(at, days);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("amount", DemoAgency.money(amount, currency));
        data.put("receivedOn", at.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        if (usdRate != null) {
            data.put("usdRate", usdRate);
        }
        script.add(at, "fund confirms the receipt of " + name, demo -> demo.complete(DemoAgency.FUND, id,
                ContributionProcess.Elements.TASK_CONFIRM_RECEIPT, ContributionProcess.Outcomes.CONFIRM,
                "Transfer credited to the fund's account", data));
        return this;
    }

    /** A later instalment, recorded against the pledge. */
    ContributionStory received(double days, String amount, String usdRate) {
        at = script.after(at, days);
        RecordReceiptCommand receipt = new RecordReceiptCommand(id, Money.of(amount, currency),
                at.atOffset(ZoneOffset.UTC).toLocalDate(), usdRate == null ? null : new BigDecimal(usdRate));
        script.add(at, "fund records an instalment of " + name, demo -> demo.send(DemoAgency.FUND, receipt));
        return this;
    }

    /** The receipt is late: the reminder to the fund manager falls due. */
    ContributionStory reminderFallsDue() {
        script.expectTimer(id, ContributionProcess.Elements.BOUNDARY_EVENT_RECEIPT_REMINDER);
        return this;
    }
}
