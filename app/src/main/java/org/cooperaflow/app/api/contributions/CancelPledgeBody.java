package org.cooperaflow.app.api.contributions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/contributions/{id}/cancel}: why the pledge is cancelled, kept with the event. */
public record CancelPledgeBody(
        @NotBlank(message = "cancelling a pledge needs a comment saying why") @Size(max = 10_000) String comment) {
}
