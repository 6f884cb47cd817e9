package dev.dunning.rules.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.dunning.rules.DefaultPolicyPack;
import dev.dunning.rules.compiler.RuleSetSource;
import dev.dunning.rules.request.Channel;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ContactPolicyFilesTest {
    private static final String CALENDAR = "contact/calendar-cn.yaml";
    private static final String SEND_TIME = "contact/send-time.yaml";

    @Test
    void theDefaultPackReadsItsNumbersFromTheFiles() {
        SendTimePolicy policy = ContactPolicy.from(DefaultPolicyPack.SOURCE).sendTime();

        assertThat(policy.defaultZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(policy.quietHours()).isEqualTo(new TimeRange(LocalTime.of(21, 0), LocalTime.of(8, 0)));
        assertThat(policy.window(Channel.SMS).hours()).isEqualTo(new TimeRange(LocalTime.of(9, 0), LocalTime.of(10, 0)));
        assertThat(policy.channels()).containsOnlyKeys(Channel.values());
        assertThat(policy.learnedHour().minOpens()).isEqualTo(3);
        assertThat(policy.preferredWeekday().maxDaysAhead()).isEqualTo(3);
    }

    @Test
    void aMissingFieldNamesFileAndField() {
        assertThatIllegalArgumentException().isThrownBy(() -> load(SEND_TIME, edit(SEND_TIME, "  minOpens: 3\n", "")))
                .withMessageContaining(SEND_TIME).withMessageContaining("learnedHour.minOpens");
    }

    @Test
    void aSectionWithoutSourceIsRejected() {
        String text = edit(SEND_TIME, "    source: \"Policy reference §7: WeChat messages are read most 19:00-21:00\"\n", "");
        assertThatIllegalArgumentException().isThrownBy(() -> load(SEND_TIME, text))
                .withMessageContaining("channels.WECHAT.source");
    }

    @Test
    void aMalformedTimeNamesTheField() {
        assertThatIllegalArgumentException().isThrownBy(() -> load(SEND_TIME, edit(SEND_TIME, "from: \"21:00\"", "from: \"9pm\"")))
                .withMessageContaining(SEND_TIME).withMessageContaining("quietHours.from");
    }

    @Test
    void aWindowInsideQuietHoursIsRejected() {
        String text = edit(SEND_TIME, "    from: \"19:00\"\n    to: \"21:00\"", "    from: \"22:00\"\n    to: \"23:00\"");
        assertThatIllegalArgumentException().isThrownBy(() -> load(SEND_TIME, text))
                .withMessageContaining("channels.WECHAT").withMessageContaining("quiet hours");
    }

    @Test
    void aWorkingWeekendDayThatIsAWeekdayIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> load(CALENDAR, edit(CALENDAR, "[2025-01-26,", "[2025-01-27,")))
                .withMessageContaining(CALENDAR).withMessageContaining("years[0].workingWeekendDays[0]");
    }

    @Test
    void aHolidayOutsideItsYearIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> load(CALENDAR, edit(CALENDAR, "from: 2026-02-15", "from: 2027-02-15")))
                .withMessageContaining("years[1].holidays[1].from");
    }

    @Test
    void aMissingFileIsNamed() {
        var files = new TreeMap<>(DefaultPolicyPack.SOURCE.files());
        files.remove(CALENDAR);
        assertThatIllegalArgumentException().isThrownBy(() -> ContactPolicy.from(RuleSetSource.of("test", files)))
                .withMessageContaining(CALENDAR);
    }

    private static String edit(String path, String from, String to) {
        String text = DefaultPolicyPack.SOURCE.files().get(path);
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    private static ContactPolicy load(String path, String content) {
        var files = new TreeMap<>(DefaultPolicyPack.SOURCE.files());
        files.put(path, content);
        return ContactPolicy.from(RuleSetSource.of("test", files));
    }
}
