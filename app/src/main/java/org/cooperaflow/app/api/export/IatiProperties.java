package org.cooperaflow.app.api.export;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Who reports the IATI export and the defaults of every activity ({@code cooperaflow.iati}), each a code of its
 * IATI 2.03 code list; an unknown code stops the start.
 */
@Validated
@ConfigurationProperties("cooperaflow.iati")
public record IatiProperties(
        @NotNull @Valid ReportingOrg reportingOrg,
        @NotNull @Pattern(regexp = "[12346-8]", message = "is not an IATI CollaborationType code") String collaborationType,
        @NotNull @Pattern(regexp = "10|20|21|22|30|35|36|37|40|50", message = "is not an IATI FlowType code") String flowType,
        @NotNull @Pattern(regexp = FINANCE_TYPES, message = "is not an IATI FinanceType code") String financeType,
        @NotNull @Pattern(regexp = "A0[12]|B0[1-4]|B02[12]|B03[1-3]|C01|D0[12]|E0[12]|F01|G01|H0[1-6]",
                message = "is not an IATI AidType code (vocabulary 1)") String aidType,
        @NotNull @Pattern(regexp = "[345]", message = "is not an IATI TiedStatus code") String tiedStatus,
        @NotNull @Pattern(regexp = "en|es|fr|pt", message = "is not one of the OAS's languages (en, es, fr, pt)")
        String defaultLanguage) {

    /** The codes of IATI 2.03's FinanceType list. */
    static final String FINANCE_TYPES = "1|110|1100|111|2|210|211|3|310|311|4|410|411|412|413|414|421|422|423|424|425|431|432|433|451|452|453|510|511|512|520|530|610|611|612|613|614|615|616|617|618|620|621|622|623|624|625|626|627|630|631|632|633|634|635|636|637|638|639|710|711|712|810|811|910|911|912|913";

    /** The reporting organisation: its IATI identifier, its OrganisationType code and its name. */
    public record ReportingOrg(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*", message = "is not an IATI organisation identifier")
            String ref,
            @NotNull @Pattern(regexp = "10|11|15|21|22|23|24|30|40|60|70|71|72|73|80|90",
                    message = "is not an IATI OrganisationType code") String type,
            @NotBlank String name) {
    }
}
