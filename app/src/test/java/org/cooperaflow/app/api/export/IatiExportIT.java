package org.cooperaflow.app.api.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The public IATI export over HTTP: proposals taken to approval and funding, exported, filtered and checked. */
class IatiExportIT extends IntegrationTest {

    @Test
    void approvedAndFundedProposalsAreExportedValidFilteredAndPublic() throws Exception {
        String account = educationAccount("IATI window");
        String contribution = receivedContribution(account, "200000.00");
        Map<String, Object> body = new HashMap<>(proposalBody("JM", "Formação de técnicos em gestão hídrica"));
        body.put("accountId", account);
        String funded = approvedProposal(body);
        noContent(completeTask("fund", awaitTask("fund", funded, ProposalLifecycleProcess.Elements.TASK_ALLOCATE_FUNDS),
                "ALLOCATE", Map.of("allocations", List.of(Map.of("contributionId", contribution,
                        "amount", usd("150000.00"))))));
        awaitStage(funded, "FUNDED");
        String approved = approvedProposal(account, "Educación rural en Perú");
        String draft = created(as("officer-jm").post("/api/proposals", proposalBody("JM", "Not yet submitted")));
        awaitProcessorsCaughtUp();

        ApiClient.Response export = anonymous().get("/api/export/iati");
        assertThat(export.status()).as(export.text()).isEqualTo(200);
        String xml = export.text();
        IatiDocuments.assertValid(xml, "iati-activities-schema.xsd");
        IatiDocuments.assertCodesListed(xml);
        xmllint(xml, "iati-activities-schema.xsd");
        Document doc = IatiDocuments.parse(xml);
        List<String> ids = IatiDocuments.values(doc, "//iati-identifier");
        assertThat(ids).contains("XM-DAC-47079-" + funded, "XM-DAC-47079-" + approved)
                .doesNotContain("XM-DAC-47079-" + draft);
        String fundedActivity = "//iati-activity[iati-identifier='XM-DAC-47079-" + funded + "']";
        assertThat(IatiDocuments.values(doc, fundedActivity + "/title/narrative"))
                .containsExactly("Formação de técnicos em gestão hídrica");
        assertThat(IatiDocuments.values(doc, fundedActivity + "/title/narrative/@*[local-name()='lang']"))
                .containsExactly("pt");
        assertThat(IatiDocuments.values(doc, "//iati-activity[iati-identifier='XM-DAC-47079-" + approved
                + "']/title/narrative/@*[local-name()='lang']")).containsExactly("es");
        assertThat(IatiDocuments.values(doc, fundedActivity + "/transaction/value")).containsExactly("150000.00");
        assertThat(IatiDocuments.values(doc, fundedActivity + "/transaction/transaction-type/@code"))
                .containsExactly("2");
        assertThat(IatiDocuments.values(doc, fundedActivity + "/participating-org[@role='1']/narrative"))
                .containsExactly("Government of United States");
        assertThat(IatiDocuments.values(doc, fundedActivity + "/sector/@code")).containsExactly("11110");
        assertThat(IatiDocuments.values(doc, fundedActivity + "/tag/@code")).containsExactly("4", "9");

        assertThat(identifiers("/api/export/iati?memberState=JM")).contains("XM-DAC-47079-" + funded);
        assertThat(identifiers("/api/export/iati?memberState=CO")).contains("XM-DAC-47079-" + funded);
        // an account with no proposal: other tests' cases in the shared database cannot match it
        String emptyAccount = educationAccount("IATI export: an account without proposals");
        assertThat(anonymous().get("/api/export/iati?account=" + emptyAccount).status()).as("none matches")
                .isEqualTo(204);
        assertThat(identifiers("/api/export/iati?account=" + account))
                .containsExactlyInAnyOrder("XM-DAC-47079-" + funded, "XM-DAC-47079-" + approved);
        String today = LocalDate.now().toString();
        assertThat(identifiers("/api/export/iati?from=" + today + "&to=" + today)).contains("XM-DAC-47079-" + funded);
        assertThat(anonymous().get("/api/export/iati?to=2000-01-01").status()).as("none matches").isEqualTo(204);

        long events = totalEvents();
        for (String bad : List.of("memberState=XX", "from=yesterday", "to=2026-13-01", "from=2026-05-02&to=2026-05-01",
                "account=" + "x".repeat(65))) {
            ApiClient.Response refused = anonymous().get("/api/export/iati?" + bad);
            assertThat(refused.status()).as(bad + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as(bad).startsWith("application/problem+json");
        }
        assertThat(totalEvents()).isEqualTo(events);

        ApiClient.Response organisation = anonymous().get("/api/export/iati/organisation");
        assertThat(organisation.status()).as(organisation.text()).isEqualTo(200);
        IatiDocuments.assertValid(organisation.text(), "iati-organisations-schema.xsd");
        xmllint(organisation.text(), "iati-organisations-schema.xsd");
        Document fund = IatiDocuments.parse(organisation.text());
        int year = LocalDate.now().getYear();
        assertThat(IatiDocuments.values(fund, "//total-budget[period-start/@iso-date='" + year + "-01-01']/value"))
                .hasSize(1).allSatisfy(v -> assertThat(new java.math.BigDecimal(v)).isGreaterThanOrEqualTo(
                        new java.math.BigDecimal("200000.00")));
        assertThat(IatiDocuments.values(fund, "//total-expenditure[period-start/@iso-date='" + year + "-01-01']/value"))
                .hasSize(1).allSatisfy(v -> assertThat(new java.math.BigDecimal(v)).isGreaterThanOrEqualTo(
                        new java.math.BigDecimal("150000.00")));
    }

    private List<String> identifiers(String path) {
        ApiClient.Response response = anonymous().get(path);
        assertThat(response.status()).as(path + ": " + response.text()).isEqualTo(200);
        IatiDocuments.assertValid(response.text(), "iati-activities-schema.xsd");
        return IatiDocuments.values(IatiDocuments.parse(response.text()), "//iati-identifier");
    }

    /** Runs xmllint on the document: it must be installed (.ci/run installs libxml2-utils), and say it validates. */
    private static void xmllint(String xml, String schema) throws Exception {
        Path file = Files.createTempFile("iati", ".xml");
        try {
            Files.writeString(file, xml, StandardCharsets.UTF_8);
            Process lint = new ProcessBuilder("xmllint", "--noout", "--schema",
                    IatiDocuments.data().resolve(schema).toString(), file.toString()).redirectErrorStream(true).start();
            String said = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            await().atMost(Duration.ofSeconds(60)).until(() -> !lint.isAlive());
            assertThat(lint.exitValue()).as(said).isZero();
            assertThat(said).contains("validates");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
