package org.cooperaflow.app.api.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cooperaflow.app.api.MoneyBody;
import org.cooperaflow.domain.fund.api.OpenThematicAccountCommand;
import org.cooperaflow.domain.shared.CidiPriority;
import org.hibernate.validator.constraints.UniqueElements;

/** The body of {@code POST /api/accounts}: a window of the fund with its priorities and per-project ceiling. */
public record ThematicAccountBody(
        @NotBlank @Size(max = 300) String name,
        @NotEmpty @Size(max = 8) @UniqueElements(message = "must not repeat an element") List<@NotNull CidiPriority> priorities,
        @NotNull @Valid MoneyBody projectCeiling) {

    OpenThematicAccountCommand toCommand(String accountId) {
        return new OpenThematicAccountCommand(accountId, name, priorities, projectCeiling.toMoney());
    }
}
