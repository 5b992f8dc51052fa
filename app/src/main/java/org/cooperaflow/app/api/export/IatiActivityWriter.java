package org.cooperaflow.app.api.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamWriter;
import org.cooperaflow.domain.fund.api.Contributor;
import org.cooperaflow.domain.proposal.api.Indicator;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.PartnerRole;
import org.cooperaflow.domain.proposal.api.ProposerType;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.projections.iati.IatiActivity;
import org.cooperaflow.projections.iati.IatiProjection;

/**
 * Writes one {@code iati-activity} of IATI 2.03, its elements in the schema's order (ADR 0026): the proposal's
 * identity and text, who takes part, its status and dates, where and what, the defaults, the budget per year, the
 * commitments and disbursements, and the results.
 */
final class IatiActivityWriter {

    private final IatiProperties properties;
    private final DacSectorMapping sectors;
    private final IatiXml xml;

    IatiActivityWriter(IatiProperties properties, DacSectorMapping sectors, XMLStreamWriter out) {
        this.properties = properties;
        this.sectors = sectors;
        this.xml = new IatiXml(out);
    }

    void write(IatiActivity a) {
        xml.start("iati-activity");
        xml.attribute("last-updated-datetime", IatiXml.dateTime(a.updatedAt()));
        xml.attribute(XMLConstants.XML_NS_URI, "lang", properties.defaultLanguage());
        xml.attribute("default-currency", a.approvedAmount() == null ? Money.USD : a.approvedAmount().currency());
        xml.text("iati-identifier", identifier(a));
        xml.reportingOrg(properties.reportingOrg());
        String language = language(a);
        xml.start("title");
        xml.narrative(a.title(), language);
        xml.end();
        String summary = a.summary() == null || a.summary().isBlank() ? a.title() : a.summary();
        xml.start("description");
        xml.attribute("type", "1");
        xml.narrative(summary, language);
        xml.end();
        participatingOrgs(a);
        xml.empty("activity-status", "code", status(a));
        dates(a);
        recipientCountries(a);
        sectors.sector(a.priority()).ifPresent(code -> {
            xml.start("sector");
            xml.attribute("vocabulary", "1");
            xml.attribute("code", code);
            xml.narrative("CIDI priority " + a.priority().name() + " (mapping " + sectors.version() + ")", "en");
            xml.end();
        });
        for (Integer sdg : a.sdgs()) {
            xml.empty("tag", "vocabulary", "2", "code", String.valueOf(sdg));
        }
        xml.empty("collaboration-type", "code", properties.collaborationType());
        xml.empty("default-flow-type", "code", properties.flowType());
        xml.empty("default-finance-type", "code", properties.financeType());
        xml.empty("default-aid-type", "code", properties.aidType(), "vocabulary", "1");
        xml.empty("default-tied-status", "code", properties.tiedStatus());
        budgets(a);
        transactions(a);
        results(a, language);
        xml.end();
    }

    /** The one language of the proposal's text: its title, summary and indicators' names together. */
    private String language(IatiActivity a) {
        List<String> texts = new ArrayList<>();
        texts.add(a.summary());
        for (Indicator indicator : a.indicators()) {
            texts.add(indicator.name());
        }
        return NarrativeLanguage.of(a.title(), texts, a.proposer().memberState(), properties.defaultLanguage());
    }

    private String identifier(IatiActivity a) {
        return properties.reportingOrg().ref() + "-" + a.proposalId();
    }

    /** Funding: each contributor whose money was allocated; accountable and extending: the agency; implementing: the proposer and the providing and facilitating partners. */
    private void participatingOrgs(IatiActivity a) {
        Map<String, Contributor> funders = new LinkedHashMap<>();
        for (IatiActivity.Transaction t : a.transactions()) {
            if (t.funder() != null) {
                funders.putIfAbsent(IatiOrganisations.name(t.funder()), t.funder());
            }
        }
        funders.forEach((name, funder) -> xml.participatingOrg("1", IatiOrganisations.type(funder), null, name));
        IatiProperties.ReportingOrg agency = properties.reportingOrg();
        xml.participatingOrg("2", agency.type(), agency.ref(), agency.name());
        xml.participatingOrg("3", agency.type(), agency.ref(), agency.name());
        List<String> implementers = new ArrayList<>();
        if (a.proposer().type() == ProposerType.MEMBER_STATE) {
            implementers.add(a.proposer().memberState());
        } else {
            xml.participatingOrg("4", "90", null, a.proposer().name() == null
                    ? "Partner institution of " + IatiOrganisations.stateName(a.proposer().memberState())
                    : a.proposer().name());
        }
        for (Partner partner : a.partners()) {
            if (partner.role() != PartnerRole.BENEFICIARY && !implementers.contains(partner.memberState())) {
                implementers.add(partner.memberState());
            }
        }
        for (String implementer : implementers) {
            xml.participatingOrg("4", "10", null, "Government of " + IatiOrganisations.stateName(implementer));
        }
    }

    /** ActivityStatus: 1 pipeline until the project starts, 2 implementation, 3 finalisation, 4 closed, 6 suspended. */
    static String status(IatiActivity a) {
        return switch (a.stage()) {
            case IN_EXECUTION -> "2";
            case FINAL_EVALUATION -> "3";
            case CLOSED -> "4";
            case SUSPENDED -> "6";
            default -> "1";
        };
    }

    /** Only the dates known: the actual start, the planned end (start plus duration), the actual end. */
    private void dates(IatiActivity a) {
        LocalDate plannedStart = a.startedOn() == null ? a.approvedOn() : null;
        if (plannedStart != null) {
            xml.empty("activity-date", "type", "1", "iso-date", plannedStart.toString());
        }
        if (a.startedOn() != null) {
            xml.empty("activity-date", "type", "2", "iso-date", a.startedOn().toString());
        }
        LocalDate plannedEnd = plannedEnd(a);
        if (plannedEnd != null) {
            xml.empty("activity-date", "type", "3", "iso-date", plannedEnd.toString());
        }
        if (a.closedOn() != null) {
            xml.empty("activity-date", "type", "4", "iso-date", a.closedOn().toString());
        }
    }

    private static LocalDate start(IatiActivity a) {
        return a.startedOn() != null ? a.startedOn() : a.approvedOn();
    }

    private static LocalDate plannedEnd(IatiActivity a) {
        return a.durationMonths() == null ? null : start(a).plusMonths(a.durationMonths()).minusDays(1);
    }

    /** The beneficiary partners (or the proposer's state when none is named), 100 % split evenly, the remainder on the last. */
    private void recipientCountries(IatiActivity a) {
        List<String> countries = new ArrayList<>();
        for (Partner partner : a.partners()) {
            if (partner.role() == PartnerRole.BENEFICIARY && !countries.contains(partner.memberState())) {
                countries.add(partner.memberState());
            }
        }
        if (countries.isEmpty()) {
            countries.add(a.proposer().memberState());
        }
        List<BigDecimal> shares = split(new BigDecimal("100.00"), countries.size(), 1);
        for (int i = 0; i < countries.size(); i++) {
            xml.empty("recipient-country", "code", countries.get(i), "percentage", shares.get(i).toPlainString());
        }
    }

    /** The total in {@code parts} shares weighted by {@code weights} (or equal), to the cent, the remainder on the last. */
    static List<BigDecimal> split(BigDecimal total, int parts, int... weights) {
        int sum = 0;
        for (int i = 0; i < parts; i++) {
            sum += weight(weights, i);
        }
        List<BigDecimal> shares = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < parts - 1; i++) {
            BigDecimal share = total.multiply(BigDecimal.valueOf(weight(weights, i)))
                    .divide(BigDecimal.valueOf(sum), 2, RoundingMode.DOWN);
            shares.add(share);
            given = given.add(share);
        }
        shares.add(total.subtract(given).setScale(2, RoundingMode.UNNECESSARY));
        return shares;
    }

    private static int weight(int[] weights, int i) {
        return weights.length == 1 ? weights[0] : weights[i];
    }

    /** The approved amount over the project's duration, a budget per year from its (planned) start. */
    private void budgets(IatiActivity a) {
        if (a.approvedAmount() == null || a.durationMonths() == null || a.durationMonths() < 1) {
            return;
        }
        int months = a.durationMonths();
        int years = (months + 11) / 12;
        int[] monthsPerYear = new int[years];
        for (int y = 0; y < years; y++) {
            monthsPerYear[y] = Math.min(12, months - 12 * y);
        }
        List<BigDecimal> values = split(a.approvedAmount().amount(), years, monthsPerYear);
        LocalDate start = start(a);
        for (int y = 0; y < years; y++) {
            LocalDate from = start.plusMonths(12L * y);
            LocalDate to = start.plusMonths(12L * y + monthsPerYear[y]).minusDays(1);
            xml.start("budget");
            xml.attribute("type", "1");
            xml.attribute("status", a.startedOn() == null ? "1" : "2");
            xml.empty("period-start", "iso-date", from.toString());
            xml.empty("period-end", "iso-date", to.toString());
            xml.value(new Money(values.get(y), a.approvedAmount().currency()), from);
            xml.end();
        }
    }

    /** TransactionType 2 for an allocation, 3 (disbursement) for the expenditure of an accepted progress report. */
    private void transactions(IatiActivity a) {
        for (IatiActivity.Transaction t : a.transactions()) {
            boolean commitment = IatiProjection.COMMITMENT.equals(t.kind());
            xml.start("transaction");
            xml.empty("transaction-type", "code", commitment ? "2" : "3");
            xml.empty("transaction-date", "iso-date", t.date().toString());
            xml.value(t.amount(), t.date());
            if (commitment && t.funder() != null) {
                xml.start("provider-org");
                xml.attribute("type", IatiOrganisations.type(t.funder()));
                xml.narrative(IatiOrganisations.name(t.funder()), "en");
                xml.end();
            }
            xml.end();
        }
    }

    /** A result per indicator: its baseline, a period over the project with the target, and a period per accepted report with the value reached. */
    private void results(IatiActivity a, String language) {
        LocalDate start = start(a);
        LocalDate end = plannedEnd(a) == null ? start : plannedEnd(a);
        for (Indicator indicator : a.indicators()) {
            xml.start("result");
            xml.attribute("type", "9");
            xml.titled(indicator.name(), language);
            xml.start("indicator");
            xml.attribute("measure", "%".equals(indicator.unit()) ? "2" : "1");
            xml.titled(indicator.name() + (indicator.unit() == null ? "" : " (" + indicator.unit() + ")"),
                    language);
            if (indicator.baseline() != null) {
                xml.empty("baseline", "year", String.valueOf(start.getYear()), "iso-date", start.toString(),
                        "value", indicator.baseline().stripTrailingZeros().toPlainString());
            }
            if (indicator.target() != null) {
                period(start, end.isBefore(start) ? start : end, "target", indicator.target());
            }
            LocalDate from = start;
            for (IatiActivity.AcceptedReport report : a.reports()) {
                BigDecimal value = report.values().get(indicator.name());
                LocalDate to = report.submittedOn().isBefore(from) ? from : report.submittedOn();
                if (value != null) {
                    period(from, to, "actual", value);
                }
                from = to;
            }
            xml.end();
            xml.end();
        }
    }

    private void period(LocalDate from, LocalDate to, String kind, BigDecimal value) {
        xml.start("period");
        xml.empty("period-start", "iso-date", from.toString());
        xml.empty("period-end", "iso-date", to.toString());
        xml.empty(kind, "value", value.stripTrailingZeros().toPlainString());
        xml.end();
    }
}
