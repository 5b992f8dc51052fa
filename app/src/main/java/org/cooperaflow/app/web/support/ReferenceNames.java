package org.cooperaflow.app.web.support;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cooperaflow.domain.offer.api.Offerer;
import org.cooperaflow.domain.shared.ActionPlanMeasures;
import org.cooperaflow.domain.shared.MemberState;
import org.cooperaflow.domain.shared.MemberStates;
import org.cooperaflow.domain.shared.PermanentObservers;
import org.cooperaflow.domain.shared.Sdgs;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The reference lists (member states, SDGs, action-plan measures) as select lists in the reader's language, for the
 * templates ({@code ${@ref.memberStates()}}). Member states are named as the OAS names them in English, French and
 * Spanish ({@code reference/member-states.csv}) and as Portuguese names countries; the coded lists' names are in the
 * message bundles ({@code ref.sdg.4}, {@code ref.priority.EDUCATION}, ...).
 */
@Component("ref")
public class ReferenceNames {

    /** An entry of a select list: the code the form sends and the name the reader sees. */
    public record Option(String code, String name) {
    }

    public String memberState(String code) {
        return MemberStates.find(code).map(state -> nameOf(state, locale())).orElse(code == null ? "" : code);
    }

    /** A member state's or a permanent observer's name, in the reader's language where Java knows it. */
    public String country(String code) {
        if (MemberStates.isMemberState(code)) {
            return memberState(code);
        }
        String name = code == null ? "" : new Locale("", code).getDisplayCountry(locale());
        return name.isBlank() || name.equals(code) ? PermanentObservers.all().getOrDefault(code, code) : name;
    }

    /** Who offers: the member state, the partner institution with its state, or the permanent observer. */
    public String offerer(Offerer offerer) {
        return switch (offerer.type()) {
            case MEMBER_STATE -> memberState(offerer.memberState());
            case PARTNER_INSTITUTION -> offerer.name() + " (" + memberState(offerer.memberState()) + ")";
            case PERMANENT_OBSERVER -> country(offerer.country());
        };
    }

    /** The 35 member states, sorted by their names in the reader's language. */
    public List<Option> memberStates() {
        Locale locale = locale();
        Collator collator = Collator.getInstance(locale);
        return MemberStates.all().stream().map(s -> new Option(s.code(), nameOf(s, locale)))
                .sorted(Comparator.comparing(Option::name, collator)).toList();
    }

    public List<Integer> sdgs() {
        return Sdgs.all().stream().map(org.cooperaflow.domain.shared.Sdg::number).toList();
    }

    public List<String> measures() {
        return ActionPlanMeasures.all().stream().map(ActionPlanMeasures.Measure::code).toList();
    }

    static String nameOf(MemberState state, Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> state.nameFr();
            case "es" -> state.nameEs();
            case "pt" -> {
                String name = new Locale("", state.code()).getDisplayCountry(locale);
                yield name.isBlank() || name.equals(state.code()) ? state.nameEn() : name;
            }
            default -> state.nameEn();
        };
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
