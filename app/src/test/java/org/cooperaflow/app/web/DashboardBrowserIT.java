package org.cooperaflow.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cooperaflow.app.support.DemoAgencyBrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The managers' dashboard on the demo agency: every chart drawn with the agency's figures, the filters changing them,
 * the overdue list leading to the dossiers, the tables as CSV, and the page closed to a member state's officer.
 */
class DashboardBrowserIT extends DemoAgencyBrowserTest {

    private static final List<String> CHARTS = List.of("pipeline", "funnel", "timeInStage", "fundingAccounts",
            "fundingContributors");

    @Test
    void aManagerSeesEveryChartDrawnWithTheAgencysFiguresAndTheSameFiguresInItsTable() {
        signIn("manager");
        browser.findElement(By.cssSelector(".main-nav a[href='/dashboard']")).click();
        waitFor(By.cssSelector("[data-test=dashboard-body]"));
        assertThat(text(By.tagName("h1"))).isEqualTo("Dashboard");
        waitUntil(b -> chartSums("pipeline") != null);

        for (String chart : CHARTS) {
            List<Double> sums = chartSums(chart);
            assertThat(sums).as(chart + ": its datasets' sums").isNotEmpty();
            assertThat(sums.get(0)).as(chart + ": the first dataset's figures add up to more than nothing").isPositive();
        }
        // the pipeline's bars are the table's counts, stage by stage
        List<Double> pipeline = chartData("pipeline");
        List<String> counts = all(By.cssSelector("[data-test=pipeline-table] tbody tr td:nth-of-type(1)")).stream()
                .map(WebElement::getText).toList();
        assertThat(pipeline.stream().map(d -> String.valueOf(d.longValue())).toList()).isEqualTo(counts);
        // the funnel starts with every submitted proposal and never widens
        List<Double> funnel = chartData("funnel");
        assertThat(funnel.get(0)).isPositive();
        for (int i = 1; i < funnel.size(); i++) {
            assertThat(funnel.get(i)).as("funnel step " + i).isLessThanOrEqualTo(funnel.get(0));
        }
        // a year of the alignment report has proposals (the demo agency's two years reach into this one or the last)
        Select year = new Select(browser.findElement(By.id("filter-year")));
        double alignment = 0;
        for (int i = 0; i < 2 && alignment == 0; i++) {
            String before = text(By.cssSelector("[data-test=alignment-summary]"));
            year.selectByIndex(i);
            if (i > 0) {
                waitUntil(b -> !text(By.cssSelector("[data-test=alignment-summary]")).equals(before));
            }
            waitUntil(b -> chartSums("alignmentPriority") != null);
            alignment = chartSums("alignmentPriority").get(0);
            year = new Select(browser.findElement(By.id("filter-year")));
        }
        assertThat(alignment).as("proposals counted by priority in this year or the last").isPositive();
        assertThat(chartSums("alignmentSdg").get(0)).isPositive();
        assertThat(all(By.cssSelector("[data-test=alignment-priority-table] tbody tr"))).isNotEmpty();
        checkPage("dashboard");
        // the filters with the first charts below them, for the README
        browser.manage().window().setSize(new Dimension(1280, 2300));
        try {
            screenshot("dashboard-overview");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1024));
        }
    }

    @Test
    void aMemberStateFilterChangesTheFiguresAndTheirCsv() {
        signIn("manager");
        open("/dashboard");
        waitUntil(b -> chartSums("pipeline") != null);
        List<Double> all = chartData("pipeline");
        String before = text(By.cssSelector("[data-test=dashboard-at]"));

        new Select(browser.findElement(By.id("filter-memberState"))).selectByValue("JM");
        waitUntil(b -> !text(By.cssSelector("[data-test=dashboard-at]")).equals(before));
        waitUntil(b -> chartSums("pipeline") != null);
        List<Double> jamaica = chartData("pipeline");
        assertThat(browser.getCurrentUrl()).as("the filter is in the address").contains("memberState=JM");
        assertThat(jamaica).as("Jamaica's proposals are some of them, not all").isNotEqualTo(all);
        assertThat(sum(jamaica)).isPositive().isLessThan(sum(all));

        // the stages' CSV has the filtered figures: its proposals column adds up to Jamaica's bars
        WebElement link = browser.findElement(By.cssSelector("[data-test=csv-stages]"));
        assertThat(link.getAttribute("href")).contains("memberState=JM");
        List<Object> csv = fetch(link.getAttribute("href"));
        assertThat(csv.get(0)).isEqualTo(200L);
        assertThat((String) csv.get(1)).startsWith("text/csv");
        String[] lines = ((String) csv.get(2)).split("\r\n");
        assertThat(lines[0]).isEqualTo("stage,proposals,deadline,overdue,current_stays,current_median_days,"
                + "current_p90_days,completed_stays,completed_median_days,completed_p90_days");
        assertThat(lines).hasSize(jamaica.size() + 1);
        assertThat(lines[1]).startsWith("SUBMITTED,");
        double csvTotal = 0;
        for (int i = 1; i < lines.length; i++) {
            csvTotal += Long.parseLong(lines[i].split(",")[1]);
        }
        assertThat(csvTotal).isEqualTo(sum(jamaica));

        // the funding table's CSV: one line per account, the fund's money in plain decimals
        List<Object> funding = fetch(browser.findElement(By.cssSelector("[data-test=csv-funding-accounts]"))
                .getAttribute("href"));
        String[] fundingLines = ((String) funding.get(2)).split("\r\n");
        assertThat(fundingLines[0]).startsWith("account_id,account,pledged_usd,received_usd");
        assertThat(fundingLines).hasSize(all(By.cssSelector("[data-test=funding-accounts-table] tbody tr")).size() + 1);
        assertThat(fundingLines[1]).containsPattern(",\\d+\\.\\d{2},");
    }

    @Test
    void theOverdueListLeadsToTheProposalsDossiers() {
        signIn("manager");
        open("/dashboard");
        int overdue = Integer.parseInt(waitFor(By.cssSelector("[data-test=overdue-count]")).getText().replaceAll("\\D", ""));
        List<WebElement> links = all(By.cssSelector("[data-test=overdue-link]"));
        assertThat(overdue).as("the demo agency has proposals past their stage's deadline").isPositive();
        assertThat(links).as("the longest waiting, at most a page of them").hasSize(Math.min(overdue, 25));

        List<Object> csv = fetch(browser.findElement(By.cssSelector("[data-test=csv-overdue]")).getAttribute("href"));
        String[] lines = ((String) csv.get(2)).split("\r\n");
        assertThat(lines[0]).isEqualTo("proposal_id,title,member_state,stage,since,deadline");
        assertThat(lines).as("every overdue proposal, one per line").hasSize(overdue + 1);

        WebElement first = links.get(0);
        String title = first.getText();
        first.click();
        assertThat(waitFor(By.cssSelector("[data-test=dossier-title]")).getText()).isEqualTo(title);
        assertThat(browser.getCurrentUrl()).contains("/proposals/");
    }

    @Test
    void aMemberStatesOfficerMayNotOpenTheDashboardNorItsCsvAndAnAdminMay() {
        signIn("officer-jm");
        assertThat(all(By.cssSelector(".main-nav a[href='/dashboard']"))).as("no dashboard in their navigation").isEmpty();
        open("/dashboard");
        assertThat(waitFor(By.cssSelector("[data-test=error-403]")).getText()).isEqualTo("You may not open this page");
        assertThat(fetch("/dashboard/csv/stages").get(0)).isEqualTo(403L);
        checkPage("dashboard-forbidden");

        signIn("admin");
        browser.findElement(By.cssSelector(".main-nav a[href='/dashboard']")).click();
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        assertThat(fetch("/dashboard/csv/stages").get(0)).as("an admin downloads the tables too").isEqualTo(200L);
    }

    /** The sums of the chart's datasets, as Chart.js holds them; null while the chart is not drawn. */
    @SuppressWarnings("unchecked")
    private List<Double> chartSums(String chart) {
        Object sums = ((JavascriptExecutor) browser).executeScript("""
                const canvas = document.getElementById('chart-canvas-' + arguments[0]);
                const chart = canvas && window.Chart ? Chart.getChart(canvas) : null;
                if (!chart) { return null; }
                return chart.data.datasets.map(d => d.data.reduce((a, b) => a + Number(b || 0), 0) + 0.0);
                """, chart);
        return sums == null ? null : ((List<Number>) sums).stream().map(Number::doubleValue).toList();
    }

    /** The first dataset's figures of the chart. */
    @SuppressWarnings("unchecked")
    private List<Double> chartData(String chart) {
        List<Number> data = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "return Chart.getChart(document.getElementById('chart-canvas-' + arguments[0])).data.datasets[0].data;",
                chart);
        return data.stream().map(Number::doubleValue).toList();
    }

    /** Status, content type and text of a GET the page makes with the user's session. */
    @SuppressWarnings("unchecked")
    private List<Object> fetch(String href) {
        return (List<Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                    .then(r => r.text().then(t => done([r.status, r.headers.get('content-type'), t])))
                    .catch(e => done([0, '', String(e)]));
                """, href);
    }

    private static double sum(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }
}
