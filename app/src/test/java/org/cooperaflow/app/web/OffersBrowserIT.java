package org.cooperaflow.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cooperaflow.app.api.Bodies;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.DemoAgencyBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The demo agency's published offers in the public catalog; Colombia's officer reads their offer with the needs it
 * answers; the secretariat sees the matching offers while diagnosing a need, and reviews a submitted offer.
 */
class OffersBrowserIT extends DemoAgencyBrowserTest {

    private static final String TEACHER_TRAINING = "Digital teacher training from Colombia";

    @Test
    void aVisitorReadsThePublishedOffersBesideTheNeeds() {
        awaitProcessorsCaughtUp();
        long published = jdbc.queryForObject("SELECT count(*) FROM offer_catalog WHERE stage = 'PUBLISHED'",
                Long.class);
        assertThat(published).as("the demo agency publishes offers").isGreaterThanOrEqualTo(3);
        open("/catalog");
        assertThat(text(By.cssSelector("[data-test=catalog-offers-total]"))).isEqualTo(published + " published offers");
        assertThat(rows("catalog-offer")).anySatisfy(row -> assertThat(row).contains(TEACHER_TRAINING, "Colombia"));
        checkPage("catalog-offers");
    }

    @Test
    void theOfferersPageShowsTheNeedsItAnswersAndTheSecretariatSeesMatchesWhileDiagnosing() {
        awaitProcessorsCaughtUp();
        String offer = jdbc.queryForObject("SELECT offer_id FROM offer_catalog WHERE title = ?", String.class,
                TEACHER_TRAINING);
        signIn("officer-co");
        open("/offers/" + offer);
        assertThat(waitFor(By.cssSelector("[data-test=offer-title]")).getText()).isEqualTo(TEACHER_TRAINING);
        assertThat(text(By.cssSelector("[data-test=offer-stage]"))).isEqualToIgnoringCase("Published");
        // the open needs of other states that share its priority or a goal, each with why
        assertThat(rows("match")).isNotEmpty().allSatisfy(row -> assertThat(row).contains("Jamaica", "(+"));
        checkPage("offer");

        // a new need of Jamaica's: the secretariat's diagnosis shows Colombia's offer, with its reasons
        ApiClient jamaica = as("officer-jm");
        String title = "Digital tools for primary teachers";
        String need = created(jamaica.post("/api/cooperation-requests", Bodies.cooperationRequest("JM", title)));
        ok(jamaica.post("/api/cooperation-requests/" + need + "/submit", null));
        signIn("secretariat");
        openTaskOf(title);
        assertThat(rows("match")).anySatisfy(row -> assertThat(row).contains(TEACHER_TRAINING, "Colombia",
                "Shared SDGs (+10): 4", "The modality the need wants (+15): SOUTH_SOUTH"));
        checkPage("diagnosis-matches");

        // Colombia submits another offer: the secretariat reviews it beside its details
        String another = "School library networks";
        String id = created(as("officer-co").post("/api/offers", Bodies.offer("CO", another)));
        ok(as("officer-co").post("/api/offers/" + id + "/submit", null));
        openTaskOf(another);
        assertThat(text(By.cssSelector("[data-test=case-title]"))).isEqualTo(another);
        assertThat(text(By.cssSelector("[data-test=offer-details]"))).contains("Colombia", "40 teacher trainers");
        checkPage("review-offer");
        assertThat(as("officer-co").get("/api/offers/" + id).json().get("stage").asText()).isEqualTo("SUBMITTED");
    }

    private List<String> rows(String test) {
        return all(By.cssSelector("[data-test=" + test + "]")).stream().map(WebElement::getText).toList();
    }
}
