package org.cooperaflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Which settings let the embedded database start early: a kept data folder only. */
class EarlyEmbeddedPostgresTest {

    @Test
    void aKeptDataFolderStartsEarlyOnItsPort() {
        MockEnvironment environment = new MockEnvironment().withProperty("cooperaflow.data-dir", "/srv/agency/data")
                .withProperty("cooperaflow.embedded-postgres.port", "15432");

        assertThat(EarlyEmbeddedPostgres.server(environment))
                .contains(new EarlyEmbeddedPostgres.Server(Path.of("/srv/agency/data"), 15432));
    }

    @Test
    void theDefaultFolderIsTheWorkingDirectorysData() {
        assertThat(EarlyEmbeddedPostgres.server(new MockEnvironment()))
                .contains(new EarlyEmbeddedPostgres.Server(Path.of("data").toAbsolutePath(), 0));
    }

    @Test
    void aThrowAwayAnExternalOrAProductionDatabaseIsLeftToTheContext() {
        assertThat(EarlyEmbeddedPostgres.server(new MockEnvironment().withProperty("cooperaflow.data-dir", "")))
                .isEmpty();
        assertThat(EarlyEmbeddedPostgres.server(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/cooperaflow"))).isEmpty();
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThat(EarlyEmbeddedPostgres.server(prod)).isEmpty();
    }
}
