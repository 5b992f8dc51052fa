package org.cooperaflow.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cooperaflow.app.support.DemoAgencyBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Anyone reads the demo agency's published needs without signing in and filters them; the other pages stay closed. */
class CatalogBrowserIT extends DemoAgencyBrowserTest {

    @Test
    void aVisitorReadsTheCatalogWithoutSigningInAndFiltersIt() {
        awaitProcessorsCaughtUp();
        long published = jdbc.queryForObject("SELECT count(*) FROM catalog_need WHERE stage IN ('PUBLISHED', 'ADDRESSED')",
                Long.class);
        // the state with the fewest published needs: filtering by it changes the rows
        Map<String, Object> fewest = jdbc.queryForMap("""
                SELECT member_state, count(*) AS n FROM catalog_need WHERE stage IN ('PUBLISHED', 'ADDRESSED')
                GROUP BY member_state ORDER BY count(*), member_state LIMIT 1""");
        String state = (String) fewest.get("member_state");
        long ofState = ((Number) fewest.get("n")).longValue();
        assertThat(ofState).as("the demo agency publishes needs of several states").isLessThan(published);

        open("/catalog");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Cooperation needs");
        assertThat(all(By.cssSelector("[data-test=user]"))).as("nobody is signed in").isEmpty();
        assertThat(text(By.cssSelector("[data-test=catalog-total]"))).isEqualTo(published + " published needs");
        List<String> before = rows();
        assertThat(before).isNotEmpty();
        checkPage("catalog");

        new Select(browser.findElement(By.id("filter-memberState"))).selectByValue(state);
        waitUntil(b -> !rows().equals(before));
        assertThat(text(By.cssSelector("[data-test=catalog-total]")))
                .isEqualTo(ofState == 1 ? "1 published need" : ofState + " published needs");
        assertThat(all(By.cssSelector("[data-test=catalog-need]"))).hasSize((int) Math.min(ofState, 20))
                .allSatisfy(row -> assertThat(row.getAttribute("data-member-state")).isEqualTo(state));
        assertThat(browser.getCurrentUrl()).contains("memberState=" + state);

        // a goal no published need of that state has: no row
        Integer absent = jdbc.queryForObject("""
                SELECT min(g) FROM generate_series(1, 17) g WHERE NOT EXISTS (SELECT 1 FROM catalog_need n
                JOIN catalog_need_sdg s ON s.request_id = n.request_id
                WHERE n.member_state = ? AND s.sdg = g AND n.stage IN ('PUBLISHED', 'ADDRESSED'))""", Integer.class, state);
        if (absent != null) {
            new Select(browser.findElement(By.id("filter-sdg"))).selectByValue(String.valueOf(absent));
            waitUntil(b -> rows().isEmpty());
            assertThat(text(By.cssSelector("[data-test=catalog-total]"))).isEqualTo("No published need matches");
        }

        // everything else still asks to sign in
        for (String path : List.of("/", "/funds", "/audit", "/proposals")) {
            open(path);
            assertThat(waitFor(By.id("username")).isDisplayed()).as(path).isTrue();
        }
    }

    private List<String> rows() {
        return all(By.cssSelector("[data-test=catalog-need]")).stream().map(WebElement::getText).toList();
    }
}
