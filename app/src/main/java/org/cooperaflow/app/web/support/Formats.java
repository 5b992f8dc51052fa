package org.cooperaflow.app.web.support;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.cooperaflow.domain.shared.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times, money and durations as the reader's language writes them, for the templates ({@code ${@fmt.money(m)}}).
 * Times are shown in the agency's zone ({@code cooperaflow.web.time-zone}, UTC by default).
 */
@Component("fmt")
public class Formats {

    private final ZoneId zone;
    private final org.springframework.context.MessageSource messages;

    public Formats(@Value("${cooperaflow.web.time-zone:UTC}") String zone,
                   org.springframework.context.MessageSource messages) {
        this.zone = ZoneId.of(zone);
        this.messages = messages;
    }

    public ZoneId zone() {
        return zone;
    }

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale())
                .format(instant.atZone(zone));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).format(instant.atZone(zone));
    }

    /** For a {@code <time datetime="...">} attribute. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    /** The instant as a {@code datetime-local} input value, to the second. */
    public String inputDateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").format(instant.atZone(zone));
    }

    public String money(Money money) {
        return money == null ? "" : money(money.amount(), money.currency());
    }

    public String money(BigDecimal amount, String currency) {
        if (amount == null || currency == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        Currency code = Currency.getInstance(currency);
        format.setCurrency(code);
        int digits = Math.max(0, code.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(Math.max(digits, amount.stripTrailingZeros().scale()));
        return format.format(amount);
    }

    /** A USD amount held as a decimal string (the funding read model's figures). */
    public String usd(String amount) {
        return amount == null ? "" : money(new BigDecimal(amount), Money.USD);
    }

    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    /** Whole days between the two instants (to now when the second is null), at least 0. */
    public long days(Instant from, Instant to) {
        if (from == null) {
            return 0;
        }
        return Math.max(0, Duration.between(from, to == null ? Instant.now() : to).toDays());
    }

    /**
     * How long from one instant to the other (to now when the second is null), in the reader's words: whole days, or
     * hours within a day, or "less than an hour".
     */
    public String duration(Instant from, Instant to) {
        if (from == null) {
            return "";
        }
        Duration length = Duration.between(from, to == null ? Instant.now() : to);
        Locale locale = locale();
        if (length.toDays() >= 1) {
            return messages.getMessage("duration.days", new Object[] {length.toDays()}, locale);
        }
        if (length.toHours() >= 1) {
            return messages.getMessage("duration.hours", new Object[] {length.toHours()}, locale);
        }
        return messages.getMessage("duration.lessThanAnHour", null, locale);
    }

    public boolean isPast(Instant instant) {
        return instant != null && instant.isBefore(Instant.now());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
