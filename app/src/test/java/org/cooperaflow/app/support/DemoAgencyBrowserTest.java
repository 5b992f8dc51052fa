package org.cooperaflow.app.support;

import org.springframework.test.context.TestPropertySource;

/**
 * Base of the browser tests that read the demo agency (the managers', auditors' and fund manager's pages): the
 * application of {@link BrowserTest} with the demo data filled in at start, as the README's run command gives it.
 * Every such test extends this class unchanged, so they share one context and the agency is filled once per test
 * JVM; the tests that count events keep their own, empty database.
 */
@TestPropertySource(properties = {
        "cooperaflow.demo-data.enabled=true",
        // Camunda keeps its engines, and its webapps their set-up, in static registries that the other
        // tests' context uses too: an engine of another name, and no webapps (Cockpit, Tasklist, Admin)
        "camunda.bpm.process-engine-name=demoagency",
        "camunda.bpm.webapp.enabled=false"
})
public abstract class DemoAgencyBrowserTest extends BrowserTest {
}
