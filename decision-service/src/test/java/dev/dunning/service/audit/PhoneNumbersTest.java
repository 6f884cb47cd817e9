package dev.dunning.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each form a phone number is written in, as the masked export shows it. */
class PhoneNumbersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            13812345678 => 138****5678
            +86 138 0013 8000 => +86 138 **** 8000
            +8613800138000 => +86138****8000
            8613800138000 => 86138****8000
            0086-138-0013-8000 => 0086-138-****-8000
            (+86) 10 6512 3456 => (+86) 10 **** 3456
            138-0013-8000 => 138-****-8000
            `138 0013 8000` => `138 **** 8000`
            (010) 6512-3456 => (010) ****-3456
            010-65123456 => 010-****3456
            0531-8888123 => 0531-***8123
            请致电０１０－６５１２３４５６或１３８００１３８０００ => 请致电０１０－****３４５６或１３８****８０００
            电话13800138000，座机021-6888 1234。 => 电话138****8000，座机021-**** 1234。
            """)
    void everyFormKeepsItsPrefixAndLastFourDigitsOnly(String text, String masked) {
        assertThat(PhoneNumbers.masked(text)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            欢迎致电400-000-0000商议分期缴费 => a service hotline is the utility's, not a person's
            95598 => a short service number
            4000000000 => a hotline without dashes
            2026-12-20T10:00:00+08:00 => a time
            BJ-0001-2026-12-20 => a request id
            2035.20元 => an amount
            """)
    void whatIsNoPersonsPhoneNumberStaysAsItIs(String text, String why) {
        assertThat(PhoneNumbers.masked(text)).as(why).isEqualTo(text);
    }
}
