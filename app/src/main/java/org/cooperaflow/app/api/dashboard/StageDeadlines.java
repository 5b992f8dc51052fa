package org.cooperaflow.app.api.dashboard;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How long a proposal may stay in each stage before the dashboard counts it overdue:
 * {@code cooperaflow.stage-deadlines.SCREENING=P14D} (ISO 8601 durations). A stage without a
 * deadline has no overdue count.
 */
@Component
public class StageDeadlines {

    private final Map<ProposalStage, Duration> deadlines;

    public StageDeadlines(Environment environment) {
        Map<ProposalStage, Duration> bound = Binder.get(environment)
                .bind("cooperaflow.stage-deadlines", Bindable.mapOf(ProposalStage.class, Duration.class))
                .orElse(Map.of());
        this.deadlines = bound.isEmpty() ? Map.of() : new EnumMap<>(bound);
    }

    public Map<ProposalStage, Duration> asMap() {
        return deadlines;
    }
}
