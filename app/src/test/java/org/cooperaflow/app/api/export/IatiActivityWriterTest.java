package org.cooperaflow.app.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.cooperaflow.domain.fund.api.Contributor;
import org.cooperaflow.domain.fund.api.ContributorType;
import org.cooperaflow.domain.proposal.api.Indicator;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.PartnerRole;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.domain.proposal.api.Proposer;
import org.cooperaflow.domain.proposal.api.ProposerType;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.projections.iati.IatiActivity;
import org.cooperaflow.projections.iati.IatiFundQuery;
import org.cooperaflow.projections.iati.IatiProjection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;

/** The activities and organisation documents, for every stage the export publishes, with and without each optional part. */
class IatiActivityWriterTest {

    static final IatiProperties PROPERTIES = new IatiProperties(new IatiProperties.ReportingOrg("XM-DAC-47079", "40",
            "Inter-American Agency for Cooperation and Development (IACD), Organization of American States"),
            "4", "10", "110", "C01", "5", "en");

    private static final LocalDate APPROVED = LocalDate.of(2026, 3, 10);

    @ParameterizedTest
    @EnumSource(value = ProposalStage.class, names = {"APPROVED", "FUNDED", "IN_EXECUTION", "FINAL_EVALUATION",
            "CLOSED", "SUSPENDED"})
    void everyStageWithEveryPartAndWithNoneIsValidAndListed(ProposalStage stage) {
        String xml = activities(full("p-full", stage, "Educación rural en Perú"), bare("p-bare", stage));
        IatiDocuments.assertValid(xml, "iati-activities-schema.xsd");
        Map<String, Integer> checked = IatiDocuments.assertCodesListed(xml);
        assertThat(checked).containsKeys("Sector", "UNSDG-Goals", "OrganisationRole", "Currency", "Country");
        assertThat(checked.get("Sector")).isEqualTo(1);
        Document doc = IatiDocuments.parse(xml);
        assertThat(IatiDocuments.values(doc, "//iati-activity/iati-identifier"))
                .containsExactly("XM-DAC-47079-p-full", "XM-DAC-47079-p-bare");
        assertThat(IatiDocuments.values(doc, "//iati-activity/activity-status/@code"))
                .containsOnly(IatiActivityWriter.status(full("x", stage, "t")));
        assertThat(IatiDocuments.values(doc, "/iati-activities/@version")).containsExactly("2.03");
        assertThat(IatiDocuments.values(doc, "//iati-activity[1]/participating-org/@role"))
                .containsExactly("1", "1", "2", "3", "4", "4", "4");
    }

    @Test
    void theStagesAreTheirActivityStatus() {
        assertThat(IatiActivityWriter.status(full("a", ProposalStage.APPROVED, "t"))).isEqualTo("1");
        assertThat(IatiActivityWriter.status(full("a", ProposalStage.FUNDED, "t"))).isEqualTo("1");
        assertThat(IatiActivityWriter.status(full("a", ProposalStage.IN_EXECUTION, "t"))).isEqualTo("2");
        assertThat(IatiActivityWriter.status(full("a", ProposalStage.FINAL_EVALUATION, "t"))).isEqualTo("3");
        assertThat(IatiActivityWriter.status(full("a", ProposalStage.CLOSED, "t"))).isEqualTo("4");
        assertThat(IatiActivityWriter.status(full("a", ProposalStage.SUSPENDED, "t"))).isEqualTo("6");
    }

    @Test
    void spanishAndPortugueseTitlesComeOutIntactWithTheirLanguage() {
        String xml = activities(full("es", ProposalStage.FUNDED, "Educación rural en Perú"),
                full("pt", ProposalStage.FUNDED, "Formação de técnicos em gestão hídrica"),
                full("en", ProposalStage.FUNDED, "Teacher training in digital skills"));
        IatiDocuments.assertValid(xml, "iati-activities-schema.xsd");
        Document doc = IatiDocuments.parse(xml);
        assertThat(IatiDocuments.values(doc, "//iati-activity/title/narrative")).containsExactly(
                "Educación rural en Perú", "Formação de técnicos em gestão hídrica", "Teacher training in digital skills");
        assertThat(IatiDocuments.values(doc, "//iati-activity/title/narrative/@*[local-name()='lang']"))
                .containsExactly("es", "pt", "en");
    }

    @Test
    void everyNarrativeOfTheProposalsTextIsInTheProposalsOneLanguage() {
        String xml = activities(
                written("co-1", "CO", "Climate-smart coffee farming extension",
                        "Extension agents from Colombia's coffee belt train growers in climate-smart practices.",
                        "Growers trained", "people"),
                written("co-2", "CO", "Youth employment through digital freelancing", null, "Young people employed",
                        "people"),
                written("co-3", "CO", "Bilingual teacher mentoring in La Guajira",
                        "Mentors from bilingual schools coach new teachers in La Guajira and Riohacha.",
                        "Teachers mentored", "people"),
                written("br-1", "BR", "Formação de técnicos em gestão hídrica",
                        "O Brasil compartilha a sua experiência com os comitês de bacia.", "Técnicos formados",
                        "pessoas"),
                written("pe-1", "US", "Educación rural en Perú", "Escuelas rurales con docentes capacitados.",
                        "Docentes capacitados", "personas"),
                written("ht-1", "CO", "Gestion intégrée des bassins versants",
                        "Le Mexique et la Colombie partagent leur expérience avec les communes haïtiennes.",
                        "Communes accompagnées", null));
        IatiDocuments.assertValid(xml, "iati-activities-schema.xsd");
        Document doc = IatiDocuments.parse(xml);
        Map<String, String> languages = Map.of("co-1", "en", "co-2", "en", "co-3", "en", "br-1", "pt", "pe-1", "es",
                "ht-1", "fr");
        languages.forEach((id, language) -> {
            String activity = "//iati-activity[iati-identifier='XM-DAC-47079-" + id + "']";
            for (String narrative : List.of("/title/narrative", "/description/narrative", "/result/title/narrative",
                    "/result/indicator/title/narrative")) {
                assertThat(IatiDocuments.values(doc, activity + narrative + "/@*[local-name()='lang']"))
                        .as(id + narrative).containsExactly(language);
            }
        });
        assertThat(IatiDocuments.values(doc, "//iati-activity[iati-identifier='XM-DAC-47079-br-1']"
                + "/result/indicator/title/narrative")).containsExactly("Técnicos formados (pessoas)");
    }

    @Test
    void recipientCountriesShareExactlyAHundredPercentAndBudgetsTheApprovedAmount() {
        assertThat(IatiActivityWriter.split(new BigDecimal("100.00"), 3, 1)).extracting(BigDecimal::toPlainString)
                .containsExactly("33.33", "33.33", "33.34");
        String xml = activities(full("p", ProposalStage.IN_EXECUTION, "Three states"));
        Document doc = IatiDocuments.parse(xml);
        assertThat(IatiDocuments.values(doc, "//recipient-country/@percentage").stream().map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
        assertThat(IatiDocuments.values(doc, "//recipient-country/@code")).containsExactly("JM", "HT", "PE");
        // 30 months: 12, 12 and 6 of 150,000.00
        assertThat(IatiDocuments.values(doc, "//budget/value")).containsExactly("60000.00", "60000.00", "30000.00");
        assertThat(IatiDocuments.values(doc, "//budget/period-start/@iso-date"))
                .containsExactly("2026-04-01", "2027-04-01", "2028-04-01");
        assertThat(IatiDocuments.values(doc, "//budget[last()]/period-end/@iso-date")).containsExactly("2028-09-30");
        assertThat(IatiDocuments.values(doc, "//transaction/transaction-type/@code")).containsExactly("2", "2", "3");
        assertThat(IatiDocuments.values(doc, "//indicator/period/actual/@value")).containsExactly("120", "400");
        assertThat(IatiDocuments.values(doc, "//indicator/period/target/@value")).containsExactly("400");
        assertThat(IatiDocuments.values(doc, "//indicator/baseline/@value")).containsExactly("0");
        assertThat(IatiDocuments.values(doc, "//activity-date/@type")).containsExactly("2", "3");
    }

    @Test
    void theOrganisationFileIsValidWithAndWithoutYears() {
        for (List<IatiFundQuery.FundYear> years : List.of(List.<IatiFundQuery.FundYear>of(),
                List.of(new IatiFundQuery.FundYear(2025, new BigDecimal("500000.00"), new BigDecimal("150000.00")),
                        new IatiFundQuery.FundYear(2026, new BigDecimal("0.00"), new BigDecimal("20000.00"))))) {
            StringWriter text = new StringWriter();
            write(text, out -> new IatiOrganisationWriter(PROPERTIES, out).write(years, Instant.now()));
            IatiDocuments.assertValid(text.toString(), "iati-organisations-schema.xsd");
            Document doc = IatiDocuments.parse(text.toString());
            assertThat(IatiDocuments.values(doc, "//total-budget/value")).hasSize(years.size());
            assertThat(IatiDocuments.values(doc, "//organisation-identifier")).containsExactly("XM-DAC-47079");
        }
    }

    static IatiActivity full(String id, ProposalStage stage, String title) {
        boolean started = stage != ProposalStage.APPROVED && stage != ProposalStage.FUNDED;
        boolean closed = stage == ProposalStage.CLOSED;
        List<IatiActivity.Transaction> transactions = new ArrayList<>(List.of(
                new IatiActivity.Transaction(IatiProjection.COMMITMENT, APPROVED.plusDays(5), Money.usd("100000.00"),
                        Contributor.ofMemberState("US")),
                new IatiActivity.Transaction(IatiProjection.COMMITMENT, APPROVED.plusDays(6), Money.usd("50000.00"),
                        Contributor.ofOrganisation(ContributorType.PHILANTHROPIC, "Fundación Andina"))));
        List<IatiActivity.AcceptedReport> reports = new ArrayList<>();
        if (started) {
            transactions.add(new IatiActivity.Transaction(IatiProjection.DISBURSEMENT, LocalDate.of(2026, 7, 5),
                    Money.usd("30000.00"), null));
            reports.add(new IatiActivity.AcceptedReport("2026-Q2", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 5),
                    Map.of("Teachers trained", new BigDecimal("120"))));
            reports.add(new IatiActivity.AcceptedReport("2026-Q3", LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 10, 3), Map.of("Teachers trained", new BigDecimal("400.000000"))));
        }
        return new IatiActivity(id, title, "Colombia shares its model with Jamaica, Haiti and Peru.",
                new Proposer(ProposerType.MEMBER_STATE, "JM", null), CidiPriority.EDUCATION, "acc-1", 30, stage,
                APPROVED, Money.usd("150000.00"), started ? LocalDate.of(2026, 4, 1) : null,
                closed ? LocalDate.of(2028, 10, 2) : null, Instant.parse("2026-10-03T10:15:30.123Z"),
                List.of(new Partner("CO", PartnerRole.PROVIDER), new Partner("JM", PartnerRole.BENEFICIARY),
                        new Partner("HT", PartnerRole.BENEFICIARY), new Partner("PE", PartnerRole.BENEFICIARY),
                        new Partner("MX", PartnerRole.FACILITATOR)),
                List.of(4, 9, 17), List.of(new Indicator("Teachers trained", "people", BigDecimal.ZERO,
                        new BigDecimal("400"))), transactions, reports);
    }

    /** An activity whose text is the given title, summary and indicator, proposed by the given state. */
    static IatiActivity written(String id, String state, String title, String summary, String indicator,
                                String unit) {
        IatiActivity a = full(id, ProposalStage.IN_EXECUTION, title);
        return new IatiActivity(id, title, summary, new Proposer(ProposerType.MEMBER_STATE, state, null),
                a.priority(), a.accountId(), a.durationMonths(), a.stage(), a.approvedOn(), a.approvedAmount(),
                a.startedOn(), a.closedOn(), a.updatedAt(), a.partners(), a.sdgs(),
                List.of(new Indicator(indicator, unit, BigDecimal.ZERO, new BigDecimal("400"))), a.transactions(),
                List.of());
    }

    static IatiActivity bare(String id, ProposalStage stage) {
        return new IatiActivity(id, "Título", null, new Proposer(ProposerType.PARTNER_INSTITUTION, "BR", null), null,
                null, null, stage, APPROVED, null, null, null, Instant.parse("2026-03-10T00:00:00Z"), List.of(),
                List.of(), List.of(new Indicator("Qualitative change", null, null, null)), List.of(), List.of());
    }

    private interface Document2 {
        void write(XMLStreamWriter out) throws Exception;
    }

    private static void write(StringWriter text, Document2 document) {
        try {
            XMLStreamWriter out = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            document.write(out);
            out.close();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String activities(IatiActivity... activities) {
        StringWriter text = new StringWriter();
        write(text, out -> {
            IatiXml xml = new IatiXml(out);
            xml.startDocument("iati-activities", Instant.now());
            IatiActivityWriter writer = new IatiActivityWriter(PROPERTIES, DacSectorMapping.load(), out);
            for (IatiActivity activity : activities) {
                writer.write(activity);
            }
            xml.endDocument();
        });
        return text.toString();
    }
}
